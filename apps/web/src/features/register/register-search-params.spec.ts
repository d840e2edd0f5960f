import {
  filtersFromForm,
  hasMoreFilters,
  isFiltered,
  NO_REGISTER_FILTERS,
  readRegisterFilters,
  registerHref,
  registerParams,
  registerState,
  type RegisterFilters,
} from './register-search-params';

const CLASS_ID = '0b6c1c3e-4a55-4bb5-9a0e-5f1f6c2f0d11';

describe('register filters in the URL', () => {
  it('reads filters, sort and page from the URL and the search from history state', () => {
    const search = new URLSearchParams(
      `status=E,K,monitoring&need=ASD&area=communication_and_interaction&yearGroup=4&classId=${CLASS_ID}` +
        '&pupilPremium=true&eal=false&lookedAfter=true&sort=-statusSince&page=3',
    );
    expect(readRegisterFilters(search, { q: ' Ava ' })).toEqual({
      page: 3,
      q: 'Ava',
      status: ['K', 'E', 'monitoring'],
      need: 'ASD',
      area: 'communication_and_interaction',
      yearGroup: '4',
      classId: CLASS_ID,
      pupilPremium: true,
      eal: false,
      lookedAfter: true,
      sort: '-statusSince',
    });
  });

  it('ignores what is not a valid filter, and never reads the search from the URL', () => {
    const search = new URLSearchParams(
      'status=S,K,K&need=asd;drop&area=x&yearGroup=14&classId=1&sort=age&page=-2&q=Ava',
    );
    expect(readRegisterFilters(search, null)).toEqual({ ...NO_REGISTER_FILTERS, status: ['K'] });
  });

  it('writes filters, sort and page to the URL, but never the search text', () => {
    expect(registerHref('/schools/s/register', NO_REGISTER_FILTERS)).toBe('/schools/s/register');
    const filters: RegisterFilters = {
      ...NO_REGISTER_FILTERS,
      q: 'Ava B',
      status: ['monitoring', 'K'],
      need: 'SLCN',
      pupilPremium: true,
      sort: '-name',
      page: 2,
    };
    const href = registerHref('/schools/s/register', filters);
    expect(href).toBe(
      '/schools/s/register?status=K,monitoring&need=SLCN&pupilPremium=true&sort=-name&page=2',
    );
    expect(href).not.toContain('Ava');
    expect(registerState(filters)).toEqual({ q: 'Ava B' });
    expect(registerState({ ...filters, q: '' })).toBeUndefined();
  });

  it('reads back what it writes', () => {
    const filters: RegisterFilters = {
      ...NO_REGISTER_FILTERS,
      status: ['E'],
      area: 'sensory_physical',
      yearGroup: 'R',
      classId: CLASS_ID,
      eal: true,
      lookedAfter: true,
      sort: 'yearGroup',
      page: 4,
    };
    const href = registerHref('/r', filters);
    expect(readRegisterFilters(new URLSearchParams(href.split('?')[1]), registerState(filters))).toEqual(
      filters,
    );
  });

  it('sends the API the same filters, with the search and booleans only when set', () => {
    expect(registerParams(NO_REGISTER_FILTERS, 50)).toEqual({ page: 1, pageSize: 50 });
    expect(
      registerParams({ ...NO_REGISTER_FILTERS, q: 'Ava', status: ['E', 'K'], eal: true, sort: 'status' }, 25),
    ).toEqual({ page: 1, pageSize: 25, q: 'Ava', status: 'K,E', eal: true, sort: 'status' });
  });

  it('knows when the list is narrowed, and when the extra filters are in use', () => {
    expect(isFiltered(NO_REGISTER_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_REGISTER_FILTERS, sort: '-name', page: 3 })).toBe(false);
    expect(isFiltered({ ...NO_REGISTER_FILTERS, status: ['N'] })).toBe(true);
    expect(hasMoreFilters({ ...NO_REGISTER_FILTERS, status: ['N'], q: 'x' })).toBe(false);
    expect(hasMoreFilters({ ...NO_REGISTER_FILTERS, lookedAfter: true })).toBe(true);
  });

  it('reads the filter form, starting again at page 1 and keeping the sort', () => {
    const data = new FormData();
    data.append('q', '  R674 ');
    data.append('status', 'monitoring');
    data.append('status', 'K');
    data.append('need', '');
    data.append('yearGroup', '6');
    data.append('only', 'pupilPremium');
    const current = { ...NO_REGISTER_FILTERS, sort: '-status' as const, page: 5, need: 'ASD' };
    expect(filtersFromForm(data, current)).toEqual({
      ...NO_REGISTER_FILTERS,
      q: 'R674',
      status: ['K', 'monitoring'],
      yearGroup: '6',
      pupilPremium: true,
      sort: '-status',
    });
  });
});

import {
  filtersFromForm,
  isFiltered,
  provisionListHref,
  provisionListParams,
  provisionListState,
  readProvisionFilters,
} from './provision-list-params';

const intervention = '0b6f1c1e-3f5a-4c55-9d1e-1a2b3c4d5e6f';
const person = '7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

describe('the list of groups', () => {
  it('shows running groups by default, with nothing in the URL', () => {
    const filters = readProvisionFilters(new URLSearchParams(''));
    expect(filters).toEqual({
      page: 1,
      q: '',
      state: 'running',
      interventionId: undefined,
      staffId: undefined,
    });
    expect(provisionListHref('/p', filters)).toBe('/p');
    expect(provisionListParams(filters, 50)).toEqual({ page: 1, pageSize: 50, state: 'running' });
    expect(isFiltered(filters)).toBe(false);
  });

  it('reads its filters from the URL and the search from history state', () => {
    const filters = readProvisionFilters(
      new URLSearchParams(`state=ended&interventionId=${intervention}&staffId=${person}&page=3`),
      { q: ' Ava ' },
    );
    expect(filters).toEqual({
      page: 3,
      q: 'Ava',
      state: 'ended',
      interventionId: intervention,
      staffId: person,
    });
    expect(provisionListParams(filters, 50)).toEqual({
      page: 3,
      pageSize: 50,
      state: 'ended',
      interventionId: intervention,
      staffId: person,
      q: 'Ava',
    });
    expect(isFiltered(filters)).toBe(true);
  });

  it('never puts the search in the URL', () => {
    const filters = filtersFromForm(
      form({ q: 'Ava Smith', state: 'planned', interventionId: '', staffId: '' }),
    );
    expect(provisionListHref('/p', filters)).toBe('/p?state=planned');
    expect(provisionListState(filters)).toEqual({ q: 'Ava Smith' });
    expect(provisionListState({ ...filters, q: '' })).toBeUndefined();
  });

  it('asks for every state without a state parameter', () => {
    const filters = readProvisionFilters(new URLSearchParams('state=all'));
    expect(filters.state).toBe('all');
    expect(provisionListHref('/p', filters)).toBe('/p?state=all');
    expect(provisionListParams(filters, 50)).toEqual({ page: 1, pageSize: 50 });
  });

  it('ignores values it does not know', () => {
    const filters = readProvisionFilters(
      new URLSearchParams('state=nonsense&interventionId=1;drop&staffId=x&page=-2'),
      { q: 42 },
    );
    expect(filters).toEqual({
      page: 1,
      q: '',
      state: 'running',
      interventionId: undefined,
      staffId: undefined,
    });
  });
});

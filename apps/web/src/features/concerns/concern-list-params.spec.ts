import { concernListHref, readConcernListFilters } from './concern-list-params';

describe('concern list filters', () => {
  it('reads a known status and the page from the URL', () => {
    expect(readConcernListFilters(new URLSearchParams('status=open&page=2'))).toEqual({
      status: 'open',
      page: 2,
    });
    expect(readConcernListFilters(new URLSearchParams('status=lost'))).toEqual({
      status: undefined,
      page: 1,
    });
  });

  it('writes them back, leaving out the defaults', () => {
    expect(concernListHref('/s/concerns', { status: undefined, page: 1 })).toBe('/s/concerns');
    expect(concernListHref('/s/concerns', { status: 'sen_support', page: 3 })).toBe(
      '/s/concerns?status=sen_support&page=3',
    );
  });
});

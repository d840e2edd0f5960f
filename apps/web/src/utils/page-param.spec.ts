import { pageFrom, withPage } from './page-param';

describe('page parameter', () => {
  it('reads a positive page number, else 1', () => {
    expect(pageFrom(new URLSearchParams('page=3'))).toBe(3);
    expect(pageFrom(new URLSearchParams('page=-1'))).toBe(1);
    expect(pageFrom(new URLSearchParams('page=x'))).toBe(1);
    expect(pageFrom(new URLSearchParams(''))).toBe(1);
  });

  it('links to another page, keeping the other parameters', () => {
    expect(withPage('/s/my-concerns', 2)).toBe('/s/my-concerns?page=2');
    expect(withPage('/s/my-concerns', 1)).toBe('/s/my-concerns');
    expect(withPage('/s/concerns', 4, new URLSearchParams('status=open&page=2'))).toBe(
      '/s/concerns?status=open&page=4',
    );
  });
});

import { ariaSort, toggleSort } from './sort-order';

describe('sort order', () => {
  it('tells each column header how the list is sorted', () => {
    expect(ariaSort('name', 'name')).toBe('ascending');
    expect(ariaSort('-name', 'name')).toBe('descending');
    expect(ariaSort('-name', 'yearGroup')).toBe('none');
    expect(ariaSort(undefined, 'name', 'name')).toBe('ascending');
    expect(ariaSort(undefined, 'name')).toBe('none');
  });

  it('sorts a new column ascending, and turns the current one around', () => {
    expect(toggleSort(undefined, 'status', 'name')).toBe('status');
    expect(toggleSort(undefined, 'name', 'name')).toBe('-name');
    expect(toggleSort('status', 'status')).toBe('-status');
    expect(toggleSort('-status', 'status')).toBe('status');
    expect(toggleSort('-status', 'yearGroup')).toBe('yearGroup');
  });
});

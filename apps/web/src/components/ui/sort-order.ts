/**
 * Sorting as the API spells it: "name" for ascending, "-name" for descending. A column's first click
 * sorts it ascending; a click on the column already sorted turns the direction around.
 */
export type AriaSort = 'ascending' | 'descending' | 'none';

function parse(sort: string): { column: string; descending: boolean } {
  return sort.startsWith('-')
    ? { column: sort.slice(1), descending: true }
    : { column: sort, descending: false };
}

/** The aria-sort of a column header, given the current sort (or the list's default when none is chosen). */
export function ariaSort(sort: string | undefined, column: string, fallback?: string): AriaSort {
  const current = sort ?? fallback;
  if (!current) return 'none';
  const parsed = parse(current);
  if (parsed.column !== column) return 'none';
  return parsed.descending ? 'descending' : 'ascending';
}

/** The sort after a click on a column header. */
export function toggleSort(sort: string | undefined, column: string, fallback?: string): string {
  return ariaSort(sort, column, fallback) === 'ascending' ? `-${column}` : column;
}

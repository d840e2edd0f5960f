/** The page number of a paged list from its URL (?page=), 1 when missing or not a positive number. */
export function pageFrom(search: URLSearchParams): number {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  return Number.isFinite(page) && page > 0 ? page : 1;
}

/** The list's path at another page: page 1 is the bare path. */
export function withPage(pathname: string, page: number, search = new URLSearchParams()): string {
  const next = new URLSearchParams(search);
  if (page > 1) next.set('page', String(page));
  else next.delete('page');
  const query = next.toString();
  return query ? `${pathname}?${query}` : pathname;
}

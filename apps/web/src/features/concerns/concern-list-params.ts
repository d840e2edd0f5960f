import type { ConcernStatus } from '@sendreg/contracts';
import { pageFrom } from '../../utils/page-param';
import { CONCERN_STATUS_ORDER } from './concern-labels';

/** The concerns list's state, all in the URL (no names in it): ?status=open&page=2. */
export interface ConcernListFilters {
  status: ConcernStatus | undefined;
  page: number;
}

export function readConcernListFilters(search: URLSearchParams): ConcernListFilters {
  const status = search.get('status') ?? '';
  return {
    status: (CONCERN_STATUS_ORDER as readonly string[]).includes(status)
      ? (status as ConcernStatus)
      : undefined,
    page: pageFrom(search),
  };
}

export function concernListHref(pathname: string, { status, page }: ConcernListFilters): string {
  const search = new URLSearchParams();
  if (status) search.set('status', status);
  if (page > 1) search.set('page', String(page));
  const query = search.toString();
  return query ? `${pathname}?${query}` : pathname;
}

import type { ProvisionState } from '@sendreg/contracts';
import { pageFrom } from '../../utils/page-param';

/**
 * The list of groups' state. The state, intervention, member of staff and page live in the URL
 * (?state=ended&interventionId=…), so they survive reload and back and can be shared. The search text
 * may be a pupil's name, so it travels in the history entry's state and never reaches the address bar.
 */
export type StateFilter = ProvisionState | 'all';

export interface ProvisionListFilters {
  page: number;
  q: string;
  state: StateFilter;
  interventionId: string | undefined;
  staffId: string | undefined;
}

export interface ProvisionListState {
  q: string;
}

/** Running groups unless another state is asked for. */
export const DEFAULT_STATE: StateFilter = 'running';
export const STATE_FILTERS: readonly StateFilter[] = ['running', 'planned', 'ended', 'all'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function stateOf(value: string | null | undefined): StateFilter {
  return value && (STATE_FILTERS as readonly string[]).includes(value)
    ? (value as StateFilter)
    : DEFAULT_STATE;
}

function idOf(value: string | null | undefined): string | undefined {
  return value && UUID.test(value) ? value : undefined;
}

function searchFrom(state: unknown): string {
  const q = (state as Partial<ProvisionListState> | null | undefined)?.q;
  return typeof q === 'string' ? q.trim() : '';
}

export function readProvisionFilters(search: URLSearchParams, state?: unknown): ProvisionListFilters {
  return {
    page: pageFrom(search),
    q: searchFrom(state),
    state: stateOf(search.get('state')),
    interventionId: idOf(search.get('interventionId')),
    staffId: idOf(search.get('staffId')),
  };
}

/** The list's address: what is empty or the default is left out, and the search never goes in. */
export function provisionListHref(pathname: string, filters: ProvisionListFilters): string {
  const search = new URLSearchParams();
  if (filters.state !== DEFAULT_STATE) search.set('state', filters.state);
  if (filters.interventionId) search.set('interventionId', filters.interventionId);
  if (filters.staffId) search.set('staffId', filters.staffId);
  if (filters.page > 1) search.set('page', String(filters.page));
  const query = search.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** The history state that carries the search, or undefined when there is none. */
export function provisionListState(filters: ProvisionListFilters): ProvisionListState | undefined {
  return filters.q ? { q: filters.q } : undefined;
}

/** The filters as set in the form; a new search starts at page 1. */
export function filtersFromForm(data: FormData): ProvisionListFilters {
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  return {
    page: 1,
    q: text('q'),
    state: stateOf(text('state')),
    interventionId: idOf(text('interventionId')),
    staffId: idOf(text('staffId')),
  };
}

/** True when anything beyond the default narrows the list. */
export function isFiltered(filters: ProvisionListFilters): boolean {
  return Boolean(filters.q || filters.interventionId || filters.staffId || filters.state !== DEFAULT_STATE);
}

/** The query parameters for GET /provisions: "all" states is no state parameter. */
export type ProvisionListParams = {
  page: number;
  pageSize: number;
  state?: ProvisionState;
  interventionId?: string;
  staffId?: string;
  q?: string;
};

export function provisionListParams(filters: ProvisionListFilters, pageSize: number): ProvisionListParams {
  const params: ProvisionListParams = { page: filters.page, pageSize };
  if (filters.state !== 'all') params.state = filters.state;
  if (filters.interventionId) params.interventionId = filters.interventionId;
  if (filters.staffId) params.staffId = filters.staffId;
  if (filters.q) params.q = filters.q;
  return params;
}

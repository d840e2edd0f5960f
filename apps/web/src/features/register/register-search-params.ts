import {
  AREAS_OF_NEED,
  REGISTER_SORTS,
  SEN_STATUSES,
  YEAR_GROUPS,
  type AreaOfNeed,
  type RegisterSort,
  type SenStatus,
  type YearGroup,
} from '@sendreg/contracts';
import { SEN_STATUS_ORDER } from '../../utils/sen-status';

/**
 * The register's state. Filters, sort and page live in the URL (?status=K,E&need=ASD&page=2), so they
 * survive reloads, the back button and a shared link. The search text, which is often a pupil's name,
 * lives in the history entry's state instead: it also survives reload and back, but never reaches the
 * address bar, the browser's history list, or a proxy's access log.
 */
export interface RegisterFilters {
  page: number;
  q: string;
  status: SenStatus[];
  need: string | undefined;
  area: AreaOfNeed | undefined;
  yearGroup: YearGroup | undefined;
  classId: string | undefined;
  pupilPremium: boolean;
  eal: boolean;
  lookedAfter: boolean;
  sort: RegisterSort | undefined;
}

/** The register's order when none is chosen: the API's default. */
export const DEFAULT_REGISTER_SORT: RegisterSort = 'name';

export const NO_REGISTER_FILTERS: RegisterFilters = {
  page: 1,
  q: '',
  status: [],
  need: undefined,
  area: undefined,
  yearGroup: undefined,
  classId: undefined,
  pupilPremium: false,
  eal: false,
  lookedAfter: false,
  sort: undefined,
};

export interface RegisterListState {
  q: string;
}

const NEED_CODE = /^[A-Z]{2,6}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(values: readonly T[], value: string | null | undefined): T | undefined {
  return value && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Statuses in the register's order, without repeats or strangers. */
export function statusList(values: readonly string[]): SenStatus[] {
  const wanted = new Set(values.filter((value) => (SEN_STATUSES as readonly string[]).includes(value)));
  return SEN_STATUS_ORDER.filter((status) => wanted.has(status));
}

function searchFrom(state: unknown): string {
  const q = (state as Partial<RegisterListState> | null | undefined)?.q;
  return typeof q === 'string' ? q.trim() : '';
}

export function readRegisterFilters(search: URLSearchParams, state?: unknown): RegisterFilters {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  const need = search.get('need') ?? '';
  const classId = search.get('classId') ?? '';
  return {
    page: Number.isFinite(page) && page > 0 ? page : 1,
    q: searchFrom(state),
    status: statusList((search.get('status') ?? '').split(',')),
    need: NEED_CODE.test(need) ? need : undefined,
    area: oneOf(AREAS_OF_NEED, search.get('area')),
    yearGroup: oneOf(YEAR_GROUPS, search.get('yearGroup')),
    classId: UUID.test(classId) ? classId : undefined,
    pupilPremium: search.get('pupilPremium') === 'true',
    eal: search.get('eal') === 'true',
    lookedAfter: search.get('lookedAfter') === 'true',
    sort: oneOf(REGISTER_SORTS, search.get('sort')),
  };
}

/** The filters in the order of the API's parameters, leaving out what is empty; never the search. */
function urlFilters(filters: RegisterFilters): [string, string][] {
  const entries: [string, string | undefined][] = [
    ['status', filters.status.length ? statusList(filters.status).join(',') : undefined],
    ['need', filters.need],
    ['area', filters.area],
    ['yearGroup', filters.yearGroup],
    ['classId', filters.classId],
    ['pupilPremium', filters.pupilPremium ? 'true' : undefined],
    ['eal', filters.eal ? 'true' : undefined],
    ['lookedAfter', filters.lookedAfter ? 'true' : undefined],
    ['sort', filters.sort],
  ];
  return entries.filter((entry): entry is [string, string] => entry[1] !== undefined);
}

/** "/schools/…/register?status=K,E&page=2", leaving out what is empty or the default, and never the search. */
export function registerHref(pathname: string, filters: RegisterFilters): string {
  const parts = urlFilters(filters).map(
    ([name, value]) => `${name}=${encodeURIComponent(value).replace(/%2C/g, ',')}`,
  );
  if (filters.page > 1) parts.push(`page=${String(filters.page)}`);
  return parts.length ? `${pathname}?${parts.join('&')}` : pathname;
}

/** The history state that carries the search text, or undefined when there is none. */
export function registerState(filters: RegisterFilters): RegisterListState | undefined {
  return filters.q ? { q: filters.q } : undefined;
}

/** True when anything narrows the list (the sort and page do not). */
export function isFiltered(filters: RegisterFilters): boolean {
  return Boolean(
    filters.q ||
    filters.status.length ||
    filters.need ||
    filters.area ||
    filters.yearGroup ||
    filters.classId ||
    filters.pupilPremium ||
    filters.eal ||
    filters.lookedAfter,
  );
}

/** True when a filter other than the search and status is set: the "More filters" section opens. */
export function hasMoreFilters(filters: RegisterFilters): boolean {
  return Boolean(
    filters.need ||
    filters.area ||
    filters.yearGroup ||
    filters.classId ||
    filters.pupilPremium ||
    filters.eal ||
    filters.lookedAfter,
  );
}

/** The query parameters for the API: the same names, plus the search, which is sent but never shown. */
export type RegisterParams = {
  page: number;
  pageSize: number;
  q?: string;
  status?: string;
  need?: string;
  area?: AreaOfNeed;
  yearGroup?: YearGroup;
  classId?: string;
  pupilPremium?: true;
  eal?: true;
  lookedAfter?: true;
  sort?: RegisterSort;
};

export function registerParams(filters: RegisterFilters, pageSize: number): RegisterParams {
  const params: RegisterParams = { page: filters.page, pageSize };
  if (filters.q) params.q = filters.q;
  if (filters.status.length) params.status = statusList(filters.status).join(',');
  if (filters.need) params.need = filters.need;
  if (filters.area) params.area = filters.area;
  if (filters.yearGroup) params.yearGroup = filters.yearGroup;
  if (filters.classId) params.classId = filters.classId;
  if (filters.pupilPremium) params.pupilPremium = true;
  if (filters.eal) params.eal = true;
  if (filters.lookedAfter) params.lookedAfter = true;
  if (filters.sort) params.sort = filters.sort;
  return params;
}

/** The filters as the person set them in the form (a new search starts at page 1, keeping the sort). */
export function filtersFromForm(data: FormData, current: RegisterFilters): RegisterFilters {
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const need = text('need');
  const classId = text('classId');
  const only = data.getAll('only');
  return {
    page: 1,
    q: text('q'),
    status: statusList(data.getAll('status').filter((value): value is string => typeof value === 'string')),
    need: NEED_CODE.test(need) ? need : undefined,
    area: oneOf(AREAS_OF_NEED, text('area')),
    yearGroup: oneOf(YEAR_GROUPS, text('yearGroup')),
    classId: UUID.test(classId) ? classId : undefined,
    pupilPremium: only.includes('pupilPremium'),
    eal: only.includes('eal'),
    lookedAfter: only.includes('lookedAfter'),
    sort: current.sort,
  };
}

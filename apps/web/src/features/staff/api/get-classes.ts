import type { Page, SchoolClass } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';

export type { SchoolClass };

export type ClassListParams = { page: number; pageSize: number };

/** GET /api/schools/{schoolId}/classes: for those who may read staff (SENCO, head, school admin). */
export function getClasses(
  api: ApiClient,
  schoolId: string,
  params: ClassListParams,
  signal?: AbortSignal,
): Promise<Page<SchoolClass>> {
  return api.get<Page<SchoolClass>>(`/schools/${encodeURIComponent(schoolId)}/classes`, { params, signal });
}

export function classesQueryOptions(api: ApiClient, schoolId: string, params: ClassListParams) {
  return queryOptions({
    queryKey: ['schools', schoolId, 'classes', params] as const,
    queryFn: ({ signal }) => getClasses(api, schoolId, params, signal),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === schoolId ? previous : undefined,
  });
}

export function useClasses(schoolId: string, params: ClassListParams, { enabled = true } = {}) {
  return useQuery({ ...classesQueryOptions(useApiClient(), schoolId, params), enabled });
}

import type { NeedTypeRow } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { registerKeys, schoolPath } from './register-keys';

/** GET /api/schools/{schoolId}/need-types: the census types of need, which are data and can grow. */
export function getNeedTypes(api: ApiClient, schoolId: string, signal?: AbortSignal): Promise<NeedTypeRow[]> {
  return api.get<NeedTypeRow[]>(`${schoolPath(schoolId)}/need-types`, { signal });
}

export function needTypesQueryOptions(api: ApiClient, schoolId: string) {
  return queryOptions({
    queryKey: registerKeys.needTypes(schoolId),
    queryFn: ({ signal }) => getNeedTypes(api, schoolId, signal),
    // A new census category arrives with a release, not during a morning's work.
    staleTime: 60 * 60_000,
  });
}

export function useNeedTypes(schoolId: string) {
  return useQuery(needTypesQueryOptions(useApiClient(), schoolId));
}

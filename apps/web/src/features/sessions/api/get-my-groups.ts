import type { MyGroups } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { schoolApiPath, sessionKeys } from './session-keys';

/**
 * GET /api/schools/{schoolId}/my-groups?date=: the groups the person delivers, whether each meets on the
 * date, who is in it that day, and whether that day's session is logged.
 */
export function getMyGroups(api: ApiClient, schoolId: string, date: string, signal?: AbortSignal) {
  return api.get<MyGroups>(`${schoolApiPath(schoolId)}/my-groups`, { params: { date }, signal });
}

export function myGroupsQueryOptions(api: ApiClient, schoolId: string, date: string) {
  return queryOptions({
    queryKey: sessionKeys.myGroups(schoolId, date),
    queryFn: ({ signal }) => getMyGroups(api, schoolId, date, signal),
    // While another date loads, the last one stays on screen (never another school's).
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === schoolId ? previous : undefined,
  });
}

export function useMyGroups(schoolId: string, date: string) {
  return useQuery(myGroupsQueryOptions(useApiClient(), schoolId, date));
}

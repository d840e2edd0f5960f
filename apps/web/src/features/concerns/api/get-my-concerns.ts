import type { Concern, Page } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { concernKeys, concernsPath, type ConcernListParams } from './concern-keys';

/** GET /api/schools/{schoolId}/concerns/mine: the concerns I raised, with their outcomes (concern.raise). */
export function getMyConcerns(
  api: ApiClient,
  schoolId: string,
  params: ConcernListParams,
  signal?: AbortSignal,
): Promise<Page<Concern>> {
  return api.get<Page<Concern>>(`${concernsPath(schoolId)}/mine`, { params, signal });
}

export function myConcernsQueryOptions(api: ApiClient, schoolId: string, params: ConcernListParams) {
  return queryOptions({
    queryKey: concernKeys.mine(schoolId, params),
    queryFn: ({ signal }) => getMyConcerns(api, schoolId, params, signal),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === schoolId ? previous : undefined,
  });
}

export function useMyConcerns(schoolId: string, params: ConcernListParams) {
  return useQuery(myConcernsQueryOptions(useApiClient(), schoolId, params));
}

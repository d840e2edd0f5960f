import type { Concern, Page } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { concernKeys, concernsPath, type ConcernListParams } from './concern-keys';

/** GET /api/schools/{schoolId}/concerns: every concern in the school, open ones first (concern.read). */
export function getConcerns(
  api: ApiClient,
  schoolId: string,
  params: ConcernListParams,
  signal?: AbortSignal,
): Promise<Page<Concern>> {
  return api.get<Page<Concern>>(concernsPath(schoolId), { params, signal });
}

export function concernsQueryOptions(api: ApiClient, schoolId: string, params: ConcernListParams) {
  return queryOptions({
    queryKey: concernKeys.list(schoolId, params),
    queryFn: ({ signal }) => getConcerns(api, schoolId, params, signal),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === schoolId ? previous : undefined,
  });
}

export function useConcerns(schoolId: string, params: ConcernListParams) {
  return useQuery(concernsQueryOptions(useApiClient(), schoolId, params));
}

import type { Concern } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { concernKeys, concernsPath } from './concern-keys';

/** GET /api/schools/{schoolId}/concerns/{concernId} (concern.read). */
export function getConcern(
  api: ApiClient,
  schoolId: string,
  concernId: string,
  signal?: AbortSignal,
): Promise<Concern> {
  return api.get<Concern>(`${concernsPath(schoolId)}/${encodeURIComponent(concernId)}`, { signal });
}

export function concernQueryOptions(api: ApiClient, schoolId: string, concernId: string) {
  return queryOptions({
    queryKey: concernKeys.detail(schoolId, concernId),
    queryFn: ({ signal }) => getConcern(api, schoolId, concernId, signal),
  });
}

export function useConcern(schoolId: string, concernId: string) {
  return useQuery(concernQueryOptions(useApiClient(), schoolId, concernId));
}

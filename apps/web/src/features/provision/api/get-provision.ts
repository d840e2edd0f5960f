import type { Provision } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { provisionKeys, provisionsPath } from './provision-keys';

/** GET /api/schools/{schoolId}/provisions/{id}: one group with its places; 404 when not the caller's to see. */
export function getProvision(
  api: ApiClient,
  schoolId: string,
  provisionId: string,
  signal?: AbortSignal,
): Promise<Provision> {
  return api.get<Provision>(`${provisionsPath(schoolId)}/${encodeURIComponent(provisionId)}`, { signal });
}

export function provisionQueryOptions(api: ApiClient, schoolId: string, provisionId: string) {
  return queryOptions({
    queryKey: provisionKeys.detail(schoolId, provisionId),
    queryFn: ({ signal }) => getProvision(api, schoolId, provisionId, signal),
  });
}

export function useProvision(schoolId: string, provisionId: string) {
  return useQuery(provisionQueryOptions(useApiClient(), schoolId, provisionId));
}

import type { Provision } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { provisionApiPath, sessionKeys } from './session-keys';

/** GET /api/schools/{schoolId}/provisions/{provisionId}: the group, for its name, schedule and pupils. */
export function getProvision(api: ApiClient, schoolId: string, provisionId: string, signal?: AbortSignal) {
  return api.get<Provision>(provisionApiPath(schoolId, provisionId), { signal });
}

export function provisionQueryOptions(api: ApiClient, schoolId: string, provisionId: string) {
  return queryOptions({
    queryKey: sessionKeys.provision(schoolId, provisionId),
    queryFn: ({ signal }) => getProvision(api, schoolId, provisionId, signal),
  });
}

export function useProvision(schoolId: string, provisionId: string, enabled = true) {
  return useQuery({ ...provisionQueryOptions(useApiClient(), schoolId, provisionId), enabled });
}

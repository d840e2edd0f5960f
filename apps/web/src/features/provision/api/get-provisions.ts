import type { Page, ProvisionSummary } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import type { ProvisionListParams } from '../provision-list-params';
import { provisionKeys, provisionsPath } from './provision-keys';

/** GET /api/schools/{schoolId}/provisions: the school's groups, filtered (provision.read). */
export function getProvisions(
  api: ApiClient,
  schoolId: string,
  params: ProvisionListParams,
  signal?: AbortSignal,
): Promise<Page<ProvisionSummary>> {
  return api.get<Page<ProvisionSummary>>(provisionsPath(schoolId), { params, signal });
}

export function provisionsQueryOptions(api: ApiClient, schoolId: string, params: ProvisionListParams) {
  return queryOptions({
    queryKey: provisionKeys.list(schoolId, params),
    queryFn: ({ signal }) => getProvisions(api, schoolId, params, signal),
    // Keep this school's current page on screen while the next loads; never another school's.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === schoolId ? previous : undefined,
  });
}

export function useProvisions(schoolId: string, params: ProvisionListParams) {
  return useQuery(provisionsQueryOptions(useApiClient(), schoolId, params));
}

import type { Intervention } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { interventionKeys, interventionsPath } from './provision-keys';

/** GET /api/schools/{schoolId}/interventions/{id} (intervention.read): 404 when not this school's. */
export function getIntervention(
  api: ApiClient,
  schoolId: string,
  interventionId: string,
  signal?: AbortSignal,
): Promise<Intervention> {
  return api.get<Intervention>(`${interventionsPath(schoolId)}/${encodeURIComponent(interventionId)}`, {
    signal,
  });
}

export function interventionQueryOptions(api: ApiClient, schoolId: string, interventionId: string) {
  return queryOptions({
    queryKey: interventionKeys.detail(schoolId, interventionId),
    queryFn: ({ signal }) => getIntervention(api, schoolId, interventionId, signal),
  });
}

export function useIntervention(schoolId: string, interventionId: string) {
  return useQuery(interventionQueryOptions(useApiClient(), schoolId, interventionId));
}

import { MAX_PAGE_SIZE, type Intervention, type Page } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { interventionKeys, interventionsPath } from './provision-keys';

/**
 * GET /api/schools/{schoolId}/interventions?includeArchived=true (intervention.read): the whole
 * catalogue in one page. A school keeps tens of interventions, not hundreds.
 */
export function getInterventions(
  api: ApiClient,
  schoolId: string,
  signal?: AbortSignal,
): Promise<Page<Intervention>> {
  return api.get<Page<Intervention>>(interventionsPath(schoolId), {
    params: { includeArchived: true, page: 1, pageSize: MAX_PAGE_SIZE },
    signal,
  });
}

export function interventionsQueryOptions(api: ApiClient, schoolId: string) {
  return queryOptions({
    queryKey: interventionKeys.catalogue(schoolId),
    queryFn: ({ signal }) => getInterventions(api, schoolId, signal),
  });
}

export function useInterventions(schoolId: string, { enabled = true } = {}) {
  return useQuery({ ...interventionsQueryOptions(useApiClient(), schoolId), enabled });
}

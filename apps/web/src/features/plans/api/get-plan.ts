import type { SupportPlan } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { planApiPath, planKeys } from './plan-keys';

/** GET /api/schools/{schoolId}/pupils/{pupilId}/plans/{planId}: one plan, any status. */
export function getPlan(
  api: ApiClient,
  schoolId: string,
  pupilId: string,
  planId: string,
  signal?: AbortSignal,
): Promise<SupportPlan> {
  return api.get<SupportPlan>(planApiPath(schoolId, pupilId, planId), { signal });
}

export function planQueryOptions(api: ApiClient, schoolId: string, pupilId: string, planId: string) {
  return queryOptions({
    queryKey: planKeys.plan(schoolId, pupilId, planId),
    queryFn: ({ signal }) => getPlan(api, schoolId, pupilId, planId, signal),
  });
}

export function usePlan(schoolId: string, pupilId: string, planId: string, { enabled = true } = {}) {
  return useQuery({ ...planQueryOptions(useApiClient(), schoolId, pupilId, planId), enabled });
}

import type { CurrentPlan, PlanStrategies } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { planKeys, plansApiPath } from './plan-keys';

/** GET /api/schools/{schoolId}/pupils/{pupilId}/plans/current: the active plan and (for the SENCO) the draft. */
export function getCurrentPlan(
  api: ApiClient,
  schoolId: string,
  pupilId: string,
  signal?: AbortSignal,
): Promise<CurrentPlan> {
  return api.get<CurrentPlan>(`${plansApiPath(schoolId, pupilId)}/current`, { signal });
}

export function currentPlanQueryOptions(api: ApiClient, schoolId: string, pupilId: string) {
  return queryOptions({
    queryKey: planKeys.current(schoolId, pupilId),
    queryFn: ({ signal }) => getCurrentPlan(api, schoolId, pupilId, signal),
  });
}

export function useCurrentPlan(schoolId: string, pupilId: string, { enabled = true } = {}) {
  return useQuery({ ...currentPlanQueryOptions(useApiClient(), schoolId, pupilId), enabled });
}

/**
 * GET .../plans/current/strategies: what the adults in class need. The only plan request a teaching
 * assistant may make (the rest of the plan is 403 for them).
 */
export function getPlanStrategies(
  api: ApiClient,
  schoolId: string,
  pupilId: string,
  signal?: AbortSignal,
): Promise<PlanStrategies> {
  return api.get<PlanStrategies>(`${plansApiPath(schoolId, pupilId)}/current/strategies`, { signal });
}

export function planStrategiesQueryOptions(api: ApiClient, schoolId: string, pupilId: string) {
  return queryOptions({
    queryKey: planKeys.strategies(schoolId, pupilId),
    queryFn: ({ signal }) => getPlanStrategies(api, schoolId, pupilId, signal),
  });
}

export function usePlanStrategies(schoolId: string, pupilId: string, { enabled = true } = {}) {
  return useQuery({ ...planStrategiesQueryOptions(useApiClient(), schoolId, pupilId), enabled });
}

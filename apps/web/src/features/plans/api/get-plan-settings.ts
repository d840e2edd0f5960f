import type { PlanSettings } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { planKeys, schoolApiPath } from './plan-keys';

/** GET /api/schools/{schoolId}/plan-settings: the school's review cycle. */
export function getPlanSettings(
  api: ApiClient,
  schoolId: string,
  signal?: AbortSignal,
): Promise<PlanSettings> {
  return api.get<PlanSettings>(`${schoolApiPath(schoolId)}/plan-settings`, { signal });
}

export function planSettingsQueryOptions(api: ApiClient, schoolId: string) {
  return queryOptions({
    queryKey: planKeys.settings(schoolId),
    queryFn: ({ signal }) => getPlanSettings(api, schoolId, signal),
    staleTime: 5 * 60_000,
  });
}

export function usePlanSettings(schoolId: string, { enabled = true } = {}) {
  return useQuery({ ...planSettingsQueryOptions(useApiClient(), schoolId), enabled });
}

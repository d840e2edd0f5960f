import type { PlanSettings, SavePlanSettingsRequest } from '@sendreg/contracts';
import {
  mutationOptions,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { reviewKeys, schoolApiPath } from './review-keys';

/** GET /api/schools/{schoolId}/plan-settings: the school's review cycle (version 0 until first saved). */
export function getPlanSettings(
  api: ApiClient,
  schoolId: string,
  signal?: AbortSignal,
): Promise<PlanSettings> {
  return api.get<PlanSettings>(`${schoolApiPath(schoolId)}/plan-settings`, { signal });
}

export function planSettingsQueryOptions(api: ApiClient, schoolId: string) {
  return queryOptions({
    queryKey: reviewKeys.planSettings(schoolId),
    queryFn: ({ signal }) => getPlanSettings(api, schoolId, signal),
  });
}

export function usePlanSettings(schoolId: string, { enabled = true } = {}) {
  return useQuery({ ...planSettingsQueryOptions(useApiClient(), schoolId), enabled });
}

/** PUT /api/schools/{schoolId}/plan-settings (plan.write): 409 when the version is stale. */
export function savePlanSettings(
  api: ApiClient,
  schoolId: string,
  body: SavePlanSettingsRequest,
): Promise<PlanSettings> {
  return api.put<PlanSettings>(`${schoolApiPath(schoolId)}/plan-settings`, body);
}

export function savePlanSettingsMutationOptions(api: ApiClient, queryClient: QueryClient, schoolId: string) {
  return mutationOptions({
    mutationKey: [...reviewKeys.planSettings(schoolId), 'save'],
    mutationFn: (body: SavePlanSettingsRequest) => savePlanSettings(api, schoolId, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(reviewKeys.planSettings(schoolId), saved);
    },
  });
}

export function useSavePlanSettings(schoolId: string) {
  return useMutation(savePlanSettingsMutationOptions(useApiClient(), useQueryClient(), schoolId));
}

import type { CurrentPlan, SavePlanRequest, SupportPlan } from '@sendreg/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { copyRecommendations } from '../copy-recommendations';
import { pupilApiPath, referralKeys } from './referral-keys';

/**
 * Copies chosen recommendations into the active support plan's strategies through the plans API
 * (GET .../plans/current, then PUT .../plans/{planId} at the version read; once more after a 409).
 */
export function useCopyToPlan(schoolId: string, pupilId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const plans = `${pupilApiPath(schoolId, pupilId)}/plans`;
  return useMutation({
    mutationKey: [...referralKeys.plans(schoolId, pupilId), 'copy-recommendations'],
    mutationFn: (chosen: string[]) =>
      copyRecommendations(
        {
          load: () => api.get<CurrentPlan>(`${plans}/current`),
          save: (planId: string, body: SavePlanRequest) =>
            api.put<SupportPlan>(`${plans}/${encodeURIComponent(planId)}`, body),
        },
        chosen,
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: referralKeys.plans(schoolId, pupilId) }),
  });
}

import type {
  ActivatePlanRequest,
  AddPlanCommentRequest,
  ClosePlanRequest,
  CreatePlanRequest,
  CurrentPlan,
  PlanComment,
  RecordedReview,
  RecordReviewRequest,
  SavePlanRequest,
  SupportPlan,
} from '@sendreg/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { planApiPath, planKeys, plansApiPath } from './plan-keys';

/**
 * The writes on a pupil's plans. After each, everything about the pupil's plans is fetched again (the
 * current plan, the list, the reviews), and the plan the server answered is put in the cache at once.
 */
function usePlanWrite<TBody, TAnswer>(
  schoolId: string,
  pupilId: string,
  name: string,
  send: (body: TBody) => Promise<TAnswer>,
  planOf: (answer: TAnswer) => SupportPlan | null,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...planKeys.pupil(schoolId, pupilId), name],
    mutationFn: send,
    onSuccess: async (answer) => {
      const plan = planOf(answer);
      if (plan) queryClient.setQueryData(planKeys.plan(schoolId, pupilId, plan.id), plan);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: planKeys.pupil(schoolId, pupilId) }),
        queryClient.invalidateQueries({ queryKey: planKeys.dueReviews(schoolId) }),
      ]);
    },
  });
}

/** POST .../plans: a new draft (plan.write); 409 when the pupil already has a draft. */
export function useCreatePlan(schoolId: string, pupilId: string) {
  const api = useApiClient();
  return usePlanWrite(
    schoolId,
    pupilId,
    'create',
    (body: CreatePlanRequest) => api.post<SupportPlan>(plansApiPath(schoolId, pupilId), body),
    (plan) => plan,
  );
}

/** PUT .../plans/{planId}: a draft or the active plan; 409 when the version is stale. */
export function useSavePlan(schoolId: string, pupilId: string, planId: string) {
  const api = useApiClient();
  return usePlanWrite(
    schoolId,
    pupilId,
    'save',
    (body: SavePlanRequest) => api.put<SupportPlan>(planApiPath(schoolId, pupilId, planId), body),
    (plan) => plan,
  );
}

/** POST .../plans/{planId}/activate: the draft becomes the active plan (any active one closes as replaced). */
export function useActivatePlan(schoolId: string, pupilId: string) {
  const api = useApiClient();
  return usePlanWrite(
    schoolId,
    pupilId,
    'activate',
    ({ planId, ...body }: ActivatePlanRequest & { planId: string }) =>
      api.post<SupportPlan | undefined>(`${planApiPath(schoolId, pupilId, planId)}/activate`, body),
    (plan) => plan ?? null,
  );
}

/** POST .../plans/{planId}/close: ends the active plan without a review, with the reason. */
export function useClosePlan(schoolId: string, pupilId: string) {
  const api = useApiClient();
  return usePlanWrite(
    schoolId,
    pupilId,
    'close',
    ({ planId, ...body }: ClosePlanRequest & { planId: string }) =>
      api.post<SupportPlan | undefined>(`${planApiPath(schoolId, pupilId, planId)}/close`, body),
    (plan) => plan ?? null,
  );
}

/** POST .../plans/{planId}/comments: a comment on progress before the review (plan.comment). */
export function useAddPlanComment(schoolId: string, pupilId: string, planId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...planKeys.plan(schoolId, pupilId, planId), 'comment'],
    mutationFn: (body: AddPlanCommentRequest) =>
      api.post<PlanComment>(`${planApiPath(schoolId, pupilId, planId)}/comments`, body),
    onSuccess: async (comment) => {
      // Shown at once, before the refetch confirms it.
      const add = (plan: SupportPlan | null) =>
        plan && plan.id === planId && !plan.comments.some((c) => c.id === comment.id)
          ? { ...plan, comments: [...plan.comments, comment] }
          : plan;
      queryClient.setQueryData<CurrentPlan>(planKeys.current(schoolId, pupilId), (current) =>
        current ? { ...current, active: add(current.active), draft: add(current.draft) } : current,
      );
      await queryClient.invalidateQueries({ queryKey: planKeys.pupil(schoolId, pupilId) });
    },
  });
}

/** POST .../plans/{planId}/review: records the meeting, closes the plan and starts the next cycle. */
export function useRecordReview(schoolId: string, pupilId: string, planId: string) {
  const api = useApiClient();
  return usePlanWrite(
    schoolId,
    pupilId,
    'review',
    (body: RecordReviewRequest) =>
      api.post<RecordedReview>(`${planApiPath(schoolId, pupilId, planId)}/review`, body),
    (answer) => answer.nextPlan,
  );
}

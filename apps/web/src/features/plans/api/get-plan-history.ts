import type { PlanRevision, PlanRevisionSummary, PlanReview, PlanSummary } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { planApiPath, planKeys, plansApiPath, pupilApiPath } from './plan-keys';

/** GET /api/schools/{schoolId}/pupils/{pupilId}/plans: every plan of the pupil (plan.read). */
export function getPlans(
  api: ApiClient,
  schoolId: string,
  pupilId: string,
  signal?: AbortSignal,
): Promise<PlanSummary[]> {
  return api.get<PlanSummary[]>(plansApiPath(schoolId, pupilId), { signal });
}

export function plansQueryOptions(api: ApiClient, schoolId: string, pupilId: string) {
  return queryOptions({
    queryKey: planKeys.list(schoolId, pupilId),
    queryFn: ({ signal }) => getPlans(api, schoolId, pupilId, signal),
  });
}

export function usePlans(schoolId: string, pupilId: string) {
  return useQuery(plansQueryOptions(useApiClient(), schoolId, pupilId));
}

/** GET .../pupils/{pupilId}/reviews: the reviews held, newest first. */
export function getReviews(
  api: ApiClient,
  schoolId: string,
  pupilId: string,
  signal?: AbortSignal,
): Promise<PlanReview[]> {
  return api.get<PlanReview[]>(`${pupilApiPath(schoolId, pupilId)}/reviews`, { signal });
}

export function reviewsQueryOptions(api: ApiClient, schoolId: string, pupilId: string) {
  return queryOptions({
    queryKey: planKeys.reviews(schoolId, pupilId),
    queryFn: ({ signal }) => getReviews(api, schoolId, pupilId, signal),
  });
}

export function useReviews(schoolId: string, pupilId: string, { enabled = true } = {}) {
  return useQuery({ ...reviewsQueryOptions(useApiClient(), schoolId, pupilId), enabled });
}

/** GET .../plans/{planId}/revisions: who saved the plan when, newest first as the server sends them. */
export function usePlanRevisions(schoolId: string, pupilId: string, planId: string, { enabled = true } = {}) {
  const api = useApiClient();
  return useQuery({
    queryKey: planKeys.revisions(schoolId, pupilId, planId),
    queryFn: ({ signal }) =>
      api.get<PlanRevisionSummary[]>(`${planApiPath(schoolId, pupilId, planId)}/revisions`, { signal }),
    enabled,
  });
}

/** GET .../plans/{planId}/revisions/{number}: an earlier revision's content. It never changes. */
export function usePlanRevision(schoolId: string, pupilId: string, planId: string, number: number | null) {
  const api = useApiClient();
  return useQuery({
    queryKey: planKeys.revision(schoolId, pupilId, planId, number ?? 0),
    queryFn: ({ signal }) =>
      api.get<PlanRevision>(`${planApiPath(schoolId, pupilId, planId)}/revisions/${String(number ?? 0)}`, {
        signal,
      }),
    enabled: number !== null,
    staleTime: Infinity,
  });
}

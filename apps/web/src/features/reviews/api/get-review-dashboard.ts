import type { ReviewDashboard } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { reviewKeys, schoolApiPath } from './review-keys';

/** GET /api/schools/{schoolId}/reviews/dashboard (report.read): lists for the SENCO, counts for the head. */
export function getReviewDashboard(
  api: ApiClient,
  schoolId: string,
  signal?: AbortSignal,
): Promise<ReviewDashboard> {
  return api.get<ReviewDashboard>(`${schoolApiPath(schoolId)}/reviews/dashboard`, { signal });
}

export function reviewDashboardQueryOptions(api: ApiClient, schoolId: string) {
  return queryOptions({
    queryKey: reviewKeys.dashboard(schoolId),
    queryFn: ({ signal }) => getReviewDashboard(api, schoolId, signal),
  });
}

export function useReviewDashboard(schoolId: string) {
  return useQuery(reviewDashboardQueryOptions(useApiClient(), schoolId));
}

import type { SchoolDashboard } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { dashboardKeys, schoolApiPath } from './dashboard-keys';

/**
 * GET /api/schools/{schoolId}/reports/dashboard (report.read): the head's dashboard, aggregates only.
 * The governors' report reads the same answer, so moving between the two costs no second request.
 */
export function getSchoolDashboard(
  api: ApiClient,
  schoolId: string,
  signal?: AbortSignal,
): Promise<SchoolDashboard> {
  return api.get<SchoolDashboard>(`${schoolApiPath(schoolId)}/reports/dashboard`, { signal });
}

export function schoolDashboardQueryOptions(api: ApiClient, schoolId: string) {
  return queryOptions({
    queryKey: dashboardKeys.dashboard(schoolId),
    queryFn: ({ signal }) => getSchoolDashboard(api, schoolId, signal),
  });
}

export function useSchoolDashboard(schoolId: string) {
  return useQuery(schoolDashboardQueryOptions(useApiClient(), schoolId));
}

import type { ImpactReport, ProvisionCostsReport, StaffProvision } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { reportKeys, schoolApiPath } from './report-keys';

/** GET /api/schools/{schoolId}/reports/provision-costs: this academic year's costs (cost.read). */
export function provisionCostsQueryOptions(api: ApiClient, schoolId: string) {
  return queryOptions({
    queryKey: reportKeys.costs(schoolId),
    queryFn: ({ signal }) =>
      api.get<ProvisionCostsReport>(`${schoolApiPath(schoolId)}/reports/provision-costs`, { signal }),
  });
}

export function useProvisionCosts(schoolId: string) {
  return useQuery(provisionCostsQueryOptions(useApiClient(), schoolId));
}

/** GET /api/schools/{schoolId}/reports/provision-impact: progress, attendance and delivery per intervention. */
export function provisionImpactQueryOptions(api: ApiClient, schoolId: string) {
  return queryOptions({
    queryKey: reportKeys.impact(schoolId),
    queryFn: ({ signal }) =>
      api.get<ImpactReport>(`${schoolApiPath(schoolId)}/reports/provision-impact`, { signal }),
  });
}

export function useProvisionImpact(schoolId: string) {
  return useQuery(provisionImpactQueryOptions(useApiClient(), schoolId));
}

/** GET /api/schools/{schoolId}/staff/{userId}/provision: a member of staff's groups and week. */
export function staffProvisionQueryOptions(api: ApiClient, schoolId: string, userId: string) {
  return queryOptions({
    queryKey: reportKeys.staff(schoolId, userId),
    queryFn: ({ signal }) =>
      api.get<StaffProvision>(`${schoolApiPath(schoolId)}/staff/${encodeURIComponent(userId)}/provision`, {
        signal,
      }),
  });
}

export function useStaffProvision(schoolId: string, userId: string) {
  return useQuery(staffProvisionQueryOptions(useApiClient(), schoolId, userId));
}

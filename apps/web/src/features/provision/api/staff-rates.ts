import type { SetStaffRateRequest, StaffRates } from '@sendreg/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { schoolPath, staffRateKeys } from './provision-keys';

/** GET /api/schools/{schoolId}/staff-rates (rate.read): rates in force today, and every rate ever set. */
export function getStaffRates(api: ApiClient, schoolId: string, signal?: AbortSignal): Promise<StaffRates> {
  return api.get<StaffRates>(`${schoolPath(schoolId)}/staff-rates`, { signal });
}

export function staffRatesQueryOptions(api: ApiClient, schoolId: string) {
  return queryOptions({
    queryKey: staffRateKeys.all(schoolId),
    queryFn: ({ signal }) => getStaffRates(api, schoolId, signal),
  });
}

export function useStaffRates(schoolId: string) {
  return useQuery(staffRatesQueryOptions(useApiClient(), schoolId));
}

/** POST /api/schools/{schoolId}/staff-rates (rate.write): answers the rates as they now stand; costs from its date change. */
export function useSetStaffRate(schoolId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...staffRateKeys.all(schoolId), 'set'],
    mutationFn: (body: SetStaffRateRequest) =>
      api.post<StaffRates>(`${schoolPath(schoolId)}/staff-rates`, body),
    onSuccess: (rates) => {
      queryClient.setQueryData(staffRateKeys.all(schoolId), rates);
      return queryClient.invalidateQueries({
        queryKey: ['schools', schoolId],
        predicate: (query) => query.queryKey[2] !== 'staff-rates',
      });
    },
  });
}

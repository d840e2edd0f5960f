import type { Page, PassportCoverage, SchoolClass } from '@sendreg/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { passportKeys, schoolApiPath } from './passport-keys';

/** GET /api/schools/{schoolId}/passports/coverage: who has read each current passport (SENCO, head). */
export function getPassportCoverage(
  api: ApiClient,
  schoolId: string,
  signal?: AbortSignal,
): Promise<PassportCoverage> {
  return api.get<PassportCoverage>(`${schoolApiPath(schoolId)}/passports/coverage`, { signal });
}

export function passportCoverageQueryOptions(api: ApiClient, schoolId: string) {
  return queryOptions({
    queryKey: passportKeys.coverage(schoolId),
    queryFn: ({ signal }) => getPassportCoverage(api, schoolId, signal),
  });
}

export function usePassportCoverage(schoolId: string, { enabled = true } = {}) {
  return useQuery({ ...passportCoverageQueryOptions(useApiClient(), schoolId), enabled });
}

/** POST /api/schools/{schoolId}/passports/nudges: a reminder to one member of staff (passport.write). */
export function useSendPassportReminder(schoolId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...passportKeys.coverage(schoolId), 'nudge'],
    mutationFn: (userId: string) =>
      api.post<unknown>(`${schoolApiPath(schoolId)}/passports/nudges`, { userId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: passportKeys.coverage(schoolId) }),
  });
}

/** GET /api/schools/{schoolId}/classes (staff.read: the SENCO and head), to choose a class pack. */
export function useSchoolClasses(schoolId: string, { enabled = true } = {}) {
  const api = useApiClient();
  return useQuery({
    queryKey: passportKeys.classes(schoolId),
    queryFn: ({ signal }) =>
      api.get<Page<SchoolClass>>(`${schoolApiPath(schoolId)}/classes`, {
        params: { page: 1, pageSize: 200 },
        signal,
      }),
    enabled,
  });
}

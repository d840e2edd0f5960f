import type { Passport } from '@sendreg/contracts';
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { passportApiPath, passportKeys } from './passport-keys';

/** GET /api/schools/{schoolId}/pupils/{pupilId}/passport: the current version, the caller's receipt, the SENCO's draft. */
export function getPassport(
  api: ApiClient,
  schoolId: string,
  pupilId: string,
  signal?: AbortSignal,
): Promise<Passport> {
  return api.get<Passport>(passportApiPath(schoolId, pupilId), { signal });
}

export function passportQueryOptions(api: ApiClient, schoolId: string, pupilId: string) {
  return queryOptions({
    queryKey: passportKeys.pupil(schoolId, pupilId),
    queryFn: ({ signal }) => getPassport(api, schoolId, pupilId, signal),
  });
}

export function usePassport(schoolId: string, pupilId: string) {
  return useQuery(passportQueryOptions(useApiClient(), schoolId, pupilId));
}

/** Several pupils' passports at once (a class pack), each its own request and cache entry. */
export function usePassports(schoolId: string, pupilIds: readonly string[]) {
  const api = useApiClient();
  return useQueries({ queries: pupilIds.map((pupilId) => passportQueryOptions(api, schoolId, pupilId)) });
}

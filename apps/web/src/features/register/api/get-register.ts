import type { RegisterPage } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import type { RegisterParams } from '../register-search-params';
import { registerKeys, schoolPath } from './register-keys';

/**
 * GET /api/schools/{schoolId}/register: pupils with their SEN status and needs, filtered, sorted and
 * paged, with the counts per status for the filter. A teacher gets only their own pupils: the server
 * narrows.
 */
export function getRegister(
  api: ApiClient,
  schoolId: string,
  params: RegisterParams,
  signal?: AbortSignal,
): Promise<RegisterPage> {
  return api.get<RegisterPage>(`${schoolPath(schoolId)}/register`, { params, signal });
}

export function registerQueryOptions(api: ApiClient, schoolId: string, params: RegisterParams) {
  return queryOptions({
    queryKey: registerKeys.list(schoolId, params),
    queryFn: ({ signal }) => getRegister(api, schoolId, params, signal),
    // Keep the current page on screen while the next one loads; never another school's pupils.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === schoolId ? previous : undefined,
  });
}

export function useRegister(schoolId: string, params: RegisterParams) {
  return useQuery(registerQueryOptions(useApiClient(), schoolId, params));
}

import type { MyPassportItem } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { passportKeys, schoolApiPath } from './passport-keys';

/**
 * GET /api/schools/{schoolId}/my-passports: the current passport of each of the caller's own pupils.
 * A class holds a few dozen pupils, so the whole list comes at once and the search filters it here:
 * the search text never leaves the browser.
 */
export function getMyPassports(
  api: ApiClient,
  schoolId: string,
  signal?: AbortSignal,
): Promise<{ items: MyPassportItem[] }> {
  return api.get<{ items: MyPassportItem[] }>(`${schoolApiPath(schoolId)}/my-passports`, { signal });
}

export function myPassportsQueryOptions(api: ApiClient, schoolId: string) {
  return queryOptions({
    queryKey: passportKeys.mine(schoolId),
    queryFn: ({ signal }) => getMyPassports(api, schoolId, signal),
  });
}

export function useMyPassports(schoolId: string, { enabled = true } = {}) {
  return useQuery({ ...myPassportsQueryOptions(useApiClient(), schoolId), enabled });
}

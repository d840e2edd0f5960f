import type { Page, PupilSummary } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { pupilKeys, type PupilListParams } from './pupil-keys';

/** GET /api/schools/{schoolId}/pupils. Teachers and TAs get only their own pupils: the server filters. */
export function getPupils(
  api: ApiClient,
  schoolId: string,
  params: PupilListParams,
  signal?: AbortSignal,
): Promise<Page<PupilSummary>> {
  return api.get<Page<PupilSummary>>(`/schools/${encodeURIComponent(schoolId)}/pupils`, { params, signal });
}

export function pupilsQueryOptions(api: ApiClient, schoolId: string, params: PupilListParams) {
  return queryOptions({
    queryKey: pupilKeys.list(schoolId, params),
    queryFn: ({ signal }) => getPupils(api, schoolId, params, signal),
    // Keep the current page on screen while the next one loads, instead of flashing a spinner; but
    // never another school's pupils while switching school.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === schoolId ? previous : undefined,
  });
}

export function usePupils(schoolId: string, params: PupilListParams) {
  return useQuery(pupilsQueryOptions(useApiClient(), schoolId, params));
}

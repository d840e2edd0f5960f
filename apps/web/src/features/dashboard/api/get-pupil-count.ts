import type { Page, PupilSummary } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';

/** How many pupils the school has: the total of the pupil list, asked for with a page of one. */
export async function getPupilCount(api: ApiClient, schoolId: string, signal?: AbortSignal): Promise<number> {
  const page = await api.get<Page<PupilSummary>>(`/schools/${encodeURIComponent(schoolId)}/pupils`, {
    params: { page: 1, pageSize: 1 },
    signal,
  });
  return page.total;
}

export function pupilCountQueryOptions(api: ApiClient, schoolId: string) {
  return queryOptions({
    queryKey: ['schools', schoolId, 'pupils', 'count'] as const,
    queryFn: ({ signal }) => getPupilCount(api, schoolId, signal),
  });
}

export function usePupilCount(schoolId: string) {
  return useQuery(pupilCountQueryOptions(useApiClient(), schoolId));
}

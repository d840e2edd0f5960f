import type { Concern, Page } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { concernKeys, concernsPath } from './concern-keys';

/** How many concerns wait for triage: the total of the open list, asked for with a page of one. */
export async function getOpenConcernCount(
  api: ApiClient,
  schoolId: string,
  signal?: AbortSignal,
): Promise<number> {
  const page = await api.get<Page<Concern>>(concernsPath(schoolId), {
    params: { status: 'open', page: 1, pageSize: 1 },
    signal,
  });
  return page.total;
}

export function openConcernCountQueryOptions(api: ApiClient, schoolId: string) {
  return queryOptions({
    queryKey: concernKeys.openCount(schoolId),
    queryFn: ({ signal }) => getOpenConcernCount(api, schoolId, signal),
    staleTime: 60_000,
  });
}

export function useOpenConcernCount(schoolId: string) {
  return useQuery(openConcernCountQueryOptions(useApiClient(), schoolId));
}

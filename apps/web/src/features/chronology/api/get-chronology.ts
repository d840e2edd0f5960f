import type { ChronologyKind, ChronologyList } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { chronologyApiPath, chronologyKeys } from './chronology-keys';

/** GET /api/schools/{schoolId}/pupils/{pupilId}/chronology[?kind=]: newest first, corrections beside. */
export function getChronology(
  api: ApiClient,
  schoolId: string,
  pupilId: string,
  kind: ChronologyKind | null,
  signal?: AbortSignal,
): Promise<ChronologyList> {
  return api.get<ChronologyList>(chronologyApiPath(schoolId, pupilId), {
    signal,
    ...(kind ? { params: { kind } } : {}),
  });
}

export function chronologyQueryOptions(
  api: ApiClient,
  schoolId: string,
  pupilId: string,
  kind: ChronologyKind | null,
) {
  return queryOptions({
    queryKey: chronologyKeys.list(schoolId, pupilId, kind),
    queryFn: ({ signal }) => getChronology(api, schoolId, pupilId, kind, signal),
  });
}

export function useChronology(schoolId: string, pupilId: string, kind: ChronologyKind | null = null) {
  return useQuery(chronologyQueryOptions(useApiClient(), schoolId, pupilId, kind));
}

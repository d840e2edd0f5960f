import type { CensusPreflight } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';

/** GET /api/schools/{schoolId}/census/preflight?date=: who breaks the census rules on that day (report.read). */
export function getCensusPreflight(
  api: ApiClient,
  schoolId: string,
  date: string,
  signal?: AbortSignal,
): Promise<CensusPreflight> {
  return api.get<CensusPreflight>(`/schools/${encodeURIComponent(schoolId)}/census/preflight`, {
    params: { date },
    signal,
  });
}

export function censusPreflightQueryOptions(api: ApiClient, schoolId: string, date: string) {
  return queryOptions({
    queryKey: ['schools', schoolId, 'census', 'preflight', date] as const,
    queryFn: ({ signal }) => getCensusPreflight(api, schoolId, date, signal),
  });
}

export function useCensusPreflight(schoolId: string, date: string) {
  return useQuery(censusPreflightQueryOptions(useApiClient(), schoolId, date));
}

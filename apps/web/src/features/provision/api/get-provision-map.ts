import type { ProvisionMap, ProvisionMapGrouping } from '@sendreg/contracts';
import { mutationOptions, queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { ApiClient, DownloadedFile } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { reportKeys, schoolApiPath } from './report-keys';

/** GET /api/schools/{schoolId}/provision-map?by=: this academic year's groups, grouped one way. */
export function getProvisionMap(
  api: ApiClient,
  schoolId: string,
  by: ProvisionMapGrouping,
  signal?: AbortSignal,
) {
  return api.get<ProvisionMap>(`${schoolApiPath(schoolId)}/provision-map`, { params: { by }, signal });
}

export function provisionMapQueryOptions(api: ApiClient, schoolId: string, by: ProvisionMapGrouping) {
  return queryOptions({
    queryKey: reportKeys.map(schoolId, by),
    queryFn: ({ signal }) => getProvisionMap(api, schoolId, by, signal),
    // The last grouping stays on screen while another loads (never another school's).
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === schoolId ? previous : undefined,
  });
}

export function useProvisionMap(schoolId: string, by: ProvisionMapGrouping) {
  return useQuery(provisionMapQueryOptions(useApiClient(), schoolId, by));
}

/**
 * GET /api/schools/{schoolId}/provision-map.csv?by=: one row per group and pupil. It needs the bearer
 * token, so it is fetched and handed to the browser as a file, rather than linked to.
 */
export function exportProvisionMap(
  api: ApiClient,
  schoolId: string,
  by: ProvisionMapGrouping,
): Promise<DownloadedFile> {
  return api.download(`${schoolApiPath(schoolId)}/provision-map.csv`, {
    params: { by },
    headers: { Accept: 'text/csv' },
  });
}

export function useExportProvisionMap(schoolId: string) {
  const api = useApiClient();
  return useMutation(
    mutationOptions({
      mutationKey: ['schools', schoolId, 'provision-reports', 'map', 'export'],
      mutationFn: (by: ProvisionMapGrouping) => exportProvisionMap(api, schoolId, by),
    }),
  );
}

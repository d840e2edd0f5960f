import { mutationOptions, useMutation } from '@tanstack/react-query';
import type { ApiClient, DownloadedFile } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';

/**
 * GET /api/schools/{schoolId}/reports/census-sen.csv?date=: the census SEN extract (report.read), or
 * 422 listing the census problems while the check still finds some for that date. It needs the bearer
 * token, so it is fetched and handed to the browser as a file, rather than linked to.
 */
export function downloadCensusExtract(
  api: ApiClient,
  schoolId: string,
  date: string,
): Promise<DownloadedFile> {
  return api.download(`/schools/${encodeURIComponent(schoolId)}/reports/census-sen.csv`, {
    params: { date },
    headers: { Accept: 'text/csv' },
  });
}

export function censusExtractMutationOptions(api: ApiClient, schoolId: string) {
  return mutationOptions({
    mutationKey: ['schools', schoolId, 'census', 'sen-extract'],
    mutationFn: (date: string) => downloadCensusExtract(api, schoolId, date),
  });
}

export function useCensusExtract(schoolId: string) {
  return useMutation(censusExtractMutationOptions(useApiClient(), schoolId));
}

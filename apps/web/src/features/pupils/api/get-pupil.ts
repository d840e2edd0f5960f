import type { Pupil } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { pupilKeys } from './pupil-keys';

/** GET /api/schools/{schoolId}/pupils/{pupilId}: 404 when the pupil is not one the person may see. */
export function getPupil(
  api: ApiClient,
  schoolId: string,
  pupilId: string,
  signal?: AbortSignal,
): Promise<Pupil> {
  return api.get<Pupil>(`/schools/${encodeURIComponent(schoolId)}/pupils/${encodeURIComponent(pupilId)}`, {
    signal,
  });
}

export function pupilQueryOptions(api: ApiClient, schoolId: string, pupilId: string) {
  return queryOptions({
    queryKey: pupilKeys.detail(schoolId, pupilId),
    queryFn: ({ signal }) => getPupil(api, schoolId, pupilId, signal),
  });
}

export function usePupil(schoolId: string, pupilId: string) {
  return useQuery(pupilQueryOptions(useApiClient(), schoolId, pupilId));
}

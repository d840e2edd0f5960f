import type { PupilProvision } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { reportKeys, schoolApiPath } from './report-keys';

/** GET /api/schools/{schoolId}/pupils/{pupilId}/provision: what the pupil receives this academic year. */
export function getPupilProvision(api: ApiClient, schoolId: string, pupilId: string, signal?: AbortSignal) {
  return api.get<PupilProvision>(
    `${schoolApiPath(schoolId)}/pupils/${encodeURIComponent(pupilId)}/provision`,
    {
      signal,
    },
  );
}

export function pupilProvisionQueryOptions(api: ApiClient, schoolId: string, pupilId: string) {
  return queryOptions({
    queryKey: reportKeys.pupil(schoolId, pupilId),
    queryFn: ({ signal }) => getPupilProvision(api, schoolId, pupilId, signal),
  });
}

export function usePupilProvision(schoolId: string, pupilId: string, enabled = true) {
  return useQuery({ ...pupilProvisionQueryOptions(useApiClient(), schoolId, pupilId), enabled });
}

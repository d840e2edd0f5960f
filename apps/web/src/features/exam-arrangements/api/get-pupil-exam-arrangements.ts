import type { PupilExamArrangements } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { examKeys, pupilExamApiPath } from './exam-keys';

/** GET /api/schools/{schoolId}/pupils/{pupilId}/exam-arrangements: in force and past. */
export function getPupilExamArrangements(
  api: ApiClient,
  schoolId: string,
  pupilId: string,
  signal?: AbortSignal,
): Promise<PupilExamArrangements> {
  return api.get<PupilExamArrangements>(pupilExamApiPath(schoolId, pupilId), { signal });
}

export function pupilExamArrangementsQueryOptions(api: ApiClient, schoolId: string, pupilId: string) {
  return queryOptions({
    queryKey: examKeys.pupil(schoolId, pupilId),
    queryFn: ({ signal }) => getPupilExamArrangements(api, schoolId, pupilId, signal),
  });
}

export function usePupilExamArrangements(schoolId: string, pupilId: string) {
  return useQuery(pupilExamArrangementsQueryOptions(useApiClient(), schoolId, pupilId));
}

import type { ExamArrangementsList, ExamExpiringFilter } from '@sendreg/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { examKeys, schoolApiPath } from './exam-keys';

/** GET /api/schools/{schoolId}/exam-arrangements: in force, by pupil; `expiring` narrows to this year. */
export function getExamArrangements(
  api: ApiClient,
  schoolId: string,
  expiring: ExamExpiringFilter | null,
  signal?: AbortSignal,
): Promise<ExamArrangementsList> {
  return api.get<ExamArrangementsList>(`${schoolApiPath(schoolId)}/exam-arrangements`, {
    signal,
    params: expiring ? { expiring } : undefined,
  });
}

export function examArrangementsQueryOptions(
  api: ApiClient,
  schoolId: string,
  expiring: ExamExpiringFilter | null,
) {
  return queryOptions({
    queryKey: examKeys.list(schoolId, expiring),
    queryFn: ({ signal }) => getExamArrangements(api, schoolId, expiring, signal),
    placeholderData: keepPreviousData,
  });
}

export function useExamArrangements(schoolId: string, expiring: ExamExpiringFilter | null) {
  return useQuery(examArrangementsQueryOptions(useApiClient(), schoolId, expiring));
}

import type { ExamSettings } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { examKeys, schoolApiPath } from './exam-keys';

/** GET /api/schools/{schoolId}/exam-settings: whether teaching assistants see the arrangements. */
export function getExamSettings(
  api: ApiClient,
  schoolId: string,
  signal?: AbortSignal,
): Promise<ExamSettings> {
  return api.get<ExamSettings>(`${schoolApiPath(schoolId)}/exam-settings`, { signal });
}

export function examSettingsQueryOptions(api: ApiClient, schoolId: string) {
  return queryOptions({
    queryKey: examKeys.settings(schoolId),
    queryFn: ({ signal }) => getExamSettings(api, schoolId, signal),
  });
}

export function useExamSettings(schoolId: string, { enabled = true } = {}) {
  return useQuery({ ...examSettingsQueryOptions(useApiClient(), schoolId), enabled });
}

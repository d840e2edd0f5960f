import type { SendRecord } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { pupilPath, registerKeys } from './register-keys';

/** GET /api/schools/{schoolId}/pupils/{pupilId}/send: status, needs, history and census problems. */
export function getSendRecord(
  api: ApiClient,
  schoolId: string,
  pupilId: string,
  signal?: AbortSignal,
): Promise<SendRecord> {
  return api.get<SendRecord>(`${pupilPath(schoolId, pupilId)}/send`, { signal });
}

export function sendRecordQueryOptions(api: ApiClient, schoolId: string, pupilId: string) {
  return queryOptions({
    queryKey: registerKeys.record(schoolId, pupilId),
    queryFn: ({ signal }) => getSendRecord(api, schoolId, pupilId, signal),
  });
}

export function useSendRecord(schoolId: string, pupilId: string) {
  return useQuery(sendRecordQueryOptions(useApiClient(), schoolId, pupilId));
}

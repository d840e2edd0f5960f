import type { ChangeSenStatusRequest, SendRecord } from '@sendreg/contracts';
import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { recordUpdated } from './record-updated';
import { pupilPath } from './register-keys';

/** POST /api/schools/{schoolId}/pupils/{pupilId}/sen-status: 409 when senVersion is stale. */
export function changeSenStatus(
  api: ApiClient,
  schoolId: string,
  pupilId: string,
  body: ChangeSenStatusRequest,
): Promise<SendRecord> {
  return api.post<SendRecord>(`${pupilPath(schoolId, pupilId)}/sen-status`, body);
}

export function changeSenStatusMutationOptions(
  api: ApiClient,
  queryClient: QueryClient,
  schoolId: string,
  pupilId: string,
) {
  return mutationOptions({
    mutationKey: ['schools', schoolId, 'send', pupilId, 'status'],
    mutationFn: (body: ChangeSenStatusRequest) => changeSenStatus(api, schoolId, pupilId, body),
    onSuccess: (record) => recordUpdated(queryClient, schoolId, record),
  });
}

export function useChangeSenStatus(schoolId: string, pupilId: string) {
  return useMutation(changeSenStatusMutationOptions(useApiClient(), useQueryClient(), schoolId, pupilId));
}

import type { SendRecord, SetNeedsRequest } from '@sendreg/contracts';
import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { recordUpdated } from './record-updated';
import { pupilPath } from './register-keys';

/** PUT /api/schools/{schoolId}/pupils/{pupilId}/needs: the ranked needs from a date; 409 when stale. */
export function setNeeds(
  api: ApiClient,
  schoolId: string,
  pupilId: string,
  body: SetNeedsRequest,
): Promise<SendRecord> {
  return api.put<SendRecord>(`${pupilPath(schoolId, pupilId)}/needs`, body);
}

export function setNeedsMutationOptions(
  api: ApiClient,
  queryClient: QueryClient,
  schoolId: string,
  pupilId: string,
) {
  return mutationOptions({
    mutationKey: ['schools', schoolId, 'send', pupilId, 'needs'],
    mutationFn: (body: SetNeedsRequest) => setNeeds(api, schoolId, pupilId, body),
    onSuccess: (record) => recordUpdated(queryClient, schoolId, record),
  });
}

export function useSetNeeds(schoolId: string, pupilId: string) {
  return useMutation(setNeedsMutationOptions(useApiClient(), useQueryClient(), schoolId, pupilId));
}

import type { Concern, TriageConcernRequest } from '@sendreg/contracts';
import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { concernKeys, concernsPath } from './concern-keys';

/** POST /api/schools/{schoolId}/concerns/{concernId}/triage: the SENCO's decision; 409 when stale. */
export function triageConcern(
  api: ApiClient,
  schoolId: string,
  concernId: string,
  body: TriageConcernRequest,
): Promise<Concern> {
  return api.post<Concern>(`${concernsPath(schoolId)}/${encodeURIComponent(concernId)}/triage`, body);
}

export function triageConcernMutationOptions(
  api: ApiClient,
  queryClient: QueryClient,
  schoolId: string,
  concernId: string,
) {
  return mutationOptions({
    mutationKey: [...concernKeys.detail(schoolId, concernId), 'triage'],
    mutationFn: (body: TriageConcernRequest) => triageConcern(api, schoolId, concernId, body),
    onSuccess: (concern) => {
      queryClient.setQueryData(concernKeys.detail(schoolId, concernId), concern);
      // Monitoring or SEN support changes the pupil's status: the register, counts, census check and
      // the pupil's record all show it, so everything of the school is marked stale.
      void queryClient.invalidateQueries({
        queryKey: ['schools', schoolId],
        predicate: (query) => query.queryKey[3] !== 'detail' || query.queryKey[4] !== concernId,
      });
    },
  });
}

export function useTriageConcern(schoolId: string, concernId: string) {
  return useMutation(triageConcernMutationOptions(useApiClient(), useQueryClient(), schoolId, concernId));
}

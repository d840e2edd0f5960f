import type { Concern, RaiseConcernRequest } from '@sendreg/contracts';
import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { concernKeys, concernsPath } from './concern-keys';

/** POST /api/schools/{schoolId}/concerns: a teacher or TA raises a concern about one of their pupils. */
export function raiseConcern(api: ApiClient, schoolId: string, body: RaiseConcernRequest): Promise<Concern> {
  return api.post<Concern>(concernsPath(schoolId), body);
}

export function raiseConcernMutationOptions(api: ApiClient, queryClient: QueryClient, schoolId: string) {
  return mutationOptions({
    mutationKey: [...concernKeys.all(schoolId), 'raise'],
    mutationFn: (body: RaiseConcernRequest) => raiseConcern(api, schoolId, body),
    onSuccess: (concern) => {
      queryClient.setQueryData(concernKeys.detail(schoolId, concern.id), concern);
      void queryClient.invalidateQueries({ queryKey: concernKeys.all(schoolId) });
      // The pupil's SEND history lists concerns too.
      void queryClient.invalidateQueries({ queryKey: ['schools', schoolId, 'send', concern.pupil.id] });
    },
  });
}

export function useRaiseConcern(schoolId: string) {
  return useMutation(raiseConcernMutationOptions(useApiClient(), useQueryClient(), schoolId));
}

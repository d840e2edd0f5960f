import type { ChangeReferralStatusRequest, CreateReferralRequest, Referral } from '@sendreg/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { pupilApiPath, referralApiPath, referralKeys } from './referral-keys';

/** POST /api/schools/{schoolId}/pupils/{pupilId}/referrals (referral.write). */
export function useCreateReferral(schoolId: string, pupilId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...referralKeys.pupil(schoolId, pupilId), 'create'],
    mutationFn: (body: CreateReferralRequest) =>
      api.post<Referral>(`${pupilApiPath(schoolId, pupilId)}/referrals`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: referralKeys.all(schoolId) }),
  });
}

/** POST .../referrals/{referralId}/status: 409 when the version is stale. */
export function useChangeReferralStatus(schoolId: string, pupilId: string, referralId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...referralKeys.referral(schoolId, pupilId, referralId), 'status'],
    mutationFn: (body: ChangeReferralStatusRequest) =>
      api.post<Referral>(`${referralApiPath(schoolId, pupilId, referralId)}/status`, body),
    onSuccess: (referral) => {
      queryClient.setQueryData(referralKeys.referral(schoolId, pupilId, referralId), referral);
      void queryClient.invalidateQueries({ queryKey: referralKeys.all(schoolId) });
    },
  });
}

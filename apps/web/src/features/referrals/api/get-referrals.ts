import type { Referral, ReferralListStatus, ReferralSummary } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { pupilApiPath, referralApiPath, referralKeys, schoolApiPath } from './referral-keys';

/** GET /api/schools/{schoolId}/referrals?status=&service=: the school's referrals, the longest waits first. */
export function getReferrals(
  api: ApiClient,
  schoolId: string,
  status: ReferralListStatus,
  service: string | null,
  signal?: AbortSignal,
): Promise<ReferralSummary[]> {
  return api.get<ReferralSummary[]>(`${schoolApiPath(schoolId)}/referrals`, {
    params: { status, service },
    signal,
  });
}

export function referralsQueryOptions(
  api: ApiClient,
  schoolId: string,
  status: ReferralListStatus,
  service: string | null,
) {
  return queryOptions({
    queryKey: referralKeys.list(schoolId, status, service),
    queryFn: ({ signal }) => getReferrals(api, schoolId, status, service, signal),
  });
}

export function useReferrals(schoolId: string, status: ReferralListStatus, service: string | null) {
  return useQuery(referralsQueryOptions(useApiClient(), schoolId, status, service));
}

/** GET /api/schools/{schoolId}/pupils/{pupilId}/referrals: open ones first. */
export function usePupilReferrals(schoolId: string, pupilId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: referralKeys.pupil(schoolId, pupilId),
    queryFn: ({ signal }) =>
      api.get<ReferralSummary[]>(`${pupilApiPath(schoolId, pupilId)}/referrals`, { signal }),
  });
}

/** GET /api/schools/{schoolId}/pupils/{pupilId}/referrals/{referralId}: with history and documents. */
export function useReferral(schoolId: string, pupilId: string, referralId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: referralKeys.referral(schoolId, pupilId, referralId),
    queryFn: ({ signal }) => api.get<Referral>(referralApiPath(schoolId, pupilId, referralId), { signal }),
  });
}

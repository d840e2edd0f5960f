import type { ReferralListStatus } from '@sendreg/contracts';
import { pupilApiPath } from '../../../lib/api-paths';
export { schoolApiPath, pupilApiPath } from '../../../lib/api-paths';

/** Every query key starts with the school, so one school's answers never serve another's. */
export const referralKeys = {
  all: (schoolId: string) => ['schools', schoolId, 'referrals'] as const,
  list: (schoolId: string, status: ReferralListStatus, service: string | null) =>
    [...referralKeys.all(schoolId), 'list', { status, service }] as const,
  pupil: (schoolId: string, pupilId: string) => [...referralKeys.all(schoolId), 'pupil', pupilId] as const,
  referral: (schoolId: string, pupilId: string, referralId: string) =>
    [...referralKeys.pupil(schoolId, pupilId), 'referral', referralId] as const,
  documents: (schoolId: string, pupilId: string) =>
    ['schools', schoolId, 'pupil-documents', pupilId] as const,
  /** The directory (another feature keeps it; the same answer, read here for the pickers). */
  services: (schoolId: string) => ['schools', schoolId, 'professional-services'] as const,
  /** The same key as the plans feature's: copying into the plan marks its answers stale. */
  plans: (schoolId: string, pupilId: string) => ['schools', schoolId, 'plans', 'pupil', pupilId] as const,
};

export function referralApiPath(schoolId: string, pupilId: string, referralId: string): string {
  return `${pupilApiPath(schoolId, pupilId)}/referrals/${encodeURIComponent(referralId)}`;
}

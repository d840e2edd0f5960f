import { schoolApiPath } from '../../../lib/api-paths';
export { schoolApiPath } from '../../../lib/api-paths';

/** Every query key starts with the school, so one school's answers never serve another's. */
export const passportKeys = {
  all: (schoolId: string) => ['schools', schoolId, 'passports'] as const,
  pupil: (schoolId: string, pupilId: string) => [...passportKeys.all(schoolId), 'pupil', pupilId] as const,
  mine: (schoolId: string) => [...passportKeys.all(schoolId), 'mine'] as const,
  coverage: (schoolId: string) => [...passportKeys.all(schoolId), 'coverage'] as const,
  /** Photos never change (a new photo has a new id), so they sit apart and are never invalidated. */
  photo: (schoolId: string, pupilId: string, photoId: string) =>
    ['schools', schoolId, 'passport-photos', pupilId, photoId] as const,
  /** The same key and answer as the notifications feature's list (GET /notifications). */
  notifications: (schoolId: string) => ['schools', schoolId, 'notifications'] as const,
  /** The same key and answer as the other features' class lists. */
  classes: (schoolId: string) => ['schools', schoolId, 'classes', { page: 1, pageSize: 200 }] as const,
};

export function passportApiPath(schoolId: string, pupilId: string): string {
  return `${schoolApiPath(schoolId)}/pupils/${encodeURIComponent(pupilId)}/passport`;
}

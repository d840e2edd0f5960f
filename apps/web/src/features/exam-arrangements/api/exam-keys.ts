import type { ExamExpiringFilter } from '@sendreg/contracts';
import { schoolApiPath } from '../../../lib/api-paths';
export { schoolApiPath } from '../../../lib/api-paths';

/** Every query key starts with the school, so one school's answers never serve another's. */
export const examKeys = {
  all: (schoolId: string) => ['schools', schoolId, 'exam-arrangements'] as const,
  pupil: (schoolId: string, pupilId: string) => [...examKeys.all(schoolId), 'pupil', pupilId] as const,
  list: (schoolId: string, expiring: ExamExpiringFilter | null) =>
    [...examKeys.all(schoolId), 'list', { expiring }] as const,
  /** The setting changes what TAs see in every list: kept under `all` so a save refreshes them. */
  settings: (schoolId: string) => [...examKeys.all(schoolId), 'settings'] as const,
};

export function pupilExamApiPath(schoolId: string, pupilId: string): string {
  return `${schoolApiPath(schoolId)}/pupils/${encodeURIComponent(pupilId)}/exam-arrangements`;
}

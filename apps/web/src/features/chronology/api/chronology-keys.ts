import type { ChronologyKind } from '@sendreg/contracts';

/** Every query key starts with the school, so one school's answers never serve another's. */
export const chronologyKeys = {
  all: (schoolId: string) => ['schools', schoolId, 'chronology'] as const,
  pupil: (schoolId: string, pupilId: string) => [...chronologyKeys.all(schoolId), 'pupil', pupilId] as const,
  list: (schoolId: string, pupilId: string, kind: ChronologyKind | null) =>
    [...chronologyKeys.pupil(schoolId, pupilId), { kind }] as const,
  /** The review dashboard counts parent meetings: the same key as the reviews feature's dashboard. */
  reviewDashboard: (schoolId: string) => ['schools', schoolId, 'reviews', 'dashboard'] as const,
};

export function chronologyApiPath(schoolId: string, pupilId: string): string {
  return `/schools/${encodeURIComponent(schoolId)}/pupils/${encodeURIComponent(pupilId)}/chronology`;
}

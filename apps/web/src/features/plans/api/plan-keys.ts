import { pupilApiPath } from '../../../lib/api-paths';
export { schoolApiPath, pupilApiPath } from '../../../lib/api-paths';

/** Every query key starts with the school, so one school's answers never serve another's. */
export const planKeys = {
  all: (schoolId: string) => ['schools', schoolId, 'plans'] as const,
  /** Everything about one pupil's plans: invalidated together after any change. */
  pupil: (schoolId: string, pupilId: string) => [...planKeys.all(schoolId), 'pupil', pupilId] as const,
  current: (schoolId: string, pupilId: string) => [...planKeys.pupil(schoolId, pupilId), 'current'] as const,
  strategies: (schoolId: string, pupilId: string) =>
    [...planKeys.pupil(schoolId, pupilId), 'strategies'] as const,
  list: (schoolId: string, pupilId: string) => [...planKeys.pupil(schoolId, pupilId), 'list'] as const,
  plan: (schoolId: string, pupilId: string, planId: string) =>
    [...planKeys.pupil(schoolId, pupilId), 'plan', planId] as const,
  revisions: (schoolId: string, pupilId: string, planId: string) =>
    [...planKeys.plan(schoolId, pupilId, planId), 'revisions'] as const,
  /** A revision never changes once saved. */
  revision: (schoolId: string, pupilId: string, planId: string, number: number) =>
    [...planKeys.plan(schoolId, pupilId, planId), 'revisions', number] as const,
  reviews: (schoolId: string, pupilId: string) => [...planKeys.pupil(schoolId, pupilId), 'reviews'] as const,
  /** The pupil's groups, to offer first when linking provision. */
  pupilGroups: (schoolId: string, pupilId: string) =>
    [...planKeys.pupil(schoolId, pupilId), 'groups'] as const,
  /**
   * The review dashboard's answers (the reviews feature's keys start the same way): any change of a
   * plan can move a pupil in or out of its lists, so plan writes mark them stale.
   */
  dueReviews: (schoolId: string) => ['schools', schoolId, 'reviews'] as const,
  settings: (schoolId: string) => ['schools', schoolId, 'plan-settings'] as const,
  /** The same key and answer as the provision feature's list of every group on one page. */
  groups: (schoolId: string) =>
    ['schools', schoolId, 'provisions', 'list', { page: 1, pageSize: 200 }] as const,
};

export function plansApiPath(schoolId: string, pupilId: string): string {
  return `${pupilApiPath(schoolId, pupilId)}/plans`;
}

export function planApiPath(schoolId: string, pupilId: string, planId: string): string {
  return `${plansApiPath(schoolId, pupilId)}/${encodeURIComponent(planId)}`;
}

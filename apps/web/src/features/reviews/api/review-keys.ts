export { schoolApiPath } from '../../../lib/api-paths';

/** Every query key starts with the school, so one school's answers never serve another's. */
export const reviewKeys = {
  dashboard: (schoolId: string) => ['schools', schoolId, 'reviews', 'dashboard'] as const,
  /** The same key and answer as the plans feature's review cycle. */
  planSettings: (schoolId: string) => ['schools', schoolId, 'plan-settings'] as const,
};

export { schoolApiPath } from '../../../lib/api-paths';

/** Every query key starts with the school, so one school's answers never serve another's. */
export const dashboardKeys = {
  dashboard: (schoolId: string) => ['schools', schoolId, 'reports', 'dashboard'] as const,
};

/** Every query key starts with the school, so one school's answers never serve another's. */
export const dashboardKeys = {
  dashboard: (schoolId: string) => ['schools', schoolId, 'reports', 'dashboard'] as const,
};

export function schoolApiPath(schoolId: string): string {
  return `/schools/${encodeURIComponent(schoolId)}`;
}

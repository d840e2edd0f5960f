export { schoolApiPath } from '../../../lib/api-paths';

/** Every query key starts with the school, so one school's answers never serve another's. */
export const notificationKeys = {
  /** GET /notifications: the passports feature reads the same answer under the same key. */
  list: (schoolId: string) => ['schools', schoolId, 'notifications'] as const,
  calendarFeed: (schoolId: string) => ['schools', schoolId, 'calendar-feed'] as const,
};

import type { ProvisionMapGrouping } from '@sendreg/contracts';
export { schoolApiPath } from '../../../lib/api-paths';

/** Every report query key starts with the school, so one school's answers never serve another's. */
export const reportKeys = {
  all: (schoolId: string) => ['schools', schoolId, 'provision-reports'] as const,
  pupil: (schoolId: string, pupilId: string) => [...reportKeys.all(schoolId), 'pupil', pupilId] as const,
  map: (schoolId: string, by: ProvisionMapGrouping) => [...reportKeys.all(schoolId), 'map', by] as const,
  costs: (schoolId: string) => [...reportKeys.all(schoolId), 'costs'] as const,
  impact: (schoolId: string) => [...reportKeys.all(schoolId), 'impact'] as const,
  staff: (schoolId: string, userId: string) => [...reportKeys.all(schoolId), 'staff', userId] as const,
};

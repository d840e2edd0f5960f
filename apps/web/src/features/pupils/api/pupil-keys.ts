import type { YearGroup } from '@sendreg/contracts';

/** Filters and paging of the pupil list; a type (not an interface) so it can be sent as query parameters. */
export type PupilListParams = {
  page: number;
  pageSize: number;
  q?: string;
  yearGroup?: YearGroup;
  classId?: string;
};

/** Every pupil query key starts with the school, so one school's answers never serve another's. */
export const pupilKeys = {
  all: (schoolId: string) => ['schools', schoolId, 'pupils'] as const,
  list: (schoolId: string, params: PupilListParams) => [...pupilKeys.all(schoolId), 'list', params] as const,
  detail: (schoolId: string, pupilId: string) => [...pupilKeys.all(schoolId), 'detail', pupilId] as const,
};

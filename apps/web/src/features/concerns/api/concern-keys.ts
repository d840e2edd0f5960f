import type { ConcernStatus } from '@sendreg/contracts';

export type ConcernListParams = { page: number; pageSize: number; status?: ConcernStatus };

/** Every concern query key starts with the school, so one school's answers never serve another's. */
export const concernKeys = {
  all: (schoolId: string) => ['schools', schoolId, 'concerns'] as const,
  list: (schoolId: string, params: ConcernListParams) =>
    [...concernKeys.all(schoolId), 'list', params] as const,
  mine: (schoolId: string, params: ConcernListParams) =>
    [...concernKeys.all(schoolId), 'mine', params] as const,
  detail: (schoolId: string, concernId: string) =>
    [...concernKeys.all(schoolId), 'detail', concernId] as const,
  openCount: (schoolId: string) => [...concernKeys.all(schoolId), 'open-count'] as const,
};

export function concernsPath(schoolId: string): string {
  return `/schools/${encodeURIComponent(schoolId)}/concerns`;
}

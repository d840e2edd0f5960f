import type { RegisterParams } from '../register-search-params';

/** Every register query key starts with the school, so one school's answers never serve another's. */
export const registerKeys = {
  all: (schoolId: string) => ['schools', schoolId, 'register'] as const,
  list: (schoolId: string, params: RegisterParams) =>
    [...registerKeys.all(schoolId), 'list', params] as const,
  needTypes: (schoolId: string) => ['schools', schoolId, 'need-types'] as const,
  record: (schoolId: string, pupilId: string) => ['schools', schoolId, 'send', pupilId] as const,
};

export function schoolPath(schoolId: string): string {
  return `/schools/${encodeURIComponent(schoolId)}`;
}

export function pupilPath(schoolId: string, pupilId: string): string {
  return `${schoolPath(schoolId)}/pupils/${encodeURIComponent(pupilId)}`;
}

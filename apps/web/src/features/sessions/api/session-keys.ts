import { schoolApiPath } from '../../../lib/api-paths';
export { schoolApiPath } from '../../../lib/api-paths';

/** Paging of a group's sessions; a type (not an interface) so it can be sent as query parameters. */
export type SessionListParams = { page: number; pageSize: number };

/** Every sessions query key starts with the school, so one school's answers never serve another's. */
export const sessionKeys = {
  all: (schoolId: string) => ['schools', schoolId, 'sessions'] as const,
  myGroups: (schoolId: string, date: string) => [...sessionKeys.all(schoolId), 'my-groups', date] as const,
  provision: (schoolId: string, provisionId: string) =>
    [...sessionKeys.all(schoolId), 'provision', provisionId] as const,
  list: (schoolId: string, provisionId: string, params: SessionListParams) =>
    [...sessionKeys.all(schoolId), 'list', provisionId, params] as const,
  detail: (schoolId: string, provisionId: string, sessionId: string) =>
    [...sessionKeys.all(schoolId), 'detail', provisionId, sessionId] as const,
};

export function provisionApiPath(schoolId: string, provisionId: string): string {
  return `${schoolApiPath(schoolId)}/provisions/${encodeURIComponent(provisionId)}`;
}

export function sessionsApiPath(schoolId: string, provisionId: string): string {
  return `${provisionApiPath(schoolId, provisionId)}/sessions`;
}

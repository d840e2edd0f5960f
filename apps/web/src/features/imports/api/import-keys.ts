/** Every import query key starts with the school, so one school's answers never serve another's. */
export const importKeys = {
  all: (schoolId: string) => ['schools', schoolId, 'imports'] as const,
  history: (schoolId: string, params: ImportHistoryParams) =>
    [...importKeys.all(schoolId), 'history', params] as const,
};

/** Paging of the import history; a type (not an interface) so it can be sent as query parameters. */
export type ImportHistoryParams = { page: number; pageSize: number };

/** The API path of a school's resources (below the client's /api base). */
export function schoolApiPath(schoolId: string): string {
  return `/schools/${encodeURIComponent(schoolId)}`;
}

/** The API path of one pupil's resources. */
export function pupilApiPath(schoolId: string, pupilId: string): string {
  return `${schoolApiPath(schoolId)}/pupils/${encodeURIComponent(pupilId)}`;
}

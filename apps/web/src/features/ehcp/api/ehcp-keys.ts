/** Every query key starts with the school, so one school's answers never serve another's. */
export const ehcpKeys = {
  all: (schoolId: string) => ['schools', schoolId, 'ehcp'] as const,
  pupil: (schoolId: string, pupilId: string) => [...ehcpKeys.all(schoolId), 'pupil', pupilId] as const,
  revisions: (schoolId: string, pupilId: string) =>
    [...ehcpKeys.pupil(schoolId, pupilId), 'revisions'] as const,
  /** The same key and answer as the register feature's SEND record (GET .../send). */
  sendRecord: (schoolId: string, pupilId: string) => ['schools', schoolId, 'send', pupilId] as const,
};

export function ehcpApiPath(schoolId: string, pupilId: string): string {
  return `/schools/${encodeURIComponent(schoolId)}/pupils/${encodeURIComponent(pupilId)}/ehcp`;
}

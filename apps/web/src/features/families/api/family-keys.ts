export { schoolApiPath } from '../../../lib/api-paths';

/** Every query key starts with the school, so one school's answers never serve another's. */
export const familyKeys = {
  contacts: (schoolId: string, pupilId: string) => ['schools', schoolId, 'family-contacts', pupilId] as const,
  /** The referrals feature reads the same list under the same key (GET /professional-services). */
  directory: (schoolId: string) => ['schools', schoolId, 'professional-services'] as const,
};

export function contactsApiPath(schoolId: string, pupilId: string): string {
  return `/schools/${encodeURIComponent(schoolId)}/pupils/${encodeURIComponent(pupilId)}/family-contacts`;
}

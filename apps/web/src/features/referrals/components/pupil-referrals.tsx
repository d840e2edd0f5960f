/** Placeholder: being built. */
export function PupilReferrals(_props: { schoolId: string; pupilId: string }) {
  return null;
}

/** Placeholder: the pupil's EHCP clock on their page (being built). */
export function PupilEhcpSummary(_props: { schoolId: string; pupilId: string }) {
  return null;
}

/** Placeholder: being built. */
export function PupilExamSummary(_props: { schoolId: string; pupilId: string }) {
  return null;
}

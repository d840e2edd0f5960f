/** Placeholder: the pupil's current plan on their page (being built). */
export function PupilPlanSummary(_props: { schoolId: string; pupilId: string }) {
  return null;
}

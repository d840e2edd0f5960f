/** Placeholder: being built. */
export function FamilySummary(_props: { schoolId: string; pupilId: string }) {
  return null;
}

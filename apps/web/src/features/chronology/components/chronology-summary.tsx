/** Placeholder: being built. */
export function ChronologySummary(_props: { schoolId: string; pupilId: string }) {
  return null;
}

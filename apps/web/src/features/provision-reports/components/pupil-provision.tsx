/** Placeholder while the panel is built: everything a pupil receives, planned and delivered. */
export function PupilProvision(_props: { schoolId: string; pupilId: string }) {
  return null;
}

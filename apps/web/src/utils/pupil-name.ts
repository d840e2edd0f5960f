import type { PupilSummary } from '@sendreg/contracts';

type Named = Pick<PupilSummary, 'preferredForename' | 'legalForename' | 'legalSurname'>;

/** The name the pupil is known by in school: preferred forename when there is one. */
export function pupilName(pupil: Named): string {
  return `${pupil.preferredForename || pupil.legalForename} ${pupil.legalSurname}`;
}

export function legalName(pupil: Named): string {
  return `${pupil.legalForename} ${pupil.legalSurname}`;
}

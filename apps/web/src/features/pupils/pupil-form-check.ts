import {
  GENDERS,
  YEAR_GROUPS,
  type CreatePupilRequest,
  type Gender,
  type YearGroup,
} from '@sendreg/contracts';
import { readDateParts } from '../../components/ui/date-input';
import { formProblem, type FormProblem } from '../../lib/form-problem';
import { parseDateParts, type DatePart } from '../../utils/dates';
import { formText } from '../../utils/form-text';

/** The id of each field, by the API's field name, so the server's errors land next to their field. */
export const PUPIL_FIELD: Record<string, string> = {
  upn: 'pupil-upn',
  legalForename: 'pupil-legal-forename',
  legalSurname: 'pupil-legal-surname',
  preferredForename: 'pupil-preferred-forename',
  dateOfBirth: 'pupil-dob',
  gender: 'pupil-gender',
  yearGroup: 'pupil-year-group',
  classId: 'pupil-class',
  pupilPremium: 'pupil-flags',
  eal: 'pupil-flags',
  lookedAfter: 'pupil-flags',
};

export function pupilFieldId(field: string): string | undefined {
  if (field === 'dateOfBirth') return `${PUPIL_FIELD.dateOfBirth}-day`;
  return PUPIL_FIELD[field];
}

export type PupilFormCheck =
  { ok: true; request: CreatePupilRequest } | { ok: false; problem: FormProblem; dateParts: DatePart[] };

/** Reads and checks the form in the browser; the server checks the UPN's check letter and uniqueness. */
export function checkPupilForm(data: FormData, withClass: boolean): PupilFormCheck {
  const upn = formText(data, 'upn').trim().toUpperCase();
  const legalForename = formText(data, 'legalForename').trim();
  const legalSurname = formText(data, 'legalSurname').trim();
  const preferredForename = formText(data, 'preferredForename').trim();
  const date = parseDateParts(readDateParts(data, 'dateOfBirth'), {
    label: 'Date of birth',
    missing: 'Enter the date of birth',
  });
  const gender = formText(data, 'gender');
  const yearGroup = formText(data, 'yearGroup');
  const classId = formText(data, 'classId');
  const flags = data.getAll('flags');
  const dateFirst: DatePart = date.ok ? 'day' : (date.parts[0] ?? 'day');
  const problem = formProblem([
    [
      PUPIL_FIELD.upn,
      upn === ''
        ? 'Enter the UPN'
        : /^[A-Z0-9]{13}$/.test(upn)
          ? undefined
          : 'The UPN must be 13 characters, the check letter first',
    ],
    [PUPIL_FIELD.legalForename, legalForename ? undefined : 'Enter the legal forename'],
    [PUPIL_FIELD.legalSurname, legalSurname ? undefined : 'Enter the legal surname'],
    [`${PUPIL_FIELD.dateOfBirth}-${dateFirst}`, date.ok ? undefined : date.message],
    [PUPIL_FIELD.gender, (GENDERS as readonly string[]).includes(gender) ? undefined : 'Select the gender'],
    [
      PUPIL_FIELD.yearGroup,
      (YEAR_GROUPS as readonly string[]).includes(yearGroup) ? undefined : 'Select the year group',
    ],
  ]);
  if (problem || !date.ok) {
    return {
      ok: false,
      problem: problem ?? { fields: {}, summary: [] },
      dateParts: date.ok ? [] : date.parts,
    };
  }
  const request: CreatePupilRequest = {
    upn,
    legalForename,
    legalSurname,
    preferredForename: preferredForename || null,
    dateOfBirth: date.iso,
    gender: gender as Gender,
    yearGroup: yearGroup as YearGroup,
    pupilPremium: flags.includes('pupilPremium'),
    eal: flags.includes('eal'),
    lookedAfter: flags.includes('lookedAfter'),
  };
  if (withClass) request.classId = classId || null;
  return { ok: true, request };
}

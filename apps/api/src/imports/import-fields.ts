import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from '@sendreg/contracts';

export { IMPORT_FIELDS, type ColumnMapping, type ImportField };

interface FieldInfo {
  label: string;
  /** Needed to create a pupil, so a mapping must include it. */
  required: boolean;
  /** Header names (normalised: lower case, letters and digits only) an MIS uses for it. */
  headers: string[];
}

export const FIELD_INFO: Record<ImportField, FieldInfo> = {
  upn: { label: 'UPN', required: true, headers: ['upn', 'uniquepupilnumber', 'pupilupn'] },
  legalSurname: {
    label: 'Legal surname',
    required: true,
    headers: ['legalsurname', 'surname', 'lastname', 'familyname'],
  },
  legalForename: {
    label: 'Legal forename',
    required: true,
    headers: ['legalforename', 'forename', 'firstname', 'legalfirstname', 'givenname'],
  },
  preferredForename: {
    label: 'Preferred forename',
    required: false,
    headers: ['preferredforename', 'preferredname', 'preferredfirstname', 'knownas'],
  },
  dateOfBirth: { label: 'Date of birth', required: true, headers: ['dob', 'dateofbirth', 'birthdate'] },
  gender: { label: 'Gender', required: true, headers: ['gender', 'sex'] },
  yearGroup: {
    label: 'Year group',
    required: true,
    headers: ['year', 'yeargroup', 'ncyear', 'ncyearactual', 'yr', 'curriculumyear'],
  },
  className: {
    label: 'Class or registration group',
    required: false,
    headers: [
      'reg',
      'reggroup',
      'registrationgroup',
      'class',
      'classname',
      'form',
      'formgroup',
      'tutorgroup',
    ],
  },
  senStatus: {
    label: 'SEN status (N, K or E)',
    required: false,
    headers: ['senstatus', 'senprovision', 'sen', 'senstage'],
  },
  primaryNeed: {
    label: 'Primary need',
    required: false,
    headers: ['primaryneed', 'senprimaryneed', 'primarysenneed', 'primarysentype', 'senneed1', 'sentype1'],
  },
  secondaryNeed: {
    label: 'Secondary need',
    required: false,
    headers: [
      'secondaryneed',
      'sensecondaryneed',
      'secondarysenneed',
      'secondarysentype',
      'senneed2',
      'sentype2',
    ],
  },
  eal: {
    label: 'English as an additional language',
    required: false,
    headers: ['eal', 'englishasanadditionallanguage', 'firstlanguagenotenglish'],
  },
  pupilPremium: {
    label: 'Pupil premium (or free school meals)',
    required: false,
    headers: ['pupilpremium', 'pp', 'fsm', 'freeschoolmeals', 'fsmeligible', 'ever6fsm', 'everfsm6', 'fsm6'],
  },
  lookedAfter: {
    label: 'Looked-after child (CLA)',
    required: false,
    headers: ['cla', 'lookedafter', 'lookedafterchild', 'lac', 'inlacare', 'incare'],
  },
};

export const REQUIRED_FIELDS = IMPORT_FIELDS.filter((field) => FIELD_INFO[field].required);

export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The mapping that the header names suggest: each field takes the first header that is one of its
 * known names, and no header serves two fields.
 */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  const normalised = headers.map(normaliseHeader);
  for (const field of IMPORT_FIELDS) {
    for (const known of FIELD_INFO[field].headers) {
      const index = normalised.findIndex((name, i) => name === known && !taken.has(headers[i] as string));
      if (index >= 0) {
        const header = headers[index] as string;
        mapping[field] = header;
        taken.add(header);
        break;
      }
    }
  }
  return mapping;
}

export function isImportField(value: string): value is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(value);
}

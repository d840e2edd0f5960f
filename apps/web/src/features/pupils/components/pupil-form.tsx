import {
  GENDERS,
  YEAR_GROUPS,
  yearGroupLabel,
  type Gender,
  type Pupil,
  type SchoolClass,
} from '@sendreg/contracts';
import type { ReactNode, SubmitEvent } from 'react';
import { Checkboxes } from '../../../components/ui/checkboxes';
import { DateInput } from '../../../components/ui/date-input';
import { Radios } from '../../../components/ui/radios';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import type { FormProblem } from '../../../lib/form-problem';
import { dateParts, type DatePart } from '../../../utils/dates';
import { PUPIL_FIELD } from '../pupil-form-check';

const GENDER_LABELS: Record<Gender, string> = { F: 'Female', M: 'Male', U: 'Not known' };
const FLAGS = [
  { value: 'pupilPremium', label: 'Pupil premium' },
  { value: 'eal', label: 'English as an additional language (EAL)' },
  { value: 'lookedAfter', label: 'Looked after' },
];

export interface PupilFormProps {
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
  problem: FormProblem | null;
  dateErrorParts: DatePart[];
  /** The classes to choose from; undefined leaves the class question out. */
  classes?: SchoolClass[];
  pupil?: Pupil;
  /** The buttons. */
  children: ReactNode;
}

/** The core record's questions, for adding a pupil and for editing one. */
export function PupilForm({ onSubmit, problem, dateErrorParts, classes, pupil, children }: PupilFormProps) {
  const error = (id: string) => problem?.fields[id];
  const flags = pupil ? FLAGS.map((flag) => flag.value).filter((flag) => pupil[flag as 'eal']) : [];
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <TextField
        id={PUPIL_FIELD.upn}
        name="upn"
        label="Unique pupil number (UPN)"
        hint="13 characters, the check letter first, for example A123456789012"
        error={error(PUPIL_FIELD.upn)}
        defaultValue={pupil?.upn}
        autoComplete="off"
        spellCheck={false}
        className="input--width-20"
      />
      <TextField
        id={PUPIL_FIELD.legalForename}
        name="legalForename"
        label="Legal forename"
        error={error(PUPIL_FIELD.legalForename)}
        defaultValue={pupil?.legalForename}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        id={PUPIL_FIELD.legalSurname}
        name="legalSurname"
        label="Legal surname"
        error={error(PUPIL_FIELD.legalSurname)}
        defaultValue={pupil?.legalSurname}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        id={PUPIL_FIELD.preferredForename}
        name="preferredForename"
        label="Preferred forename (optional)"
        hint="The name the pupil is known by in school, if it is not their legal forename"
        error={error(PUPIL_FIELD.preferredForename)}
        defaultValue={pupil?.preferredForename ?? ''}
        autoComplete="off"
        spellCheck={false}
      />
      <DateInput
        id={PUPIL_FIELD.dateOfBirth}
        name="dateOfBirth"
        legend="Date of birth"
        hint="For example, 27 3 2018"
        error={error(`${PUPIL_FIELD.dateOfBirth}-${dateErrorParts[0] ?? 'day'}`)}
        errorParts={dateErrorParts.length ? dateErrorParts : undefined}
        defaultValue={pupil ? dateParts(pupil.dateOfBirth) : undefined}
      />
      <Radios
        idPrefix={PUPIL_FIELD.gender}
        name="gender"
        legend="Gender"
        error={error(PUPIL_FIELD.gender)}
        defaultValue={pupil?.gender}
        items={GENDERS.map((gender) => ({ value: gender, label: GENDER_LABELS[gender] }))}
      />
      <SelectField
        id={PUPIL_FIELD.yearGroup}
        name="yearGroup"
        label="Year group"
        error={error(PUPIL_FIELD.yearGroup)}
        defaultValue={pupil?.yearGroup ?? ''}
      >
        <option value="">Select a year group</option>
        {YEAR_GROUPS.map((year) => (
          <option key={year} value={year}>
            {yearGroupLabel(year)}
          </option>
        ))}
      </SelectField>
      {classes ? (
        <SelectField
          id={PUPIL_FIELD.classId}
          name="classId"
          label="Class (optional)"
          error={error(PUPIL_FIELD.classId)}
          defaultValue={pupil?.classId ?? ''}
        >
          <option value="">No class</option>
          {classes.map((schoolClass) => (
            <option key={schoolClass.id} value={schoolClass.id}>
              {schoolClass.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <Checkboxes
        idPrefix={PUPIL_FIELD.pupilPremium}
        name="flags"
        legend="Which of these apply?"
        hint="Select all that apply"
        error={error(PUPIL_FIELD.pupilPremium)}
        items={FLAGS}
        defaultValues={flags}
      />
      {children}
    </form>
  );
}

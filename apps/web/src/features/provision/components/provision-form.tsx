import {
  AREA_LABELS,
  AREAS_OF_NEED,
  WEEKDAY_LABELS,
  WEEKDAYS,
  type Intervention,
  type PersonRef,
  type Provision,
} from '@sendreg/contracts';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { Checkboxes } from '../../../components/ui/checkboxes';
import { DateInput } from '../../../components/ui/date-input';
import { SelectField } from '../../../components/ui/select-field';
import { SummaryList } from '../../../components/ui/summary-list';
import { TextField } from '../../../components/ui/text-field';
import { dateParts } from '../../../utils/dates';
import { staffLabel, type StaffPerson } from '../delivering-staff';
import { PROVISION_FIELD } from '../provision-form-check';
import { usualPattern, usualWeekdays } from '../schedule';
import type { CheckedForm } from './use-checked-form';

export interface ProvisionFormProps {
  form: CheckedForm;
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
  /** The interventions a new group can use; leave out when changing a group (its intervention stays). */
  interventions?: Intervention[];
  /** The people who can deliver the group. */
  staff: StaffPerson[];
  /** The group being changed. */
  provision?: Provision;
  /** The buttons. */
  children: ReactNode;
}

/** Staff to tick: everyone who can deliver, plus anyone already delivering this group who no longer could. */
function staffChoices(staff: StaffPerson[], current: PersonRef[]) {
  const known = new Set(staff.map((person) => person.userId));
  return [
    ...staff.map((person) => ({ value: person.userId, label: staffLabel(person) })),
    ...current
      .filter((person) => !known.has(person.id))
      .map((person) => ({ value: person.id, label: person.displayName })),
  ];
}

/**
 * The group's questions, for starting a group and for changing one. Choosing the intervention sets the
 * days and minutes to its usual pattern (said in the hint, and announced), which can then be changed.
 */
export function ProvisionForm({
  form,
  onSubmit,
  interventions,
  staff,
  provision,
  children,
}: ProvisionFormProps) {
  const [interventionId, setInterventionId] = useState('');
  const chosen = interventions?.find((intervention) => intervention.id === interventionId);
  const weekdays = provision ? provision.weekdays : chosen ? usualWeekdays(chosen.usualSessionsPerWeek) : [];
  const minutes = provision ? String(provision.minutes) : chosen ? String(chosen.usualMinutes) : '';
  const start = form.dateError(PROVISION_FIELD.startDate);
  const end = form.dateError(PROVISION_FIELD.endDate);

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {interventions ? (
        <>
          <SelectField
            id={PROVISION_FIELD.interventionId}
            name="interventionId"
            label="Intervention"
            hint="Choosing one sets the days and minutes below to its usual pattern. You can change them."
            error={form.error(PROVISION_FIELD.interventionId)}
            value={interventionId}
            onChange={(event) => {
              setInterventionId(event.target.value);
            }}
          >
            <option value="">Select an intervention</option>
            {AREAS_OF_NEED.map((area) => {
              const inArea = interventions.filter((intervention) => intervention.area === area);
              return inArea.length ? (
                <optgroup key={area} label={AREA_LABELS[area]}>
                  {inArea.map((intervention) => (
                    <option key={intervention.id} value={intervention.id}>
                      {intervention.name}
                    </option>
                  ))}
                </optgroup>
              ) : null;
            })}
          </SelectField>
          <p className="hint" role="status">
            {chosen
              ? `Usually ${usualPattern(chosen.usualMinutes, chosen.usualSessionsPerWeek)}, groups of ${String(chosen.usualGroupSize)}.`
              : null}
          </p>
        </>
      ) : provision ? (
        <SummaryList rows={[{ key: 'Intervention', value: provision.intervention.name }]} />
      ) : null}
      <TextField
        id={PROVISION_FIELD.name}
        name="name"
        label="Name of the group"
        hint="So staff can tell groups apart, for example Year 3 phonics, Tuesday and Thursday. Not pupils' names."
        error={form.error(PROVISION_FIELD.name)}
        defaultValue={provision?.name}
        autoComplete="off"
      />
      <Checkboxes
        idPrefix={PROVISION_FIELD.staffIds}
        name="staffIds"
        legend="Who delivers the group?"
        hint="Select all that apply. They see the group and its pupils, and log its sessions."
        error={form.error(PROVISION_FIELD.staffIds)}
        items={staffChoices(staff, provision?.staff ?? [])}
        defaultValues={provision?.staff.map((person) => person.id)}
      />
      {/* Keyed by the intervention, so choosing another sets its usual days and minutes afresh. */}
      <div key={interventionId}>
        <Checkboxes
          idPrefix={PROVISION_FIELD.weekdays}
          name="weekdays"
          legend="Which days does it meet?"
          hint="Select all that apply"
          error={form.error(PROVISION_FIELD.weekdays)}
          small
          items={WEEKDAYS.map((day) => ({ value: String(day), label: WEEKDAY_LABELS[day] }))}
          defaultValues={weekdays.map(String)}
        />
        <TextField
          id={PROVISION_FIELD.minutes}
          name="minutes"
          label="How long is each session, in minutes?"
          error={form.error(PROVISION_FIELD.minutes)}
          defaultValue={minutes}
          inputMode="numeric"
          autoComplete="off"
          className="input--width-5"
        />
      </div>
      <DateInput
        id={PROVISION_FIELD.startDate}
        name="startDate"
        legend="When does the group start?"
        hint="For example, 3 11 2026"
        error={start.error}
        errorParts={start.errorParts}
        defaultValue={provision ? dateParts(provision.startDate) : undefined}
      />
      <DateInput
        id={PROVISION_FIELD.endDate}
        name="endDate"
        legend="When does it end?"
        hint="The last day it could meet, for example 12 2 2027"
        error={end.error}
        errorParts={end.errorParts}
        defaultValue={provision ? dateParts(provision.endDate) : undefined}
      />
      <TextField
        id={PROVISION_FIELD.location}
        name="location"
        label="Where does it meet? (optional)"
        hint="For example, the library"
        error={form.error(PROVISION_FIELD.location)}
        defaultValue={provision?.location}
        autoComplete="off"
      />
      {children}
    </form>
  );
}

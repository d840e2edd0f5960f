import {
  AREA_LABELS,
  AREAS_OF_NEED,
  DELIVERING_ROLE_LABELS,
  DELIVERING_ROLES,
  type Intervention,
} from '@sendreg/contracts';
import type { ReactNode, SubmitEvent } from 'react';
import { Radios } from '../../../components/ui/radios';
import { TextareaField } from '../../../components/ui/textarea-field';
import { TextField } from '../../../components/ui/text-field';
import { INTERVENTION_FIELD } from '../intervention-form-check';
import { penceToPounds } from '../money';
import { MoneyField } from './money-field';
import type { CheckedForm } from './use-checked-form';

export interface InterventionFormProps {
  form: CheckedForm;
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
  /** The intervention being changed. */
  intervention?: Intervention;
  children: ReactNode;
}

/** The catalogue entry's questions, for adding an intervention and for changing one. */
export function InterventionForm({ form, onSubmit, intervention, children }: InterventionFormProps) {
  const cost = intervention?.resourceCostPerSessionPence;
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <TextField
        id={INTERVENTION_FIELD.name}
        name="name"
        label="Name"
        hint="As staff know it, for example Precision teaching or Lego therapy"
        error={form.error(INTERVENTION_FIELD.name)}
        defaultValue={intervention?.name}
        autoComplete="off"
      />
      <Radios
        idPrefix={INTERVENTION_FIELD.area}
        name="area"
        legend="Area of need"
        error={form.error(INTERVENTION_FIELD.area)}
        defaultValue={intervention?.area}
        items={AREAS_OF_NEED.map((area) => ({ value: area, label: AREA_LABELS[area] }))}
      />
      <TextareaField
        id={INTERVENTION_FIELD.description}
        name="description"
        label="What it involves (optional)"
        hint="A sentence or two for staff who have not run it"
        error={form.error(INTERVENTION_FIELD.description)}
        defaultValue={intervention?.description}
        rows={3}
      />
      <Radios
        idPrefix={INTERVENTION_FIELD.delivery}
        name="delivery"
        legend="Is it for a group or 1:1?"
        error={form.error(INTERVENTION_FIELD.delivery)}
        defaultValue={intervention?.delivery}
        items={[
          { value: 'group', label: 'A group' },
          { value: 'one_to_one', label: '1:1, one pupil with one adult' },
        ]}
      />
      <TextField
        id={INTERVENTION_FIELD.usualGroupSize}
        name="usualGroupSize"
        label="Usual group size"
        hint="How many pupils, from 1 to 30. Leave empty for 1:1."
        error={form.error(INTERVENTION_FIELD.usualGroupSize)}
        defaultValue={intervention ? String(intervention.usualGroupSize) : undefined}
        inputMode="numeric"
        autoComplete="off"
        className="input--width-5"
      />
      <Radios
        idPrefix={INTERVENTION_FIELD.deliveredBy}
        name="deliveredBy"
        legend="Who usually delivers it?"
        hint="Their role's hourly rate costs the sessions, unless the person delivering has their own rate"
        error={form.error(INTERVENTION_FIELD.deliveredBy)}
        defaultValue={intervention?.deliveredBy}
        items={DELIVERING_ROLES.map((role) => ({ value: role, label: DELIVERING_ROLE_LABELS[role] }))}
      />
      <TextField
        id={INTERVENTION_FIELD.usualMinutes}
        name="usualMinutes"
        label="How long is a session, in minutes?"
        hint="Usually, from 5 to 240. Each group can differ."
        error={form.error(INTERVENTION_FIELD.usualMinutes)}
        defaultValue={intervention ? String(intervention.usualMinutes) : undefined}
        inputMode="numeric"
        autoComplete="off"
        className="input--width-5"
      />
      <TextField
        id={INTERVENTION_FIELD.usualSessionsPerWeek}
        name="usualSessionsPerWeek"
        label="How many sessions a week?"
        hint="Usually, from 1 to 10"
        error={form.error(INTERVENTION_FIELD.usualSessionsPerWeek)}
        defaultValue={intervention ? String(intervention.usualSessionsPerWeek) : undefined}
        inputMode="numeric"
        autoComplete="off"
        className="input--width-5"
      />
      <MoneyField
        id={INTERVENTION_FIELD.resourceCostPerSessionPence}
        name="resourceCost"
        label="Resources for one session (optional)"
        hint="Materials or licences, in pounds and pence, for example 1.20. Leave empty if there are none."
        error={form.error(INTERVENTION_FIELD.resourceCostPerSessionPence)}
        defaultValue={cost === null || cost === undefined || cost === 0 ? undefined : penceToPounds(cost)}
      />
      <h2 className="heading-m">How progress is measured</h2>
      <TextField
        id={INTERVENTION_FIELD.measureName}
        name="measureName"
        label="What is measured"
        hint="Taken on entry and on exit, for example Reading age or Boxall profile score"
        error={form.error(INTERVENTION_FIELD.measureName)}
        defaultValue={intervention?.measure.name}
        autoComplete="off"
      />
      <TextField
        id={INTERVENTION_FIELD.measureUnit}
        name="measureUnit"
        label="Unit"
        hint="For example, months, points or errors"
        error={form.error(INTERVENTION_FIELD.measureUnit)}
        defaultValue={intervention?.measure.unit}
        autoComplete="off"
        className="input--width-20"
      />
      <Radios
        idPrefix={INTERVENTION_FIELD.higherIsBetter}
        name="higherIsBetter"
        legend="Which way is better?"
        error={form.error(INTERVENTION_FIELD.higherIsBetter)}
        defaultValue={intervention ? String(intervention.measure.higherIsBetter) : undefined}
        items={[
          {
            value: 'true',
            label: 'Higher is better',
            hint: 'For example, a reading age or a standardised score',
          },
          {
            value: 'false',
            label: 'Lower is better',
            hint: 'For example, a count of errors or of incidents',
          },
        ]}
      />
      {children}
    </form>
  );
}

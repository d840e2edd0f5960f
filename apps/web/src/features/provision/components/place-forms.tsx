import type { Provision, ProvisionPlace } from '@sendreg/contracts';
import type { SubmitEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { DateInput } from '../../../components/ui/date-input';
import { Loading } from '../../../components/ui/loading';
import { TextField } from '../../../components/ui/text-field';
import { formProblemFrom, isStaleVersion } from '../../../lib/form-problem';
import { dateParts, todayIso } from '../../../utils/dates';
import { formatDate } from '../../../utils/format-date';
import { useUpdateProvisionPlace } from '../api/provision-writes';
import { describeMeasure, measureInUnit } from '../measure';
import {
  checkLeaving,
  checkMeasures,
  LEAVING_FIELD,
  leavingFieldId,
  MEASURES_FIELD,
  measuresFieldId,
} from '../place-form-check';
import { PlacePanel } from './place-panel';
import { useCheckedForm } from './use-checked-form';

export interface PlaceFormProps {
  schoolId: string;
  group: Provision;
  place: ProvisionPlace;
  /** Reloads the group after a 409. */
  reload: () => Promise<{ isSuccess: boolean }>;
  /** Saved: the confirmation to show. */
  onDone: (notice: string) => void;
  onCancel: () => void;
}

function scoreText(score: number | null): string {
  return score === null ? '' : String(score);
}

function ScoreField({
  id,
  name,
  label,
  hint,
  error,
  score,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  score: number | null;
}) {
  return (
    <TextField
      id={id}
      name={name}
      label={label}
      hint={hint}
      error={error}
      defaultValue={scoreText(score)}
      inputMode="decimal"
      autoComplete="off"
      className="input--width-10"
    />
  );
}

/** Entry, target and exit measures for one pupil (session.write: the SENCO and the group's staff). */
export function MeasuresForm({ schoolId, group, place, reload, onDone, onCancel }: PlaceFormProps) {
  const update = useUpdateProvisionPlace(schoolId, group.id);
  const form = useCheckedForm();
  const name = place.pupil.name;
  const measured = measureInUnit(group.measure);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const checked = checkMeasures(new FormData(event.currentTarget));
    if (!checked.ok) {
      form.fail(checked.problem, checked.dateParts);
      return;
    }
    form.clear();
    update.mutate(
      { pupilId: place.pupil.id, version: place.version, ...checked.request },
      {
        onSuccess: () => {
          onDone(`Measures saved for ${name}.`);
        },
        onError: (error) => {
          if (isStaleVersion(error)) form.stale();
          else form.fail(formProblemFrom(error, measuresFieldId, MEASURES_FIELD.entryScore));
        },
      },
    );
  };
  const entryDate = form.dateError(MEASURES_FIELD.entryDate);
  const exitDate = form.dateError(MEASURES_FIELD.exitDate);

  return (
    <PlacePanel
      title={`Record measures for ${name}`}
      form={form}
      what={`${name}’s place in the group`}
      onReload={() => {
        form.reloadWith(reload);
      }}
    >
      <p>
        {describeMeasure(group.measure)}. Leave a measure empty to clear it; a score needs the date it was
        taken.
      </p>
      <form className="form" onSubmit={submit} noValidate key={place.version}>
        <ScoreField
          id={MEASURES_FIELD.entryScore}
          name="entryScore"
          label="Entry score"
          hint={`${measured}: the baseline, taken when the pupil started`}
          error={form.error(MEASURES_FIELD.entryScore)}
          score={place.entryScore}
        />
        <DateInput
          id={MEASURES_FIELD.entryDate}
          name="entryDate"
          legend="Date of the entry measure"
          hint="For example, 3 11 2026"
          {...entryDate}
          defaultValue={dateParts(place.entryDate)}
        />
        <ScoreField
          id={MEASURES_FIELD.targetScore}
          name="targetScore"
          label="Target"
          hint={measured}
          error={form.error(MEASURES_FIELD.targetScore)}
          score={place.targetScore}
        />
        <ScoreField
          id={MEASURES_FIELD.exitScore}
          name="exitScore"
          label="Exit score"
          hint={`${measured}: taken when the pupil finished, or at the end of the group`}
          error={form.error(MEASURES_FIELD.exitScore)}
          score={place.exitScore}
        />
        <DateInput
          id={MEASURES_FIELD.exitDate}
          name="exitDate"
          legend="Date of the exit measure"
          hint="For example, 12 2 2027"
          {...exitDate}
          defaultValue={dateParts(place.exitDate)}
        />
        <div className="button-group">
          <Button type="submit" aria-disabled={update.isPending || undefined}>
            Save measures
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
        {update.isPending ? <Loading label="Saving the measures" /> : null}
      </form>
    </PlacePanel>
  );
}

/** The day a pupil leaves the group (provision.write). They stay listed, with their measures. */
export function LeavingForm({ schoolId, group, place, reload, onDone, onCancel }: PlaceFormProps) {
  const update = useUpdateProvisionPlace(schoolId, group.id);
  const form = useCheckedForm();
  const name = place.pupil.name;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const checked = checkLeaving(new FormData(event.currentTarget), place.joinedOn);
    if (!checked.ok) {
      form.fail(checked.problem, checked.dateParts);
      return;
    }
    form.clear();
    update.mutate(
      { pupilId: place.pupil.id, version: place.version, leftOn: checked.request.leftOn },
      {
        onSuccess: () => {
          onDone(`${name} leaves the group on ${formatDate(checked.request.leftOn)}.`);
        },
        onError: (error) => {
          if (isStaleVersion(error)) form.stale();
          else form.fail(formProblemFrom(error, leavingFieldId, `${LEAVING_FIELD.leftOn}-day`));
        },
      },
    );
  };

  return (
    <PlacePanel
      title={`${name} leaves the group`}
      form={form}
      what={`${name}’s place in the group`}
      onReload={() => {
        form.reloadWith(reload);
      }}
    >
      <p>
        {name} stays on this page with their measures and attendance. Sessions after this date are no longer
        planned for them.
      </p>
      <form className="form" onSubmit={submit} noValidate key={place.version}>
        <DateInput
          id={LEAVING_FIELD.leftOn}
          name="leftOn"
          legend={`When does ${name} leave the group?`}
          hint={`Their last day in it. They joined on ${formatDate(place.joinedOn)}.`}
          {...form.dateError(LEAVING_FIELD.leftOn)}
          defaultValue={dateParts(todayIso())}
        />
        <div className="button-group">
          <Button type="submit" aria-disabled={update.isPending || undefined}>
            Record leaving
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
        {update.isPending ? <Loading label="Saving" /> : null}
      </form>
    </PlacePanel>
  );
}

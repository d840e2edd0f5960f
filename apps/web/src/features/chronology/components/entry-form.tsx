import {
  CHRONOLOGY_KINDS,
  CHRONOLOGY_LIMITS,
  type ChronologyEntry,
  type ChronologyKind,
} from '@sendreg/contracts';
import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Checkboxes } from '../../../components/ui/checkboxes';
import { DateInput } from '../../../components/ui/date-input';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { Radios } from '../../../components/ui/radios';
import { TextareaField } from '../../../components/ui/textarea-field';
import { TextField } from '../../../components/ui/text-field';
import { formProblemFrom } from '../../../lib/form-problem';
import { useFormAttempts } from '../../../lib/use-form-attempts';
import { dateParts, todayIso } from '../../../utils/dates';
import { formatDate } from '../../../utils/format-date';
import { useAddChronologyEntry, useCorrectChronologyEntry } from '../api/chronology-writes';
import {
  checkCorrectionForm,
  checkEntryForm,
  chronologyFieldId,
  chronologyFieldIds,
  readChronologyForm,
  type ChronologyFormCheck,
} from '../chronology-form';
import { kindLabel } from '../chronology-view';

interface FormFrameProps<T> {
  prefix: string;
  /** The form's heading (h2 or h3, as the page needs). */
  heading: { level: 2 | 3; text: string };
  intro: string;
  /** The entry the form corrects; none for a new entry. */
  entry?: ChronologyEntry;
  submitLabel: string;
  pending: boolean;
  pendingLabel: string;
  check: (data: FormData) => ChronologyFormCheck<T>;
  save: (request: T, onError: (error: unknown) => void) => void;
  onCancel: () => void;
}

/**
 * The fields of an entry (a new one, or a correction of one, which starts as the entry now reads and
 * keeps its kind), with the error summary at the top of the form and the server's errors by field.
 */
function EntryFormFrame<T>({
  prefix,
  heading,
  intro,
  entry,
  submitLabel,
  pending,
  pendingLabel,
  check,
  save,
  onCancel,
}: FormFrameProps<T>) {
  const ids = chronologyFieldIds(prefix);
  const headingId = useId();
  const { problem, setProblem, dateErrorParts, attempt, fail } = useFormAttempts();
  const [kind, setKind] = useState<string>(entry?.kind ?? '');
  const values = entry?.effective;
  const errors = problem?.fields ?? {};
  const dateError = errors[`${ids.occurredOn}-${dateErrorParts[0] ?? 'day'}`];
  const Heading = heading.level === 2 ? 'h2' : 'h3';
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The button that opened the form is gone: start keyboard and screen reader users at the form.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const checked = check(new FormData(event.currentTarget));
    if (!checked.ok) {
      fail(checked.problem, checked.dateParts);
      return;
    }
    setProblem(null);
    save(checked.request, (error) => {
      fail(
        formProblemFrom(error, (field) => chronologyFieldId(prefix, field), `${ids.occurredOn}-day`),
        ['day', 'month', 'year'],
      );
    });
  };

  return (
    <section className="chronology-form" aria-labelledby={headingId}>
      <Heading
        className={heading.level === 2 ? 'heading-m' : 'heading-s'}
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
      >
        {heading.text}
      </Heading>
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      <p>{intro}</p>
      <form className="form" onSubmit={submit} noValidate aria-labelledby={headingId}>
        <DateInput
          id={ids.occurredOn}
          name="occurredOn"
          legend="When did it happen?"
          hint="Today or before, for example 3 3 2027"
          error={dateError}
          errorParts={dateErrorParts.length ? dateErrorParts : undefined}
          defaultValue={dateParts(values?.occurredOn ?? todayIso())}
        />
        {entry ? null : (
          <Radios
            idPrefix={ids.kind}
            name="kind"
            legend="What kind of contact was it?"
            error={errors[ids.kind]}
            items={CHRONOLOGY_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
            onChange={(event) => {
              setKind(event.target.value);
            }}
          />
        )}
        {kind === 'meeting' ? (
          <Checkboxes
            idPrefix={ids.parentMeeting}
            name="parentMeeting"
            legend="Was it a meeting with the pupil’s parents or carers?"
            hint="A parent meeting counts towards the three meetings a year with parents on the review dashboard."
            error={errors[ids.parentMeeting]}
            items={[{ value: 'yes', label: 'Yes, a parent meeting' }]}
            defaultValues={values?.parentMeeting ? ['yes'] : []}
          />
        ) : null}
        <TextField
          id={ids.withWhom}
          name="withWhom"
          label="Who was it with?"
          hint="Names and roles, for example Mrs Archer (mum) and Ms Patel (speech and language therapist)"
          error={errors[ids.withWhom]}
          defaultValue={values?.withWhom}
          maxLength={CHRONOLOGY_LIMITS.withWhom}
          autoComplete="off"
        />
        <TextareaField
          id={ids.summary}
          name="summary"
          label="What happened?"
          error={errors[ids.summary]}
          defaultValue={values?.summary}
          rows={5}
        />
        <TextareaField
          id={ids.agreed}
          name="agreed"
          label="What was agreed? (optional)"
          hint="Who will do what, and by when"
          error={errors[ids.agreed]}
          defaultValue={values?.agreed}
          rows={3}
        />
        <div className="button-group">
          <Button type="submit" aria-disabled={pending || undefined}>
            {submitLabel}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
        {pending ? <Loading label={pendingLabel} /> : null}
      </form>
    </section>
  );
}

/** "Add to the chronology" (chronology.write). */
export function AddEntryForm({
  schoolId,
  pupilId,
  onAdded,
  onCancel,
}: {
  schoolId: string;
  pupilId: string;
  onAdded: (notice: string) => void;
  onCancel: () => void;
}) {
  const add = useAddChronologyEntry(schoolId, pupilId);
  const prefix = 'chronology-add';
  return (
    <EntryFormFrame
      prefix={prefix}
      heading={{ level: 2, text: 'Add to the chronology' }}
      intro="Once added, an entry cannot be changed or removed: a mistake is put right by adding a correction."
      submitLabel="Add to the chronology"
      pending={add.isPending}
      pendingLabel="Adding the entry"
      check={(data) => checkEntryForm(prefix, readChronologyForm(data), todayIso())}
      save={(request, onError) => {
        add.mutate(request, {
          onSuccess: (entry) => {
            onAdded(`${kindLabel(entry.kind)} of ${formatDate(entry.occurredOn)} added to the chronology.`);
          },
          onError,
        });
      }}
      onCancel={onCancel}
    />
  );
}

/** "Correct this entry": adds a dated correction beneath it; the entry as recorded stays. */
export function CorrectionForm({
  schoolId,
  pupilId,
  entry,
  onCorrected,
  onCancel,
}: {
  schoolId: string;
  pupilId: string;
  entry: ChronologyEntry;
  onCorrected: (notice: string) => void;
  onCancel: () => void;
}) {
  const correct = useCorrectChronologyEntry(schoolId, pupilId);
  const prefix = `chronology-correct-${entry.id}`;
  const kind: ChronologyKind = entry.kind;
  return (
    <EntryFormFrame
      prefix={prefix}
      heading={{ level: 3, text: 'Correct this entry' }}
      intro="Change what needs putting right. The entry as first recorded stays, and your correction is shown beneath it with today’s date and your name."
      entry={entry}
      submitLabel="Add the correction"
      pending={correct.isPending}
      pendingLabel="Adding the correction"
      check={(data) => {
        const { kind: _kind, ...values } = readChronologyForm(data);
        return checkCorrectionForm(prefix, values, { kind, effective: entry.effective }, todayIso());
      }}
      save={(request, onError) => {
        correct.mutate(
          { entryId: entry.id, body: request },
          {
            onSuccess: (corrected) => {
              onCorrected(
                `Correction added to the ${kindLabel(kind).toLowerCase()} of ${formatDate(corrected.effective.occurredOn)}.`,
              );
            },
            onError,
          },
        );
      }}
      onCancel={onCancel}
    />
  );
}

import {
  EXAM_ARRANGEMENT_KINDS,
  EXAM_ARRANGEMENT_LABELS,
  suggestedExamExpiry,
  TYPICAL_EXTRA_TIME_PERCENT,
  type ExamArrangement,
  type RecordExamArrangementRequest,
} from '@sendreg/contracts';
import { useState, type SubmitEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { dateFieldId } from '../../../components/ui/date-input';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { Radios } from '../../../components/ui/radios';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { formProblemFrom, isStaleVersion, type FormProblem } from '../../../lib/form-problem';
import { todayIso, type DatePart } from '../../../utils/dates';
import { formatDate } from '../../../utils/format-date';
import { useRecordExamArrangement, useSaveExamArrangement } from '../api/exam-writes';
import { checkExamForm, examFieldId, examFormOf, FIELD_IDS, newExamForm, type ExamForm } from '../exam-form';
import { arrangementInstruction } from '../exam-text';
import { DateField } from '../../../components/ui/date-field';

export interface ArrangementFormProps {
  schoolId: string;
  pupilId: string;
  yearGroup: string | null;
  /** The arrangement being changed; a new one when absent. */
  arrangement?: ExamArrangement;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

const KIND_ITEMS = EXAM_ARRANGEMENT_KINDS.map((kind) => ({
  value: kind,
  label: EXAM_ARRANGEMENT_LABELS[kind],
}));

/** A date's error on the page: from the browser's checks by the field, from the server's by its first part. */
const dateError = (problem: FormProblem | null, id: string) =>
  problem?.fields[id] ?? problem?.fields[dateFieldId(id)];

/**
 * Records a new arrangement or changes one (the SENCO). Extra time asks for its percentage (25% is
 * usual); the expiry is suggested as the end of the course, and can be changed or cleared.
 */
export function ArrangementForm({
  schoolId,
  pupilId,
  yearGroup,
  arrangement,
  onSaved,
  onCancel,
}: ArrangementFormProps) {
  const record = useRecordExamArrangement(schoolId, pupilId);
  const save = useSaveExamArrangement(schoolId, pupilId, arrangement?.id ?? '');
  const pending = record.isPending || save.isPending;
  const today = todayIso();
  const [form, setForm] = useState<ExamForm>(() =>
    arrangement ? examFormOf(arrangement) : newExamForm(yearGroup, today),
  );
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [dateErrors, setDateErrors] = useState<Partial<Record<string, DatePart[]>>>({});
  const [attempt, setAttempt] = useState(0);
  const titleId = arrangement ? `exam-edit-title-${arrangement.id}` : 'exam-add-title';
  const title = arrangement ? `Change: ${arrangementInstruction(arrangement)}` : 'Add an arrangement';

  const set = <K extends keyof ExamForm>(key: K, value: ExamForm[K]) => {
    setForm((before) => ({ ...before, [key]: value }));
  };

  const fail = (next: FormProblem, parts: Partial<Record<string, DatePart[]>> = {}) => {
    setProblem(next);
    setDateErrors(parts);
    setAttempt((count) => count + 1);
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const checked = checkExamForm(form, today);
    if (!checked.ok) {
      fail(checked.problem, checked.dateErrors);
      return;
    }
    setProblem(null);
    const done = (saved: ExamArrangement) => {
      onSaved(`${arrangementInstruction(saved)}: ${arrangement ? 'saved' : 'added'}.`);
    };
    const onError = (error: unknown) => {
      fail(
        isStaleVersion(error)
          ? {
              fields: {},
              summary: [
                {
                  fieldId: FIELD_IDS.arrangement,
                  message:
                    'Someone else changed this arrangement since you opened this page. Reload the page, check their change, then make yours again.',
                },
              ],
            }
          : formProblemFrom(error, examFieldId, FIELD_IDS.arrangement),
      );
    };
    const body: RecordExamArrangementRequest = checked.value;
    if (arrangement) save.mutate({ ...body, version: arrangement.version }, { onSuccess: done, onError });
    else record.mutate(body, { onSuccess: done, onError });
  };

  const suggested = suggestedExamExpiry(yearGroup, today);
  return (
    <section className="exam-form" aria-labelledby={titleId}>
      <h3 className="heading-m" id={titleId}>
        {title}
      </h3>
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      <form className="form" onSubmit={submit} noValidate aria-labelledby={titleId}>
        <Radios
          idPrefix={FIELD_IDS.arrangement}
          name="arrangement"
          legend="Arrangement"
          error={problem?.fields[FIELD_IDS.arrangement]}
          items={KIND_ITEMS}
          defaultValue={form.arrangement}
          onChange={(event) => {
            const kind = event.target.value;
            setForm((before) => ({
              ...before,
              arrangement: kind,
              extraTimePercent:
                kind === 'extra-time' && before.extraTimePercent === ''
                  ? String(TYPICAL_EXTRA_TIME_PERCENT)
                  : before.extraTimePercent,
            }));
          }}
        />
        {form.arrangement === 'extra-time' ? (
          <TextField
            id={FIELD_IDS.extraTimePercent}
            label="How much extra time, as a percentage"
            hint="Usually 25. A whole number from 1 to 100."
            error={problem?.fields[FIELD_IDS.extraTimePercent]}
            className="input--width-3"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            value={form.extraTimePercent}
            onChange={(event) => {
              set('extraTimePercent', event.target.value);
            }}
          />
        ) : null}
        <TextareaField
          id={FIELD_IDS.details}
          label="Details for staff (optional)"
          hint="What it means in practice, for example: reads the questions aloud when asked, not the answers."
          error={problem?.fields[FIELD_IDS.details]}
          rows={3}
          value={form.details}
          onChange={(event) => {
            set('details', event.target.value);
          }}
        />
        <TextareaField
          id={FIELD_IDS.evidence}
          label="Evidence of need (optional)"
          hint="For example: the assessment and its scores, and the history of need. Only the SENCO and head see this."
          error={problem?.fields[FIELD_IDS.evidence]}
          rows={4}
          value={form.evidence}
          onChange={(event) => {
            set('evidence', event.target.value);
          }}
        />
        <TextField
          id={FIELD_IDS.assessor}
          label="Assessor (optional)"
          hint="Who assessed the pupil, and their role or qualification."
          error={problem?.fields[FIELD_IDS.assessor]}
          autoComplete="off"
          value={form.assessor}
          onChange={(event) => {
            set('assessor', event.target.value);
          }}
        />
        <DateField
          id={FIELD_IDS.approvedOn}
          legend="Date approved"
          hint="For example, 27 3 2026. Today or in the past."
          value={form.approvedOn}
          error={dateError(problem, FIELD_IDS.approvedOn)}
          errorParts={dateErrors.approvedOn}
          onChange={(value) => {
            set('approvedOn', value);
          }}
        />
        <DateField
          id={FIELD_IDS.expiresOn}
          legend="Expiry date (optional)"
          hint={`Arrangements usually last until the end of the course: ${formatDate(suggested)} is suggested. Leave it blank if there is no expiry date.`}
          value={form.expiresOn}
          error={dateError(problem, FIELD_IDS.expiresOn)}
          errorParts={dateErrors.expiresOn}
          onChange={(value) => {
            set('expiresOn', value);
          }}
        />
        <div className="button-group">
          <Button type="submit" aria-disabled={pending || undefined}>
            {arrangement ? 'Save changes' : 'Add arrangement'}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
        {pending ? <Loading label="Saving the arrangement" /> : null}
      </form>
    </section>
  );
}

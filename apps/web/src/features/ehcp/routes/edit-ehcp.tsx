import { PHASE_TRANSFER_LABELS, type EhcpRecord } from '@sendreg/contracts';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { DateInput, dateFieldId, readDateParts } from '../../../components/ui/date-input';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Radios } from '../../../components/ui/radios';
import { SelectField } from '../../../components/ui/select-field';
import { StaleNotice } from '../../../components/ui/stale-notice';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { formProblem, formProblemFrom, isStaleVersion, type FormProblem } from '../../../lib/form-problem';
import { useCurrentPupil, type PupilPageState } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { useFormAttempts } from '../../../lib/use-form-attempts';
import type { DatePart } from '../../../utils/dates';
import { formatDate } from '../../../utils/format-date';
import { pupilName } from '../../../utils/pupil-name';
import { useEhcp } from '../api/get-ehcp';
import { useSaveEhcp } from '../api/save-ehcp';
import {
  ASSESS_DECISION_LABELS,
  checkEhcpForm,
  DATE_FIELDS,
  dateError,
  ehcpFieldId,
  FIELD,
  formFromRecord,
  ISSUE_DECISION_LABELS,
  NOTES_MAX,
  readEhcpForm,
  recordMeetingHeld,
  REQUESTED_BY_LABELS,
  type EhcpDateField,
  type EhcpDateKey,
  type EhcpFormValues,
} from '../ehcp-form';
import '../ehcp.css';

type Attempts = ReturnType<typeof useFormAttempts>;

interface EhcpFormProps {
  record: EhcpRecord;
  schoolId: string;
  pupilId: string;
  attempts: Attempts;
  cancelPath: string;
  state: PupilPageState;
  onSaved: () => void;
}

/**
 * The record's form. Its fields are uncontrolled (read with FormData on submit); "Record a meeting
 * held" rewrites the values and remounts the fields with them. Remounted (by key) when the record is
 * reloaded after a 409, so it starts again from the latest version.
 */
function EhcpForm({ record, schoolId, pupilId, attempts, cancelPath, state, onSaved }: EhcpFormProps) {
  const [values, setValues] = useState<EhcpFormValues>(() => formFromRecord(record));
  const [fieldsKey, setFieldsKey] = useState(0);
  const [wrongParts, setWrongParts] = useState<Partial<Record<EhcpDateKey, DatePart[]>>>({});
  const [meetingNote, setMeetingNote] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const note = useRef<HTMLDivElement>(null);
  const save = useSaveEhcp(schoolId, pupilId);
  const { problem, setProblem, dateErrorParts, setAttempt, setConflict, fail } = attempts;

  const failWith = (
    next: FormProblem,
    parts: Partial<Record<EhcpDateKey, DatePart[]>>,
    heldParts: DatePart[] = [],
  ) => {
    setWrongParts(parts);
    setMeetingNote(null);
    fail(next, heldParts);
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setConflict('none');
    const checked = checkEhcpForm(readEhcpForm(new FormData(event.currentTarget)));
    if (!checked.ok) {
      failWith(checked.problem, checked.dateParts);
      return;
    }
    setProblem(null);
    setWrongParts({});
    save.mutate(
      { ...checked.request, version: record.version },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isStaleVersion(error)) {
            setProblem(null);
            setConflict('stale');
            setAttempt((count) => count + 1);
            return;
          }
          failWith(formProblemFrom(error, ehcpFieldId, FIELD.localAuthority), {});
        },
      },
    );
  };

  // The fields were just remounted with the meeting recorded: say so where focus lands.
  useEffect(() => {
    if (meetingNote) note.current?.focus();
  }, [meetingNote, fieldsKey]);

  const recordMeeting = () => {
    if (!form.current) return;
    const data = new FormData(form.current);
    const held = recordMeetingHeld(readEhcpForm(data), readDateParts(data, 'heldOn'));
    if (!held.ok) {
      failWith(formProblem([[dateFieldId(FIELD.heldOn, held.parts[0]), held.message]])!, {}, held.parts);
      return;
    }
    setProblem(null);
    setWrongParts({});
    setValues(held.values);
    setFieldsKey((key) => key + 1);
    const { day, month, year } = held.values.dates.lastAnnualReviewOn;
    const heldOn = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    setMeetingNote(
      `The meeting of ${formatDate(heldOn)} is now the last annual review. The booked meeting, the reports, the review report and the amend decision have been cleared for the next cycle. Check the form, then save.`,
    );
  };

  const dateInput = (field: EhcpDateField) => (
    <DateInput
      key={field.id}
      id={field.id}
      name={field.id}
      legend={field.legend}
      hint={`${field.hint ?? 'Leave it blank if it has not happened yet.'} For example, 27 3 2026.`}
      error={dateError(problem, field.id)}
      errorParts={wrongParts[field.key]}
      defaultValue={values.dates[field.key]}
    />
  );
  const datesOf = (stage: EhcpDateField['stage']) =>
    DATE_FIELDS.filter((f) => f.stage === stage).map(dateInput);

  return (
    <form className="form" ref={form} onSubmit={submit} noValidate aria-label="EHCP record">
      <div key={fieldsKey}>
        <TextField
          id={FIELD.localAuthority}
          name="localAuthority"
          label="Local authority"
          hint="The council that maintains the plan, for example Kent County Council."
          autoComplete="off"
          defaultValue={values.localAuthority}
          error={problem?.fields[FIELD.localAuthority]}
        />

        <h2 className="heading-m ehcp-edit__stage">Needs assessment</h2>
        <p>
          The LA decides whether to assess within 6 weeks of the request, and the final plan is due within 20
          weeks of it. A step with no date shows as overdue once its deadline has passed, even after the final
          plan: fill in the dates you know. Leave this part blank for a plan whose request date you do not
          know.
        </p>
        <SelectField
          id={FIELD.requestedBy}
          name="requestedBy"
          label="Who asked for the assessment?"
          defaultValue={values.requestedBy}
          error={problem?.fields[FIELD.requestedBy]}
        >
          <option value="">Not recorded</option>
          {Object.entries(REQUESTED_BY_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        {dateInput(DATE_FIELDS.find((f) => f.key === 'requestedOn')!)}
        <Radios
          idPrefix={FIELD.assessDecision}
          name="assessDecision"
          legend="What did the LA decide about assessing?"
          defaultValue={values.assessDecision}
          error={problem?.fields[FIELD.assessDecision]}
          items={[
            { value: '', label: 'Not decided yet' },
            ...Object.entries(ASSESS_DECISION_LABELS).map(([value, label]) => ({ value, label })),
          ]}
        />
        {dateInput(DATE_FIELDS.find((f) => f.key === 'assessDecisionOn')!)}
        {dateInput(DATE_FIELDS.find((f) => f.key === 'adviceReceivedOn')!)}
        <Radios
          idPrefix={FIELD.issueDecision}
          name="issueDecision"
          legend="What did the LA decide about issuing a plan?"
          hint="The LA decides, and sends the draft plan, within 16 weeks of the request."
          defaultValue={values.issueDecision}
          error={problem?.fields[FIELD.issueDecision]}
          items={[
            { value: '', label: 'Not decided yet' },
            ...Object.entries(ISSUE_DECISION_LABELS).map(([value, label]) => ({ value, label })),
          ]}
        />
        {datesOf('assessment').slice(3)}

        <h2 className="heading-m ehcp-edit__stage">Annual review</h2>
        <p>
          The plan is reviewed at least every 12 months (every 6 months for a child under 5), counted from the
          last review, or from the final plan before the first one.
        </p>
        {datesOf('annual-review')}
        <details
          className="details ehcp-edit__meeting"
          open={Boolean(problem?.fields[dateFieldId(FIELD.heldOn, dateErrorParts[0])])}
        >
          <summary className="details__summary">Record an annual review meeting that has been held</summary>
          <p>
            The meeting becomes the last annual review, and the dates of the booked meeting, its reports, the
            review report and the amend decision are cleared for the next cycle. Nothing is saved until you
            save the form.
          </p>
          <DateInput
            id={FIELD.heldOn}
            name="heldOn"
            legend="When was the meeting held?"
            hint="For example, 27 3 2026."
            error={problem?.fields[dateFieldId(FIELD.heldOn, dateErrorParts[0] ?? 'day')]}
            errorParts={dateErrorParts}
            defaultValue={values.dates.nextAnnualReviewMeetingOn}
          />
          <Button variant="secondary" onClick={recordMeeting}>
            Record the meeting
          </Button>
        </details>
        {meetingNote ? (
          <div className="inset-text" ref={note} tabIndex={-1}>
            <p>{meetingNote}</p>
          </div>
        ) : null}

        <h2 className="heading-m ehcp-edit__stage">Phase transfer</h2>
        <SelectField
          id={FIELD.phaseTransfer}
          name="phaseTransfer"
          label="Is the pupil moving between phases?"
          hint="For a move between phases the amended plan must be issued by 15 February of the year of the move (31 March for secondary to post-16)."
          defaultValue={values.phaseTransfer}
          error={problem?.fields[FIELD.phaseTransfer]}
        >
          <option value="">No move recorded</option>
          {Object.entries(PHASE_TRANSFER_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextField
          id={FIELD.transferYear}
          name="transferYear"
          label="Year of the move"
          hint="The calendar year the pupil moves, for example 2027 for September 2027."
          className="input--width-4"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={values.transferYear}
          error={problem?.fields[FIELD.transferYear]}
        />
        {datesOf('phase-transfer')}

        <TextareaField
          id={FIELD.notes}
          name="notes"
          label="Notes"
          hint={`For the school: what is happening with the plan, for example an appeal. Up to ${NOTES_MAX.toLocaleString('en-GB')} characters.`}
          rows={4}
          defaultValue={values.notes}
          error={problem?.fields[FIELD.notes]}
        />
      </div>
      <div className="button-group">
        <Button type="submit" aria-disabled={save.isPending || undefined}>
          Save EHCP record
        </Button>
        <Link className="button-group__link" to={cancelPath} state={state}>
          Cancel
        </Link>
      </div>
      {save.isPending ? <Loading label="Saving the EHCP record" /> : null}
    </form>
  );
}

/** Add or change a pupil's EHCP record (ehcp.write: the SENCO), with its version: 409 asks to reload. */
export function EditEhcpPage() {
  const school = useSchool();
  const { pupil, path, state } = useCurrentPupil();
  const navigate = useNavigate();
  const ehcp = useEhcp(school.schoolId, pupil.id);
  const attempts = useFormAttempts();
  const [formKey, setFormKey] = useState(0);
  const name = pupilName(pupil);
  const ehcpPath = `${path}/ehcp`;
  const { problem, attempt, conflict, reloadWith } = attempts;
  const title = ehcp.data?.version === 0 ? 'Add the EHCP record' : 'Change the EHCP record';

  const reload = () => {
    reloadWith(() =>
      ehcp.refetch().then((result) => {
        if (result.isSuccess) setFormKey((key) => key + 1);
        return result;
      }),
    );
  };

  let body;
  if (ehcp.isPending) body = <Loading label="Loading the EHCP record" />;
  else if (ehcp.isError)
    body = <QueryError error={ehcp.error} what="the EHCP record" onRetry={() => void ehcp.refetch()} />;
  else
    body = (
      <EhcpForm
        key={formKey}
        record={ehcp.data}
        schoolId={school.schoolId}
        pupilId={pupil.id}
        attempts={attempts}
        cancelPath={ehcpPath}
        state={state}
        onSaved={() => {
          void navigate(ehcpPath, { state: { ...state, notice: 'EHCP record saved.' } });
        }}
      />
    );

  return (
    <>
      <BackLink to={ehcpPath} state={state}>
        Back to the EHC plan
      </BackLink>
      <StaleNotice
        state={conflict}
        attempt={attempt}
        onReload={reload}
        what="this EHCP record"
        check="the dates below"
      />
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      {conflict === 'none' && !problem && ehcp.data?.version === 0 ? (
        <NotificationBanner title="New record">
          <p>Fill in what you know: every date can be left blank and added later.</p>
        </NotificationBanner>
      ) : null}
      <div className="grid-row">
        <div className="column-two-thirds">
          <PageHeading
            title={title}
            caption={name}
            documentTitle={problem || conflict === 'stale' ? `Error: ${title}` : title}
          />
          {body}
        </div>
      </div>
    </>
  );
}

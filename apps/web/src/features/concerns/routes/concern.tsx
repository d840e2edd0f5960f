import { yearGroupLabel, type Concern } from '@sendreg/contracts';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { DateInput, readDateParts } from '../../../components/ui/date-input';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Radios } from '../../../components/ui/radios';
import { SummaryList, type SummaryListRow } from '../../../components/ui/summary-list';
import { TextareaField } from '../../../components/ui/textarea-field';
import { isApiError } from '../../../lib/api-error';
import { safeReturnPath } from '../../../lib/auth/sign-in-state';
import { formProblemFrom, isStaleVersion, type FormProblem } from '../../../lib/form-problem';
import { meets } from '../../../lib/grants';
import { useSchool } from '../../../lib/school-context';
import { dateParts, todayIso, type DatePart } from '../../../utils/dates';
import { formText } from '../../../utils/form-text';
import { formatDate } from '../../../utils/format-date';
import { concernsPath } from '../api/concern-keys';
import { useConcern } from '../api/get-concern';
import { useTriageConcern } from '../api/triage-concern';
import { checkTriage, FIELD, triageFieldId } from '../concern-forms';
import { CONCERN_AREA_LABELS, DECISION_DONE, DECISION_HINTS, DECISION_LABELS } from '../concern-labels';
import { ConcernStatusTag } from '../components/concern-status-tag';

const DECISIONS = ['monitor', 'sen_support', 'close'] as const;

function concernRows(concern: Concern, pupilHref: string): SummaryListRow[] {
  const rows: SummaryListRow[] = [
    { key: 'Pupil', value: <Link to={pupilHref}>{concern.pupil.name}</Link> },
    {
      key: 'Year and class',
      value: `${yearGroupLabel(concern.pupil.yearGroup)}${concern.pupil.className ? `, class ${concern.pupil.className}` : ''}`,
    },
    { key: 'Area', value: CONCERN_AREA_LABELS[concern.area] },
    { key: 'What they observed', value: <span className="pre-line">{concern.observed}</span> },
    {
      key: 'What they have tried',
      value: concern.tried ? (
        <span className="pre-line">{concern.tried}</span>
      ) : (
        <span className="secondary-text">Nothing recorded</span>
      ),
    },
    { key: 'Raised by', value: `${concern.raisedBy.displayName}, ${formatDate(concern.raisedAt)}` },
    { key: 'Status', value: <ConcernStatusTag status={concern.status} /> },
  ];
  if (concern.status !== 'open') {
    rows.push({
      key: 'Outcome',
      value: (
        <>
          <span className="pre-line">{concern.outcome ?? ''}</span>
          {concern.triagedBy ? (
            <span className="summary-need__meta">
              {concern.triagedBy.displayName}
              {concern.triagedAt ? `, ${formatDate(concern.triagedAt)}` : ''}
            </span>
          ) : null}
        </>
      ),
    });
  }
  return rows;
}

interface TriageFormProps {
  concern: Concern;
  listPath: string;
  /** The page's heading and the concern itself, shown between the error summary and the form. */
  header: ReactNode;
}

/** The triage form, with its error summary at the top of the page as GOV.UK places it. */
function TriageForm({ concern, listPath, header }: TriageFormProps) {
  const school = useSchool();
  const navigate = useNavigate();
  const triage = useTriageConcern(school.schoolId, concern.id);
  const refetch = useConcern(school.schoolId, concern.id).refetch;
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [dateErrorParts, setDateErrorParts] = useState<DatePart[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [stale, setStale] = useState<'none' | 'stale' | 'reloaded'>('none');

  const fail = (next: FormProblem, parts: DatePart[]) => {
    setProblem(next);
    setDateErrorParts(parts);
    setAttempt((count) => count + 1);
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (triage.isPending) return;
    const data = new FormData(event.currentTarget);
    const checked = checkTriage({
      decision: formText(data, 'decision'),
      outcome: formText(data, 'outcome'),
      date: readDateParts(data, 'effectiveFrom'),
    });
    setStale('none');
    if (!checked.ok) {
      fail(checked.problem, checked.dateParts);
      return;
    }
    setProblem(null);
    triage.mutate(
      { ...checked.request, version: concern.version },
      {
        onSuccess: (done) => {
          const notice = `Concern about ${done.pupil.name}: ${DECISION_DONE[checked.request.decision]}.`;
          void navigate(listPath, { state: { notice } });
        },
        onError: (error) => {
          if (isStaleVersion(error)) {
            setStale('stale');
            setAttempt((count) => count + 1);
            return;
          }
          fail(formProblemFrom(error, triageFieldId, FIELD.decision), []);
        },
      },
    );
  };

  return (
    <>
      {stale === 'stale' ? (
        <ErrorSummary errors={[]} attempt={attempt} title="Someone else changed this concern">
          <p>
            Someone saved a decision on this concern after you opened this page, so yours has not been saved.
          </p>
          <Button
            variant="secondary"
            onClick={() => {
              void refetch().then((result) => {
                setStale(result.isSuccess ? 'reloaded' : 'stale');
              });
            }}
          >
            Reload the concern
          </Button>
        </ErrorSummary>
      ) : stale === 'reloaded' ? (
        <NotificationBanner title="Concern reloaded" role="status" focus>
          <p className="notification-banner__heading">This page now shows the concern as it is now.</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      {header}
      <h2 className="heading-m">Decide what happens next</h2>
      <form className="form" onSubmit={submit} noValidate>
        <Radios
          idPrefix={FIELD.decision}
          name="decision"
          legend="What do you want to do?"
          error={problem?.fields[FIELD.decision]}
          items={DECISIONS.map((decision) => ({
            value: decision,
            label: DECISION_LABELS[decision],
            hint: DECISION_HINTS[decision],
          }))}
        />
        <TextareaField
          id={FIELD.outcome}
          name="outcome"
          label={`Outcome for ${concern.raisedBy.displayName}`}
          hint="They will read this. Say what you decided and what happens next."
          error={problem?.fields[FIELD.outcome]}
          rows={4}
        />
        <DateInput
          id={FIELD.effectiveFrom}
          name="effectiveFrom"
          legend="When does the new status start?"
          hint="Only for starting monitoring or SEN support. For example, 12 1 2026."
          error={problem?.fields[`${FIELD.effectiveFrom}-${dateErrorParts[0] ?? 'day'}`]}
          errorParts={dateErrorParts}
          defaultValue={dateParts(todayIso())}
        />
        <div className="button-group">
          <Button type="submit" aria-disabled={triage.isPending || undefined}>
            Save decision
          </Button>
          <Link className="button-group__link" to={listPath}>
            Cancel
          </Link>
        </div>
        {triage.isPending ? <Loading label="Saving your decision" /> : null}
      </form>
    </>
  );
}

/** One concern: what was raised and, for the SENCO while it is open, the triage form (concern.triage). */
export function ConcernPage() {
  const school = useSchool();
  const { concernId = '' } = useParams();
  const location = useLocation();
  const concern = useConcern(school.schoolId, concernId);
  const canTriage = meets(school.grants, { permission: 'concern.triage' });
  const list = concernsPath(school.schoolId);
  const from =
    typeof location.state === 'object' && location.state !== null && 'from' in location.state
      ? safeReturnPath(typeof location.state.from === 'string' ? location.state.from : undefined)
      : undefined;
  const listPath = from?.startsWith(list) ? from : list;
  const back = <BackLink to={listPath}>Back to concerns</BackLink>;

  if (concern.isPending) {
    return (
      <>
        {back}
        <Loading label="Loading the concern" />
      </>
    );
  }
  if (concern.isError) {
    const notFound = isApiError(concern.error, 404);
    return (
      <>
        {back}
        <PageHeading title={notFound ? 'Concern not found' : 'Sorry, there is a problem with the service'} />
        {notFound ? (
          <p>
            We could not find this concern. Check the web address, or{' '}
            <Link to={list}>go to the list of concerns</Link>.
          </p>
        ) : (
          <QueryError error={concern.error} what="this concern" onRetry={() => void concern.refetch()} />
        )}
      </>
    );
  }
  const pupilHref = `/schools/${encodeURIComponent(school.schoolId)}/pupils/${encodeURIComponent(concern.data.pupil.id)}`;

  const header = (
    <>
      <PageHeading title={`Concern about ${concern.data.pupil.name}`} caption={school.schoolName} />
      <SummaryList rows={concernRows(concern.data, pupilHref)} />
    </>
  );
  const open = concern.data.status === 'open';

  return (
    <>
      {back}
      <div className="grid-row">
        <div className="column-two-thirds">
          {open && canTriage ? (
            <TriageForm concern={concern.data} listPath={listPath} header={header} />
          ) : (
            <>
              {header}
              {open ? <p>The SENCO has not decided what happens next yet.</p> : null}
            </>
          )}
        </div>
      </div>
    </>
  );
}

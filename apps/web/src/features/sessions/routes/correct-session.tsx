import { SESSION_CORRECTION_DAYS, type LogSessionRequest, type ProvisionSession } from '@sendreg/contracts';
import { useState, type SubmitEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { isApiError } from '../../../lib/api-error';
import { isStaleVersion, type FormProblem } from '../../../lib/form-problem';
import { useSchool } from '../../../lib/school-context';
import { useFormAttempts } from '../../../lib/use-form-attempts';
import { todayIso, type DatePart } from '../../../utils/dates';
import { formatDate } from '../../../utils/format-date';
import { useProvision } from '../api/get-provision';
import { useSession } from '../api/get-session';
import { useCorrectSession } from '../api/session-writes';
import { useGroupOnDate } from '../api/use-group-on-date';
import { SessionForm } from '../components/session-form';
import { DateNotice, PupilsUnknown, SessionProblems } from '../components/session-notices';
import { SessionSummary } from '../components/session-summary';
import { StaleSession } from '../components/stale-session';
import { TitledLoading } from '../components/titled-loading';
import { isAlreadyLogged, saveFailure } from '../session-errors';
import { checkSessionForm, readSessionForm, SESSION_FIELD } from '../session-form';
import { formatDayDate, groupSessionsPath, returnPath } from '../session-format';
import '../sessions.css';

const TITLE = 'Correct a session';
const FIRST_FIELD = `${SESSION_FIELD.heldOn}-day`;

interface CorrectionFormProps {
  session: ProvisionSession;
  groupMinutes: number | undefined;
  onSave: (request: LogSessionRequest, pupilIds: string[]) => void;
  onFail: (problem: FormProblem, parts: DatePart[]) => void;
  problem: FormProblem | null;
  dateErrorParts: DatePart[];
  saving: boolean;
  back: string;
}

/**
 * The session's answers, to change. Its pupils are those listed in it; on another date, or when a
 * cancelled session turns out to have happened, those in the group that day. Remounted on reload.
 */
function CorrectionForm({
  session,
  groupMinutes,
  onSave,
  onFail,
  problem,
  dateErrorParts,
  saving,
  back,
}: CorrectionFormProps) {
  const school = useSchool();
  const today = todayIso();
  const [date, setDate] = useState(session.heldOn);
  const state = useGroupOnDate(school.schoolId, session.provisionId, date);
  const listed = date === session.heldOn && session.status === 'held';
  const pupils = listed
    ? session.attendance.map((row) => row.pupil)
    : state.status === 'ready' && state.group.date === date
      ? state.group.pupils
      : undefined;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const values = readSessionForm(new FormData(event.currentTarget), pupils ?? []);
    const checked = checkSessionForm(values, pupils ?? [], today);
    if (!checked.ok) {
      onFail(checked.problem, checked.dateParts);
      return;
    }
    if (checked.request.status === 'held' && pupils === undefined) {
      setDate(checked.request.heldOn);
      onFail(
        {
          fields: {},
          summary: [
            {
              fieldId: FIRST_FIELD,
              message: `Wait for the pupils in the group on ${formatDate(checked.request.heldOn)} to load, then check who came`,
            },
          ],
        },
        [],
      );
      return;
    }
    onSave(
      checked.request,
      (pupils ?? []).map((pupil) => pupil.id),
    );
  };

  const absent = Object.fromEntries(
    session.attendance.filter((row) => !row.attended).map((row) => [row.pupil.id, row.absenceReason ?? '']),
  );
  return (
    <SessionForm
      initial={{
        date: session.heldOn,
        status: session.status,
        minutes: session.minutes ?? groupMinutes ?? null,
        cancelReason: session.cancelReason,
        note: session.note,
        absent,
      }}
      dateHint="For example, 27 3 2026."
      pupils={pupils}
      pupilsUnknown={
        state.status === 'not-theirs' ? (
          <p>We could not find who was in the group on that date.</p>
        ) : (
          <PupilsUnknown
            date={date}
            error={state.status === 'error' ? state.error : undefined}
            onRetry={state.status === 'error' ? state.retry : undefined}
          />
        )
      }
      dateNotice={
        state.status === 'ready' ? (
          <DateNotice schoolId={school.schoolId} group={state.group} date={date} current={session} />
        ) : null
      }
      onDateChange={(iso) => {
        if (iso <= today) setDate(iso);
      }}
      onSubmit={submit}
      problem={problem}
      dateErrorParts={dateErrorParts}
    >
      <Button type="submit" aria-disabled={saving || undefined}>
        Save correction
      </Button>
      {saving ? <Loading label="Saving the correction" /> : null}
      <p>
        <Link className="touch-link" to={back}>
          Cancel
        </Link>
      </p>
    </SessionForm>
  );
}

/** A session that can be corrected: the form, its errors, and the answer to a stale version. */
function SessionCorrection({
  session,
  groupName,
  groupMinutes,
  back,
  reload,
}: {
  session: ProvisionSession;
  groupName: string | undefined;
  groupMinutes: number | undefined;
  back: string;
  reload: () => Promise<{ isSuccess: boolean }>;
}) {
  const school = useSchool();
  const navigate = useNavigate();
  const correct = useCorrectSession(school.schoolId, session.provisionId, session.id);
  const {
    problem,
    setProblem,
    dateErrorParts,
    attempt,
    setAttempt,
    conflict,
    setConflict,
    fail,
    reloadWith,
  } = useFormAttempts();
  const [alreadyLogged, setAlreadyLogged] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  const save = (request: LogSessionRequest, pupilIds: string[]) => {
    setConflict('none');
    setAlreadyLogged(null);
    setSaveError(null);
    setProblem(null);
    correct.mutate(
      { ...request, version: session.version },
      {
        onSuccess: (saved) => {
          const what = groupName ? `${groupName}'s session` : 'The session';
          void navigate(back, { state: { notice: `${what} on ${formatDate(saved.heldOn)} corrected.` } });
        },
        onError: (error) => {
          if (isStaleVersion(error)) {
            setConflict('stale');
            setAttempt((count) => count + 1);
            return;
          }
          if (isAlreadyLogged(error)) {
            setAlreadyLogged(request.heldOn);
            setAttempt((count) => count + 1);
            return;
          }
          const failure = saveFailure(error, pupilIds);
          if (failure.kind === 'fields') {
            fail(failure.problem, []);
            return;
          }
          setProblem(null);
          setSaveError(failure.message);
          setAttempt((count) => count + 1);
        },
      },
    );
  };

  const failed = Boolean(problem) || saveError !== null || conflict === 'stale' || alreadyLogged !== null;
  return (
    <>
      <StaleSession state={conflict} attempt={attempt} onReload={() => reloadWith(reload)} />
      <SessionProblems
        schoolId={school.schoolId}
        provisionId={session.provisionId}
        groupName={groupName}
        sessionId={undefined}
        attempt={attempt}
        alreadyLogged={alreadyLogged}
        saveError={saveError}
        problem={problem}
      />
      <div className="grid-row">
        <div className="column-two-thirds">
          <PageHeading
            title={TITLE}
            caption={
              groupName ? `${groupName}, ${formatDayDate(session.heldOn)}` : formatDayDate(session.heldOn)
            }
            documentTitle={failed ? `Error: ${TITLE}` : TITLE}
          />
          {session.correctableUntil ? (
            <div className="inset-text">
              <p>You can correct this until {formatDate(session.correctableUntil)}.</p>
            </div>
          ) : null}
          <CorrectionForm
            key={session.version}
            session={session}
            groupMinutes={groupMinutes}
            onSave={save}
            onFail={fail}
            problem={problem}
            dateErrorParts={dateErrorParts}
            saving={correct.isPending}
            back={back}
          />
        </div>
      </div>
    </>
  );
}

/**
 * Correct a logged session (session.write): the same questions as logging it, filled in, saved with
 * the version it was read at. The person who logged it may correct it for a few days, the SENCO at any
 * time; anyone else sees it read only.
 */
export function CorrectSessionPage() {
  const school = useSchool();
  const { provisionId = '', sessionId = '' } = useParams();
  const location = useLocation();
  const session = useSession(school.schoolId, provisionId, sessionId);
  const provision = useProvision(school.schoolId, provisionId);
  const back = returnPath(location.state, school.schoolId, groupSessionsPath(school.schoolId, provisionId));
  const backLink = <BackLink to={back}>Back</BackLink>;

  if (session.isPending) {
    return (
      <div className="session-page">
        {backLink}
        <TitledLoading title={TITLE} label="Loading the session" />
      </div>
    );
  }
  if (session.isError) {
    const notFound = isApiError(session.error, 404) || isApiError(session.error, 403);
    return (
      <div className="session-page">
        {backLink}
        <PageHeading title={notFound ? 'Session not found' : TITLE} caption={school.schoolName} />
        {notFound ? (
          <p>
            We could not find this session. It may be in a group you do not work with.{' '}
            <Link to={groupSessionsPath(school.schoolId, provisionId)}>See the group&rsquo;s sessions</Link>.
          </p>
        ) : (
          <QueryError error={session.error} what="the session" onRetry={() => void session.refetch()} />
        )}
      </div>
    );
  }

  const groupName = provision.data?.name;
  if (!session.data.canCorrect) {
    return (
      <div className="session-page">
        {backLink}
        <div className="grid-row">
          <div className="column-two-thirds">
            <PageHeading
              title={`Session on ${formatDate(session.data.heldOn)}`}
              caption={groupName ?? school.schoolName}
            />
            <div className="inset-text">
              <p>
                You can no longer correct this session. The person who logged it can correct it for{' '}
                {SESSION_CORRECTION_DAYS} days; after that, ask the SENCO if something needs to change.
              </p>
            </div>
            <SessionSummary session={session.data} />
          </div>
        </div>
      </div>
    );
  }
  return (
    <div className="session-page">
      {backLink}
      <SessionCorrection
        session={session.data}
        groupName={groupName}
        groupMinutes={provision.data?.minutes}
        back={back}
        reload={() => session.refetch()}
      />
    </div>
  );
}

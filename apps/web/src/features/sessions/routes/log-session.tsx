import { useRef, useState, type SubmitEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { useSchool } from '../../../lib/school-context';
import { useFormAttempts } from '../../../lib/use-form-attempts';
import { todayIso } from '../../../utils/dates';
import { formatDate } from '../../../utils/format-date';
import { useGroupOnDate } from '../api/use-group-on-date';
import { useLogSession } from '../api/session-writes';
import { DateNotice, PupilsUnknown, SessionProblems } from '../components/session-notices';
import { SessionForm } from '../components/session-form';
import { TitledLoading } from '../components/titled-loading';
import { NotTheirGroup } from '../components/not-their-group';
import {
  idempotencyKeyFor,
  isAlreadyLogged,
  isNotTheirGroup,
  isRetryable,
  saveFailure,
  type UncertainAttempt,
} from '../session-errors';
import { checkSessionForm, readSessionForm, SESSION_FIELD } from '../session-form';
import { weekdaysText } from '../../../utils/words';
import { minutesText, mySessionsPath, returnPath } from '../session-format';
import '../sessions.css';

const TITLE = 'Log a session';

/**
 * Log a session of one group (session.write): the date (today unless changed), whether it happened;
 * if it did, how long and who came (absent pupils with a reason), else why not; and a short note.
 * The pupils of the chosen day come from GET /my-groups?date=. Sent once with an Idempotency-Key, so
 * a retry on a flaky connection never logs it twice.
 */
export function LogSessionPage() {
  const school = useSchool();
  const { schoolId } = school;
  const { provisionId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const today = todayIso();
  const [date, setDate] = useState(today);
  const state = useGroupOnDate(schoolId, provisionId, date);
  const log = useLogSession(schoolId, provisionId);
  const { problem, setProblem, dateErrorParts, attempt, setAttempt, fail } = useFormAttempts();
  const [alreadyLogged, setAlreadyLogged] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  // The last submission whose outcome is unknown (the connection dropped): the same answers resend its key.
  const uncertain = useRef<UncertainAttempt | null>(null);
  const back = returnPath(location.state, schoolId, mySessionsPath(schoolId));
  const backLink = <BackLink to={back}>Back</BackLink>;

  if (refused || state.status === 'not-theirs') {
    return (
      <div className="session-page">
        {backLink}
        <NotTheirGroup schoolId={schoolId} />
      </div>
    );
  }
  if (state.status === 'pending') {
    return (
      <div className="session-page">
        {backLink}
        <TitledLoading title={TITLE} label="Loading the group" />
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="session-page">
        {backLink}
        <PageHeading title={TITLE} caption={school.schoolName} />
        <QueryError error={state.error} what="the group" onRetry={state.retry} />
      </div>
    );
  }

  const { group } = state;
  const { provision } = group;
  const pupilsKnown = group.date === date;
  const pupilIds = pupilsKnown ? group.pupils.map((pupil) => pupil.id) : [];

  const chooseDate = (iso: string) => {
    // Only a day that can be logged: a future date waits for the check on submit.
    if (iso <= today) setDate(iso);
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (log.isPending) return;
    const values = readSessionForm(new FormData(event.currentTarget), pupilsKnown ? group.pupils : []);
    const checked = checkSessionForm(values, pupilsKnown ? group.pupils : [], today);
    setAlreadyLogged(null);
    setSaveError(null);
    if (!checked.ok) {
      fail(checked.problem, checked.dateParts);
      return;
    }
    const { request } = checked;
    if (request.status === 'held' && (!pupilsKnown || request.heldOn !== group.date)) {
      // The pupils on screen are not yet those of the date typed.
      setDate(request.heldOn);
      fail(
        {
          fields: {},
          summary: [
            {
              fieldId: `${SESSION_FIELD.heldOn}-day`,
              message: `Wait for the pupils in the group on ${formatDate(request.heldOn)} to load, then check who came`,
            },
          ],
        },
        [],
      );
      return;
    }
    setProblem(null);
    const body = JSON.stringify(request);
    const idempotencyKey = idempotencyKeyFor(body, uncertain.current);
    uncertain.current = null;
    log.mutate(
      { request, idempotencyKey },
      {
        onSuccess: () => {
          const on = request.heldOn === today ? '' : ` on ${formatDate(request.heldOn)}`;
          void navigate(back, { state: { notice: `Session logged for ${provision.name}${on}.` } });
        },
        onError: (error) => {
          if (isRetryable(error)) uncertain.current = { body, key: idempotencyKey };
          if (isAlreadyLogged(error)) {
            setAlreadyLogged(request.heldOn);
            setAttempt((count) => count + 1);
            // Fetch the day again, to link to the session that is there.
            if (request.heldOn === group.date) void state.refetch();
            else setDate(request.heldOn);
            return;
          }
          if (isNotTheirGroup(error)) {
            setRefused(true);
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

  const failed = Boolean(problem) || saveError !== null || alreadyLogged !== null;
  return (
    <div className="session-page">
      {backLink}
      <SessionProblems
        schoolId={schoolId}
        provisionId={provision.id}
        groupName={provision.name}
        sessionId={group.date === alreadyLogged ? group.session?.id : undefined}
        attempt={attempt}
        alreadyLogged={alreadyLogged}
        saveError={saveError}
        problem={problem}
      />
      <div className="grid-row">
        <div className="column-two-thirds">
          <PageHeading
            title={TITLE}
            caption={provision.name}
            documentTitle={failed ? `Error: ${TITLE}` : TITLE}
          />
          <p className="secondary-text">
            {provision.intervention.name}. {weekdaysText(provision.weekdays)},{' '}
            {minutesText(provision.minutes)}
            {provision.location ? `, ${provision.location}` : ''}.
          </p>
          <SessionForm
            initial={{ date: today, minutes: provision.minutes }}
            pupils={pupilsKnown ? group.pupils : undefined}
            pupilsUnknown={<PupilsUnknown date={date} />}
            dateNotice={<DateNotice schoolId={schoolId} group={group} date={date} />}
            onDateChange={chooseDate}
            onSubmit={submit}
            problem={problem}
            dateErrorParts={dateErrorParts}
          >
            <Button type="submit" aria-disabled={log.isPending || undefined}>
              Save session
            </Button>
            {log.isPaused ? (
              <Loading label="Waiting for a connection. The session will be sent when you are back online" />
            ) : log.isPending ? (
              <Loading label="Saving the session" />
            ) : null}
            <p>
              <Link className="touch-link" to={back}>
                Cancel
              </Link>
            </p>
          </SessionForm>
        </div>
      </div>
    </div>
  );
}

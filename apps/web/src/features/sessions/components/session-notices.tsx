import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { WarningText } from '../../../components/ui/warning-text';
import type { FormProblem } from '../../../lib/form-problem';
import { problemMessage } from '../../../lib/problem-message';
import { formatDate } from '../../../utils/format-date';
import type { GroupOnDate } from '../group-on-date';
import { formatDayDate, groupSessionsPath, sessionPath } from '../session-format';

export interface DateNoticeProps {
  schoolId: string;
  group: GroupOnDate;
  /** The date in the form. */
  date: string;
  /** The session being corrected: not "another session" on its own date, nor news that it was off-schedule. */
  current?: { id: string; heldOn: string };
}

/**
 * What the person should know about the date they chose, said as soon as they type it (a polite live
 * region): a session already logged that day, or a day the group does not usually meet.
 */
export function DateNotice({ schoolId, group, date, current }: DateNoticeProps) {
  const known = group.date === date;
  const other = known && group.session && group.session.id !== current?.id ? group.session : null;
  return (
    <div aria-live="polite">
      {other ? (
        <WarningText title={`A session is already logged for this group on ${formatDayDate(date)}.`}>
          <p>
            <Link className="touch-link" to={sessionPath(schoolId, group.provision.id, other.id)}>
              View or correct that session
            </Link>
          </p>
        </WarningText>
      ) : known && (date < group.provision.startDate || date > group.provision.endDate) ? (
        <div className="inset-text">
          <p>
            {group.provision.name} runs from {formatDate(group.provision.startDate)} to{' '}
            {formatDate(group.provision.endDate)}. Choose a date in that range.
          </p>
        </div>
      ) : known && !group.due && date !== current?.heldOn ? (
        <div className="inset-text">
          <p>
            {group.provision.name} is not scheduled on {formatDayDate(date)}. You can still log a session if
            it met that day.
          </p>
        </div>
      ) : null}
    </div>
  );
}

export interface PupilsUnknownProps {
  date: string;
  error?: unknown;
  onRetry?: () => void;
}

/** In place of the attendance while the pupils of the chosen day load, or if they could not. */
export function PupilsUnknown({ date, error, onRetry }: PupilsUnknownProps) {
  if (error === undefined)
    return <Loading label={`Loading the pupils in the group on ${formatDate(date)}`} />;
  return (
    <div className="error-panel" role="alert">
      <p className="error-panel__title">
        Sorry, we could not load the pupils in the group on {formatDate(date)}.
      </p>
      <p>{problemMessage(error)}</p>
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </div>
  );
}

export interface AlreadyLoggedProps {
  schoolId: string;
  provisionId: string;
  groupName: string | undefined;
  /** The date the refused session was for. */
  date: string;
  /** The session already there, when known. */
  sessionId: string | undefined;
  attempt: number;
}

/**
 * The answer to a 409 when saving: the group already has a session that day (perhaps logged by a
 * colleague, or by this very form on a connection that dropped). It links to that session.
 */
export function AlreadyLogged({
  schoolId,
  provisionId,
  groupName,
  date,
  sessionId,
  attempt,
}: AlreadyLoggedProps) {
  return (
    <ErrorSummary errors={[]} attempt={attempt} title="This session is already logged">
      <p>
        {groupName ?? 'This group'} already has a session logged on {formatDayDate(date)}, so this one has not
        been saved. A group can have one session a day.
      </p>
      <p>
        {sessionId ? (
          <Link to={sessionPath(schoolId, provisionId, sessionId)}>
            View or correct the session on {formatDate(date)}
          </Link>
        ) : (
          <Link to={groupSessionsPath(schoolId, provisionId)}>See the group&rsquo;s sessions</Link>
        )}
      </p>
    </ErrorSummary>
  );
}

export interface SessionProblemsProps extends Omit<AlreadyLoggedProps, 'date'> {
  /** The date of a session refused because one is already logged that day, else null. */
  alreadyLogged: string | null;
  /** A failure to save that belongs to no field (the connection, the server). */
  saveError: string | null;
  problem: FormProblem | null;
}

/** Everything that stopped a session being saved, at the top of the logging and correcting pages. */
export function SessionProblems({ alreadyLogged, saveError, problem, ...logged }: SessionProblemsProps) {
  return (
    <>
      {alreadyLogged !== null ? <AlreadyLogged {...logged} date={alreadyLogged} /> : null}
      {saveError ? (
        <ErrorSummary errors={[]} attempt={logged.attempt}>
          <p>{saveError}</p>
        </ErrorSummary>
      ) : null}
      <ErrorSummary errors={problem?.summary ?? []} attempt={logged.attempt} />
    </>
  );
}

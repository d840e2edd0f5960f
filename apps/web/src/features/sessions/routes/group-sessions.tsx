import { CANCEL_REASON_LABELS, formatPounds, type ProvisionSession } from '@sendreg/contracts';
import { useId } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { PageHeading } from '../../../components/ui/page-heading';
import { Pagination } from '../../../components/ui/pagination';
import { QueryError } from '../../../components/ui/query-error';
import { ResultsCount } from '../../../components/ui/results-count';
import { TableContainer } from '../../../components/ui/table-container';
import { Tag } from '../../../components/ui/tag';
import { isApiError } from '../../../lib/api-error';
import { meets } from '../../../lib/grants';
import { useSchool } from '../../../lib/school-context';
import { useArrivalNotice } from '../../../lib/use-arrival-notice';
import { formatDate } from '../../../utils/format-date';
import { pageFrom, withPage } from '../../../utils/page-param';
import { useGroupSessions } from '../api/get-group-sessions';
import { useProvision } from '../api/get-provision';
import { absentText, sessionAttendedText } from '../session-labels';
import { groupPath, logSessionPath, minutesText, sessionPath } from '../session-format';
import '../sessions.css';

const PAGE_SIZE = 20;

/** A dash for sighted readers, words for screen readers: an empty cell would say nothing. */
function Nothing({ words }: { words: string }) {
  return (
    <span className="secondary-text">
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}

function SessionRow({
  session,
  schoolId,
  showCost,
  showCorrect,
  from,
}: {
  session: ProvisionSession;
  schoolId: string;
  showCost: boolean;
  showCorrect: boolean;
  from: string;
}) {
  const held = session.status === 'held';
  const absent = absentText(session.attendance);
  const sameAdult = session.deliveredBy.id === session.loggedBy.id;
  return (
    <tr>
      <th scope="row">{formatDate(session.heldOn)}</th>
      <td>
        {held ? <Tag colour="green">Held</Tag> : <Tag colour="grey">Cancelled</Tag>}
        <span className="table__secondary">
          {held
            ? session.minutes === null
              ? 'Length not recorded'
              : minutesText(session.minutes)
            : session.cancelReason
              ? CANCEL_REASON_LABELS[session.cancelReason]
              : 'No reason given'}
        </span>
      </td>
      <td>
        {held ? (
          <>
            {sessionAttendedText(session)}
            {absent.length ? <span className="table__secondary">Absent: {absent.join(', ')}</span> : null}
          </>
        ) : (
          <Nothing words="Nobody, cancelled" />
        )}
      </td>
      <td className="session-note">{session.note || <Nothing words="No note" />}</td>
      <td>
        {session.loggedBy.displayName}
        {sameAdult ? null : <span className="table__secondary">for {session.deliveredBy.displayName}</span>}
        <span className="table__secondary">{formatDate(session.loggedAt)}</span>
      </td>
      {showCost ? (
        <td>{session.costPence === null ? <Nothing words="No cost" /> : formatPounds(session.costPence)}</td>
      ) : null}
      {showCorrect ? (
        <td>
          {session.canCorrect ? (
            <Link to={sessionPath(schoolId, session.provisionId, session.id)} state={{ from }}>
              Correct<span className="visually-hidden"> the session on {formatDate(session.heldOn)}</span>
            </Link>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}

/**
 * A group's logged sessions (session.read), newest first and paged: whether each happened, for how
 * long, who came, the note, who logged it, and its cost for those who may see costs; "Correct" where
 * the person still may.
 */
export function GroupSessionsPage() {
  const school = useSchool();
  const { schoolId } = school;
  const { provisionId = '' } = useParams();
  const [search] = useSearchParams();
  const { pathname } = useLocation();
  const notice = useArrivalNotice();
  const captionId = useId();
  const provision = useProvision(schoolId, provisionId);
  const sessions = useGroupSessions(schoolId, provisionId, { page: pageFrom(search), pageSize: PAGE_SIZE });
  const canLog = meets(school.grants, { permission: 'session.write' });
  const groupName = provision.data?.name;
  const here = withPage(pathname, pageFrom(search));

  let body;
  if (sessions.isPending) body = <Loading label="Loading the sessions" />;
  else if (sessions.isError)
    body = isApiError(sessions.error, 404) ? (
      <p>We could not find this group. It may have been removed, or be one you do not work with.</p>
    ) : (
      <QueryError error={sessions.error} what="the sessions" onRetry={() => void sessions.refetch()} />
    );
  else if (sessions.data.items.length === 0)
    body = (
      <EmptyState
        title={
          sessions.data.total === 0
            ? 'No sessions have been logged yet'
            : 'There are no sessions on this page'
        }
      >
        <p>
          The staff who run the group log each session from their &ldquo;Sessions&rdquo; page, on the day or
          later.
        </p>
      </EmptyState>
    );
  else {
    const { items, total, page, pageSize } = sessions.data;
    const showCost = items.some((item) => item.costPence !== null);
    const showCorrect = items.some((item) => item.canCorrect);
    body = (
      <>
        <ResultsCount
          page={page}
          pageSize={pageSize}
          shown={items.length}
          total={total}
          noun={['session', 'sessions']}
        />
        <TableContainer captionId={captionId} busy={sessions.isFetching}>
          <table className="table table--sessions">
            <caption className="table__caption" id={captionId}>
              Sessions{groupName ? ` of ${groupName}` : ''}, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Session</th>
                <th scope="col">Attended</th>
                <th scope="col">Note</th>
                <th scope="col">Logged by</th>
                {showCost ? (
                  <th scope="col" className="numeric">
                    Cost
                  </th>
                ) : null}
                {showCorrect ? (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {items.map((session) => (
                <SessionRow
                  key={session.id}
                  session={session}
                  schoolId={schoolId}
                  showCost={showCost}
                  showCorrect={showCorrect}
                  from={here}
                />
              ))}
            </tbody>
          </table>
        </TableContainer>
        <Pagination
          page={page}
          pageSize={pageSize}
          total={total}
          hrefFor={(target) => withPage(pathname, target)}
        />
      </>
    );
  }

  return (
    <div className="session-page">
      <BackLink to={groupPath(schoolId, provisionId)}>Back to {groupName ?? 'the group'}</BackLink>
      {notice ? (
        <NotificationBanner tone="success" role="status" focus>
          <p className="notification-banner__heading">{notice}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading title="Sessions" caption={groupName ?? school.schoolName} takeFocus={!notice} />
      {canLog ? (
        <p>
          <Link
            className="button button--secondary"
            to={logSessionPath(schoolId, provisionId)}
            state={{ from: here }}
          >
            Log a session
          </Link>
        </p>
      ) : null}
      {body}
    </div>
  );
}

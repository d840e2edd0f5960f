import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { QueryError } from '../../../components/ui/query-error';
import { useSchool } from '../../../lib/school-context';
import { useArrivalNotice } from '../../../lib/use-arrival-notice';
import { todayIso } from '../../../utils/dates';
import { useMyGroups } from '../api/get-my-groups';
import { formatDayDate } from '../session-format';
import { GroupCard } from './group-card';
import '../sessions.css';

/**
 * The TA's groups for today (GET /my-groups): those due today first, each with one big action, then
 * the rest, which can still be logged (a session can move to another day). A session just logged is
 * confirmed at the top.
 */
export function SessionsToday() {
  const school = useSchool();
  const notice = useArrivalNotice();
  const today = todayIso();
  const myGroups = useMyGroups(school.schoolId, today);

  let body;
  if (myGroups.isPending) body = <Loading label="Loading your groups" />;
  else if (myGroups.isError)
    body = <QueryError error={myGroups.error} what="your groups" onRetry={() => void myGroups.refetch()} />;
  else if (myGroups.data.groups.length === 0)
    body = (
      <EmptyState title="You are not running any intervention groups">
        <p>
          When the SENCO adds you to an intervention group, it appears here, and you log each session from
          this page.
        </p>
      </EmptyState>
    );
  else {
    const { groups, date, closure } = myGroups.data;
    const due = groups.filter((group) => group.due);
    const others = groups.filter((group) => !group.due);
    body = (
      <>
        <h2 className="heading-m">Due today</h2>
        {due.length ? (
          <ul className="session-cards" aria-busy={myGroups.isFetching || undefined}>
            {due.map((group) => (
              <GroupCard key={group.provision.id} schoolId={school.schoolId} group={group} date={date} />
            ))}
          </ul>
        ) : closure ? (
          <p>The school is closed today ({closure}), so no sessions are due.</p>
        ) : (
          <p>None of your groups meet today. If you ran a session anyway, log it from the list below.</p>
        )}
        {others.length ? (
          <>
            <h2 className="heading-m">Not scheduled today</h2>
            <p className="secondary-text">
              If one of these groups met today or on another day, you can still log it.
            </p>
            <ul className="session-cards">
              {others.map((group) => (
                <GroupCard key={group.provision.id} schoolId={school.schoolId} group={group} date={date} />
              ))}
            </ul>
          </>
        ) : null}
      </>
    );
  }

  return (
    <section className="panel session-page" aria-label="Sessions today">
      {notice ? (
        <NotificationBanner tone="success" role="status" focus>
          <p className="notification-banner__heading">{notice}</p>
        </NotificationBanner>
      ) : null}
      <p className="lead">{formatDayDate(today)}</p>
      {body}
    </section>
  );
}

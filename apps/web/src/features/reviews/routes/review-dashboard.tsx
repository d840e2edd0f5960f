import type { ReviewDashboard } from '@sendreg/contracts';
import { useLocation } from 'react-router';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { SummaryList } from '../../../components/ui/summary-list';
import { meets } from '../../../lib/grants';
import { useSchool } from '../../../lib/school-context';
import { formatDate } from '../../../utils/format-date';
import { useReviewDashboard } from '../api/get-review-dashboard';
import { DueTable } from '../components/due-table';
import { MeetingsTable } from '../components/meetings-table';
import { ReviewCycleSection } from '../components/review-cycle-section';
import { SummaryFigures } from '../components/summary-figures';
import { WithoutPlanTable } from '../components/without-plan-table';
import { coverageRows, FAR_DAYS, groupDue, NEAR_DAYS } from '../review-lists';
import '../reviews.css';

type Lists = NonNullable<ReviewDashboard['lists']>;

/** The SENCO's lists: what is due in three groups, then the gaps in planning. */
function DashboardLists({ lists, schoolId, from }: { lists: Lists; schoolId: string; from: string }) {
  const due = groupDue(lists.due);
  return (
    <>
      <DueTable
        title="Overdue"
        items={due.overdue}
        empty="Nothing overdue."
        schoolId={schoolId}
        from={from}
      />
      <DueTable
        title={`Due in the next ${String(NEAR_DAYS)} days`}
        items={due.soon}
        empty={`Nothing is due in the next ${String(NEAR_DAYS)} days.`}
        schoolId={schoolId}
        from={from}
      />
      <DueTable
        title={`Due in ${String(NEAR_DAYS + 1)} to ${String(FAR_DAYS)} days`}
        items={due.later}
        empty={`Nothing is due in ${String(NEAR_DAYS + 1)} to ${String(FAR_DAYS)} days.`}
        schoolId={schoolId}
        from={from}
      />
      <WithoutPlanTable rows={lists.withoutActivePlan} schoolId={schoolId} from={from} />
      <MeetingsTable rows={lists.belowMeetingExpectation} schoolId={schoolId} from={from} />
    </>
  );
}

/**
 * Reviews (report.read: the SENCO and the head): support plan reviews and EHCP deadlines overdue and
 * coming up, pupils on the register without an active plan, and pupils who have met the school fewer
 * than three times in a year. The SENCO sees the pupils and sets the review cycle; the head sees
 * the same as counts, without names.
 */
export function ReviewDashboardPage() {
  const school = useSchool();
  const { pathname } = useLocation();
  const dashboard = useReviewDashboard(school.schoolId);
  const writesPlans = meets(school.grants, { permission: 'plan.write' });

  let body;
  if (dashboard.isPending) body = <Loading label="Loading the reviews" />;
  else if (dashboard.isError)
    body = <QueryError error={dashboard.error} what="the reviews" onRetry={() => void dashboard.refetch()} />;
  else {
    const data = dashboard.data;
    body = (
      <>
        <p className="secondary-text">As at {formatDate(data.today)}.</p>
        <SummaryFigures counts={data.counts} />
        {data.lists ? (
          <DashboardLists lists={data.lists} schoolId={school.schoolId} from={pathname} />
        ) : (
          <section className="review-section" aria-labelledby="review-planning-title">
            <h2 className="heading-m" id="review-planning-title">
              Planning
            </h2>
            <SummaryList rows={coverageRows(data.counts)} />
          </section>
        )}
      </>
    );
  }

  return (
    <div className="review-dashboard">
      <PageHeading title="Reviews" caption={school.schoolName} />
      <p className="lead">
        {writesPlans
          ? 'Support plan reviews and EHCP deadlines that are overdue or due in the next 30 days, and the pupils whose planning needs attention.'
          : 'Support plan reviews and EHCP deadlines across the school, as counts. The SENCO sees the pupils behind them.'}
      </p>
      {body}
      {writesPlans ? <ReviewCycleSection schoolId={school.schoolId} /> : null}
    </div>
  );
}

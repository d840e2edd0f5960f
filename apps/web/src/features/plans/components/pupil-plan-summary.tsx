import { use, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { SummaryCard } from '../../../components/ui/summary-card';
import { meets } from '../../../lib/grants';
import { PupilContext } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { todayIso } from '../../../utils/dates';
import { formatDate } from '../../../utils/format-date';
import { useCurrentPlan, usePlanStrategies } from '../api/get-current-plan';
import { reviewDueText } from '../plan-dates';
import { plural } from '../plan-text';

/** Strategies shown on the pupil page; the rest are on the plan. */
const FIRST_STRATEGIES = 3;

/** "Support plan: cycle 2, next review 12 March 2027 (in 9 days)". */
function planLine(cycle: number, reviewDate: string | null, today: string): string {
  const review = reviewDate
    ? `next review ${formatDate(reviewDate)} (${reviewDueText(reviewDate, today)})`
    : 'no review date set';
  return `Support plan: cycle ${String(cycle)}, ${review}`;
}

function Strategies({ strategies }: { strategies: readonly string[] }) {
  if (strategies.length === 0) return null;
  const more = strategies.length - FIRST_STRATEGIES;
  return (
    <>
      <h3 className="heading-s">How to support them in class</h3>
      <ul className="list list--bullet">
        {strategies.slice(0, FIRST_STRATEGIES).map((strategy, index) => (
          <li key={index}>{strategy}</li>
        ))}
      </ul>
      {more > 0 ? (
        <p className="secondary-text">And {plural(more, 'more strategy', 'more strategies')} on the plan.</p>
      ) : null}
    </>
  );
}

function Card({ children, linkState }: { children: ReactNode; linkState: unknown }) {
  return (
    <SummaryCard
      title="Support plan"
      actions={[
        <Link key="plan" to="plan" state={linkState}>
          View support plan
        </Link>,
      ]}
    >
      <div className="plan-summary">{children}</div>
    </SummaryCard>
  );
}

/** For class staff (plan read for their own pupils, or strategies only): one light request. */
function ClassStaffSummary({
  schoolId,
  pupilId,
  linkState,
}: {
  schoolId: string;
  pupilId: string;
  linkState: unknown;
}) {
  const strategies = usePlanStrategies(schoolId, pupilId);
  if (strategies.isPending) return <Loading label="Loading the support plan" />;
  if (strategies.isError)
    return (
      <QueryError
        error={strategies.error}
        what="the support plan"
        onRetry={() => void strategies.refetch()}
      />
    );
  const data = strategies.data;
  return (
    <Card linkState={linkState}>
      {data.planId === null || data.cycle === null ? (
        <p>No support plan yet.</p>
      ) : (
        <>
          <p className="plan-summary__line">{planLine(data.cycle, data.reviewDate, todayIso())}</p>
          <Strategies strategies={data.strategies} />
        </>
      )}
    </Card>
  );
}

/** For the SENCO and the head: the current plan, and for the SENCO the draft or a way to start one. */
function WholeSchoolSummary({
  schoolId,
  pupilId,
  canWrite,
  linkState,
}: {
  schoolId: string;
  pupilId: string;
  canWrite: boolean;
  linkState: unknown;
}) {
  const current = useCurrentPlan(schoolId, pupilId);
  if (current.isPending) return <Loading label="Loading the support plan" />;
  if (current.isError)
    return (
      <QueryError error={current.error} what="the support plan" onRetry={() => void current.refetch()} />
    );
  const { active, draft } = current.data;
  return (
    <Card linkState={linkState}>
      {active ? (
        <p className="plan-summary__line">{planLine(active.cycle, active.reviewDate, todayIso())}</p>
      ) : (
        <p>No active support plan.</p>
      )}
      {canWrite && draft ? (
        <p>
          A draft for cycle {draft.cycle} is being written.{' '}
          <Link to={`plan/${draft.id}/edit`} state={linkState}>
            Continue the draft
          </Link>
        </p>
      ) : null}
      {canWrite && !active && !draft ? (
        <p>
          <Link className="button button--secondary" to="plan/new" state={linkState}>
            Start a plan
          </Link>
        </p>
      ) : null}
    </Card>
  );
}

/**
 * The pupil's support plan on their page (plan.strategies.read). Teachers and teaching assistants get
 * it from the strategies request (the only one a TA may make); the SENCO and head from the current plan.
 */
export function PupilPlanSummary({ schoolId, pupilId }: { schoolId: string; pupilId: string }) {
  const school = useSchool();
  // The pupil page is inside the pupil's route; its history state keeps "Back" working from the plan.
  const linkState = use(PupilContext)?.state;
  const wholeSchool = meets(school.grants, { permission: 'plan.read', scope: 'all' });
  const canWrite = meets(school.grants, { permission: 'plan.write' });
  return wholeSchool ? (
    <WholeSchoolSummary schoolId={schoolId} pupilId={pupilId} canWrite={canWrite} linkState={linkState} />
  ) : (
    <ClassStaffSummary schoolId={schoolId} pupilId={pupilId} linkState={linkState} />
  );
}

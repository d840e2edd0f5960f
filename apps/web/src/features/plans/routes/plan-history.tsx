import type { PlanReview, PlanSummary } from '@sendreg/contracts';
import { useLocation } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { SummaryList } from '../../../components/ui/summary-list';
import { useCurrentPupil } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { formatDate } from '../../../utils/format-date';
import { pupilName } from '../../../utils/pupil-name';
import { usePlans, useReviews } from '../api/get-plan-history';
import { PlanRevisions } from '../components/plan-revisions';
import { PlanStatusTag } from '../components/plan-status-tag';
import { ReviewSummary } from '../components/review-summary';
import { closedReasonText } from '../plan-comments';
import { formatDateTime } from '../plan-dates';
import { plural } from '../plan-text';
import '../plans.css';

function PlanEntry({
  schoolId,
  pupilId,
  plan,
  review,
}: {
  schoolId: string;
  pupilId: string;
  plan: PlanSummary;
  review: PlanReview | undefined;
}) {
  const titleId = `plan-cycle-${String(plan.cycle)}`;
  return (
    <section className="plan-history__plan" aria-labelledby={titleId}>
      <h2 className="heading-m plan-history__title" id={titleId}>
        Cycle {plan.cycle} <PlanStatusTag status={plan.status} />
      </h2>
      <SummaryList
        rows={[
          { key: 'Started', value: plan.startedOn ? formatDate(plan.startedOn) : 'Not started (a draft)' },
          {
            key: plan.status === 'closed' ? 'Review was due' : 'Review due',
            value: plan.reviewDate ? formatDate(plan.reviewDate) : 'Not set',
          },
          {
            key: 'Review held',
            value: plan.reviewHeldOn ? formatDate(plan.reviewHeldOn) : 'Not yet',
          },
          ...(plan.closedOn
            ? [
                {
                  key: 'Closed',
                  value: `${formatDate(plan.closedOn)}: ${closedReasonText(plan.closedReason)}`,
                },
              ]
            : []),
          { key: 'Outcomes', value: plural(plan.outcomes, 'outcome', 'outcomes') },
          { key: 'Last saved', value: formatDateTime(plan.updatedAt) },
        ]}
      />
      {review ? (
        <ReviewSummary review={review} level={3} />
      ) : plan.status === 'closed' ? (
        <p className="secondary-text">Closed without a review.</p>
      ) : null}
      <PlanRevisions schoolId={schoolId} pupilId={pupilId} plan={plan} />
    </section>
  );
}

/**
 * Every plan of a pupil (plan.read), newest cycle first, each with its review: the rating of each
 * outcome, who came, what was decided. Each plan's revisions open below it.
 */
export function PlanHistoryPage() {
  const school = useSchool();
  const { pupil, path } = useCurrentPupil();
  const location = useLocation();
  const name = pupilName(pupil);
  const plans = usePlans(school.schoolId, pupil.id);
  const reviews = useReviews(school.schoolId, pupil.id);

  let body;
  if (plans.isPending || reviews.isPending) body = <Loading label="Loading the plans and reviews" />;
  else if (plans.isError)
    body = <QueryError error={plans.error} what="the plans" onRetry={() => void plans.refetch()} />;
  else if (reviews.isError)
    body = <QueryError error={reviews.error} what="the reviews" onRetry={() => void reviews.refetch()} />;
  else if (plans.data.length === 0)
    body = (
      <EmptyState title={`There are no support plans for ${name} yet`}>
        <p>Plans and their reviews are listed here once the first plan is written.</p>
      </EmptyState>
    );
  else {
    const ordered = [...plans.data].sort((a, b) => b.cycle - a.cycle);
    const held = reviews.data.length;
    body = (
      <>
        <p>
          {plural(ordered.length, 'plan', 'plans')}, {plural(held, 'review', 'reviews')} held.
        </p>
        {ordered.map((plan) => (
          <PlanEntry
            key={plan.id}
            schoolId={school.schoolId}
            pupilId={pupil.id}
            plan={plan}
            review={reviews.data.find((review) => review.planId === plan.id)}
          />
        ))}
      </>
    );
  }

  return (
    <div className="plan-page">
      <BackLink to={`${path}/plan`} state={location.state}>
        Back to {name}&rsquo;s support plan
      </BackLink>
      <PageHeading title={`${name}’s plans and reviews`} caption={school.schoolName} />
      {body}
    </div>
  );
}

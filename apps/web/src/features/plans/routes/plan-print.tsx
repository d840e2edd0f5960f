import { yearGroupLabel } from '@sendreg/contracts';
import { useLocation } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { useCurrentPupil } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { todayIso } from '../../../utils/dates';
import { formatDate } from '../../../utils/format-date';
import { pupilName } from '../../../utils/pupil-name';
import { useCurrentPlan } from '../api/get-current-plan';
import { useReviews } from '../api/get-plan-history';
import { PlanContentView } from '../components/plan-sections';
import { ReviewSummary } from '../components/review-summary';
import { planFormat } from '../plan-content';
import { formatDateTime } from '../plan-dates';
import '../plans.css';

function printPage() {
  window.print();
}

/**
 * The current plan on A4, with every review held, to print for a meeting or the pupil's file
 * (plan.read). On screen it shows the sheet and a "Print this plan" button; the print style sheet
 * leaves only the sheet, black on white, with no outcome broken across two pages.
 */
export function PlanPrintPage() {
  const school = useSchool();
  const { pupil, path } = useCurrentPupil();
  const location = useLocation();
  const name = pupilName(pupil);
  const current = useCurrentPlan(school.schoolId, pupil.id);
  const reviews = useReviews(school.schoolId, pupil.id);

  let body;
  if (current.isPending || reviews.isPending) body = <Loading label="Loading the plan to print" />;
  else if (current.isError)
    body = (
      <QueryError error={current.error} what="the support plan" onRetry={() => void current.refetch()} />
    );
  else if (reviews.isError)
    body = <QueryError error={reviews.error} what="the reviews" onRetry={() => void reviews.refetch()} />;
  else if (!current.data.active)
    body = (
      <EmptyState title={`${name} has no active support plan to print`}>
        <p>Earlier plans and their reviews are in the plans and reviews.</p>
      </EmptyState>
    );
  else {
    const plan = current.data.active;
    const format = planFormat(plan.format);
    const held = reviews.data;
    body = (
      <>
        <div className="button-group plan-print__actions">
          <Button onClick={printPage}>Print this plan</Button>
        </div>
        <article className="plan-print" aria-labelledby="plan-sheet-name">
          <header className="plan-sheet__header">
            <p className="plan-sheet__kind">
              {format.label} &middot; {school.schoolName}
            </p>
            <h2 className="plan-sheet__name" id="plan-sheet-name">
              {name}
            </h2>
            <dl className="plan-sheet__facts">
              <div>
                <dt>Year group</dt>
                <dd>{yearGroupLabel(pupil.yearGroup)}</dd>
              </div>
              {pupil.className ? (
                <div>
                  <dt>Class</dt>
                  <dd>{pupil.className}</dd>
                </div>
              ) : null}
              <div>
                <dt>Date of birth</dt>
                <dd>{formatDate(pupil.dateOfBirth)}</dd>
              </div>
              <div>
                <dt>Cycle</dt>
                <dd>{plan.cycle}</dd>
              </div>
              <div>
                <dt>Started</dt>
                <dd>{plan.startedOn ? formatDate(plan.startedOn) : 'Not started'}</dd>
              </div>
              <div>
                <dt>Next review</dt>
                <dd>{plan.reviewDate ? formatDate(plan.reviewDate) : 'Not set'}</dd>
              </div>
            </dl>
          </header>
          <PlanContentView
            format={format}
            content={plan.content}
            linkedProvisions={plan.linkedProvisions}
            level={3}
          />
          <section className="plan-print__reviews" aria-labelledby="plan-print-reviews">
            <h3 className="heading-m" id="plan-print-reviews">
              Review history
            </h3>
            {held.length ? (
              held.map((review) => (
                <ReviewSummary key={review.id} review={review} level={4} showComments={false} />
              ))
            ) : (
              <p>No reviews have been held yet.</p>
            )}
          </section>
          <p className="plan-sheet__footer">
            Printed {formatDate(todayIso())}. Last saved {formatDateTime(plan.updatedAt)}
            {plan.updatedBy ? ` by ${plan.updatedBy.displayName}` : ''}.
          </p>
        </article>
      </>
    );
  }

  return (
    <div className="plan-print-page">
      <BackLink to={`${path}/plan`} state={location.state}>
        Back to {name}&rsquo;s support plan
      </BackLink>
      <PageHeading title={`Print ${name}’s support plan`} caption={school.schoolName} />
      {body}
    </div>
  );
}

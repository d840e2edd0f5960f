import type { CurrentPlan, PlanSection, SupportPlan } from '@sendreg/contracts';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { meets } from '../../../lib/grants';
import { useCurrentPupil } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { useArrivalNotice } from '../../../lib/use-arrival-notice';
import { todayIso } from '../../../utils/dates';
import { formatDate } from '../../../utils/format-date';
import { pupilName } from '../../../utils/pupil-name';
import { useCurrentPlan, usePlanStrategies } from '../api/get-current-plan';
import { usePlanSettings } from '../api/get-plan-settings';
import { ClosePlan } from '../components/close-plan';
import { DraftPanel } from '../components/draft-panel';
import { PlanComments } from '../components/plan-comments';
import { PlanMeta } from '../components/plan-meta';
import { PlanSectionView } from '../components/plan-sections';
import { classStaffSections, planFormat } from '../plan-content';
import {
  formatDateTime,
  isReviewSoon,
  reviewDueText,
  reviewIntervalText,
  reviewsPerYearText,
} from '../plan-dates';
import '../plans.css';

function inClassTitle(name: string): string {
  return `How to support ${name} in class`;
}

/** For a teaching assistant: the strategies only, from the one plan request they may make. */
function StrategiesOnly({ schoolId, pupilId, name }: { schoolId: string; pupilId: string; name: string }) {
  const strategies = usePlanStrategies(schoolId, pupilId);
  const today = todayIso();
  if (strategies.isPending) return <Loading label="Loading the strategies" />;
  if (strategies.isError) {
    return (
      <QueryError error={strategies.error} what="the strategies" onRetry={() => void strategies.refetch()} />
    );
  }
  const data = strategies.data;
  if (data.planId === null) {
    return (
      <EmptyState title={`There is no support plan for ${name} yet`}>
        <p>
          The SENCO writes support plans with {name} and their parents. The strategies for staff in class will
          show here once there is one.
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <section className="plan-section plan-section--class" aria-labelledby="plan-in-class">
        <h2 className="heading-m" id="plan-in-class">
          {inClassTitle(name)}
        </h2>
        {data.strategies.length ? (
          <ul className="list list--bullet plan-list">
            {data.strategies.map((strategy, index) => (
              <li key={index}>{strategy}</li>
            ))}
          </ul>
        ) : (
          <p className="secondary-text">The plan has no strategies for staff in class yet.</p>
        )}
      </section>
      <p className="plan-meta__review">
        <strong>Next review: {data.reviewDate ? formatDate(data.reviewDate) : 'not set'}</strong>
        {data.reviewDate ? ` (${reviewDueText(data.reviewDate, today)})` : ''}
      </p>
      {data.updatedAt ? (
        <p className="secondary-text">
          Cycle {data.cycle ?? ''}, last updated {formatDateTime(data.updatedAt)}.
        </p>
      ) : null}
    </>
  );
}

interface FullPlanProps {
  schoolId: string;
  pupilId: string;
  name: string;
  current: CurrentPlan;
  canWrite: boolean;
  canComment: boolean;
  /** Teachers (plan.read for their own pupils): the class staff's sections come first. */
  classStaffFirst: boolean;
  linkState: unknown;
  onDone: (message: string) => void;
}

/**
 * The active plan's sections. For a teacher they come in two parts: how to support the pupil in class
 * (the format's sections for class staff) at the top of the page, then the rest below.
 */
function ActivePlanSections({
  plan,
  name,
  part,
}: {
  plan: SupportPlan;
  name: string;
  part: 'all' | 'class' | 'rest';
}) {
  const format = planFormat(plan.format);
  const forClass = classStaffSections(format);
  const section = (each: PlanSection, title?: string) => (
    <PlanSectionView
      key={each.key}
      section={each}
      content={plan.content}
      linkedProvisions={plan.linkedProvisions}
      level={2}
      title={title}
      highlight={title !== undefined}
    />
  );
  if (part === 'all') return <>{format.sections.map((each) => section(each))}</>;
  if (part === 'rest')
    return <>{format.sections.filter((each) => !each.forClassStaff).map((each) => section(each))}</>;
  if (forClass.length === 1 && forClass[0]) return section(forClass[0], inClassTitle(name));
  if (forClass.length === 0) return null;
  return (
    <section className="plan-section plan-section--class" aria-labelledby="plan-in-class">
      <h2 className="heading-m" id="plan-in-class">
        {inClassTitle(name)}
      </h2>
      {forClass.map((each) => (
        <PlanSectionView
          key={each.key}
          section={each}
          content={plan.content}
          linkedProvisions={plan.linkedProvisions}
          level={3}
        />
      ))}
    </section>
  );
}

/** The SENCO's actions on the active plan, with the review as the main one when it is near or past. */
function WriterActions({
  schoolId,
  pupilId,
  plan,
  today,
  linkState,
  onDone,
}: {
  schoolId: string;
  pupilId: string;
  plan: SupportPlan;
  today: string;
  linkState: unknown;
  onDone: (message: string) => void;
}) {
  const [closing, setClosing] = useState(false);
  const closeButton = useRef<HTMLButtonElement>(null);
  const soon = isReviewSoon(plan.reviewDate, today);
  const settings = usePlanSettings(schoolId);
  return (
    <>
      <div className="button-group plan-actions">
        <Link
          className={soon ? 'button' : 'button button--secondary'}
          to={`${plan.id}/review`}
          state={linkState}
        >
          Record the review
        </Link>
        <Link
          className={soon ? 'button button--secondary' : 'button'}
          to={`${plan.id}/edit`}
          state={linkState}
        >
          Edit plan
        </Link>
        <Button
          ref={closeButton}
          variant="secondary"
          aria-expanded={closing}
          aria-controls={closing ? 'close-plan' : undefined}
          onClick={() => {
            setClosing((open) => !open);
          }}
        >
          Close plan
        </Button>
      </div>
      {settings.data ? (
        <p className="hint plan-cycle-hint">
          {`The school's review cycle: ${reviewsPerYearText(settings.data.reviewsPerYear)} (${reviewIntervalText(settings.data.reviewsPerYear)}). Recording the review starts the next cycle, and its review date follows from the day the meeting is held.`}
        </p>
      ) : null}
      {closing ? (
        <ClosePlan
          schoolId={schoolId}
          pupilId={pupilId}
          plan={plan}
          onClosed={onDone}
          onCancel={() => {
            setClosing(false);
            closeButton.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}

function FullPlan({
  schoolId,
  pupilId,
  name,
  current,
  canWrite,
  canComment,
  classStaffFirst,
  linkState,
  onDone,
}: FullPlanProps) {
  const today = todayIso();
  const { active, draft } = current;
  const draftPanel =
    canWrite && draft ? (
      <DraftPanel
        schoolId={schoolId}
        pupilId={pupilId}
        draft={draft}
        active={active}
        linkState={linkState}
        onActivated={onDone}
      />
    ) : null;
  return (
    <>
      {active && classStaffFirst ? <ActivePlanSections plan={active} name={name} part="class" /> : null}
      {active ? (
        <>
          <PlanMeta plan={active} today={today} />
          {canWrite ? (
            <WriterActions
              schoolId={schoolId}
              pupilId={pupilId}
              plan={active}
              today={today}
              linkState={linkState}
              onDone={onDone}
            />
          ) : null}
          {draftPanel}
        </>
      ) : (
        <>
          <EmptyState
            title={draft ? `${name} has no active support plan` : `There is no support plan for ${name} yet`}
          >
            {canWrite ? (
              draft ? (
                <p>Finish the draft with {name} and their parents, then make it active.</p>
              ) : (
                <>
                  <p>
                    Write the plan with {name} and their parents: the outcomes, the strategies for staff in
                    class, the provision and a review date.
                  </p>
                  <p>
                    <Link className="button" to="new" state={linkState}>
                      Start a new plan
                    </Link>
                  </p>
                </>
              )
            ) : (
              <p>
                The SENCO writes support plans with {name} and their parents. It will show here once it is
                active.
              </p>
            )}
          </EmptyState>
          {draftPanel}
        </>
      )}
      <ul className="plain-list plan-links">
        {active ? (
          <li>
            <Link to="print" state={linkState}>
              Print<span className="visually-hidden"> {name}&rsquo;s support plan</span>
            </Link>
          </li>
        ) : null}
        <li>
          <Link to="history" state={linkState}>
            Plans and reviews
          </Link>
        </li>
      </ul>
      {active ? (
        <>
          <ActivePlanSections plan={active} name={name} part={classStaffFirst ? 'rest' : 'all'} />
          <PlanComments schoolId={schoolId} pupilId={pupilId} plan={active} canComment={canComment} />
        </>
      ) : null}
    </>
  );
}

/**
 * A pupil's support plan (plan.strategies.read). A teaching assistant sees how to support the pupil in
 * class, and nothing else; a teacher sees that first, then the whole plan and the comments; the head
 * reads it all; the SENCO writes it, records the review and keeps the draft of the next plan.
 */
export function PlanPage() {
  const school = useSchool();
  const { pupil, path, state } = useCurrentPupil();
  const arrival = useArrivalNotice();
  const [done, setDone] = useState<{ message: string; key: number } | null>(null);
  const name = pupilName(pupil);
  const canRead = meets(school.grants, { permission: 'plan.read' });
  const canWrite = meets(school.grants, { permission: 'plan.write' });
  const canComment = meets(school.grants, { permission: 'plan.comment' });
  const classStaffFirst = meets(school.grants, { permission: 'plan.read', scope: 'own' });
  const current = useCurrentPlan(school.schoolId, pupil.id, { enabled: canRead });
  const notice = done?.message ?? arrival;

  let body;
  if (!canRead) body = <StrategiesOnly schoolId={school.schoolId} pupilId={pupil.id} name={name} />;
  else if (current.isPending) body = <Loading label="Loading the support plan" />;
  else if (current.isError)
    body = (
      <QueryError error={current.error} what="the support plan" onRetry={() => void current.refetch()} />
    );
  else
    body = (
      <FullPlan
        schoolId={school.schoolId}
        pupilId={pupil.id}
        name={name}
        current={current.data}
        canWrite={canWrite}
        canComment={canComment}
        classStaffFirst={classStaffFirst}
        linkState={state}
        onDone={(message) => {
          setDone((before) => ({ message, key: (before?.key ?? 0) + 1 }));
        }}
      />
    );

  return (
    <div className="plan-page">
      <BackLink to={path} state={state}>
        Back to {name}
      </BackLink>
      {notice ? (
        <NotificationBanner key={done?.key ?? 0} tone="success" role="status" focus>
          <p className="notification-banner__heading">{notice}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading title={`${name}’s support plan`} caption={school.schoolName} takeFocus={!notice} />
      {body}
    </div>
  );
}

import { addMonths, addWeeks, ageOn, daysBetween } from './calendar';
import { addDays } from './costing';
import {
  CLOCK_DUE_SOON_DAYS,
  type ClockStep,
  type ClockStepKey,
  type ClockStepStatus,
  type EhcpClock,
  type EhcpDates,
} from './ehcp';

/**
 * The EHCP statutory clock (DOMAIN.md, "Education, Health and Care plans"): every deadline that
 * follows from the dates the school knows, as a timeline in three stages.
 *
 * Needs assessment (only once the request date is known; every week counts from it):
 * - the LA decides whether to assess within 6 weeks of the request;
 * - professionals have 6 weeks to give advice from being asked, which is when the LA decides to
 *   assess (until that decision the step waits);
 * - the LA decides whether to issue a plan and sends the draft within 16 weeks of the request;
 * - parents have 15 calendar days from the draft to comment (the step waits for the draft);
 * - the final plan is due within 20 weeks of the request.
 * A refusal to assess makes every later assessment step "does not apply"; so does a decision not to
 * issue for the draft, the parents' comments and the final plan.
 *
 * Annual review (only once a final plan is issued): the next meeting is due 12 months after the last
 * one held (the final plan before any), or 6 months when the child is under 5 on that day. The law
 * says "every 3 to 6 months" for under-5s: the clock shows the latest date the law allows. Reports go
 * out at least 2 weeks before a booked meeting; after a meeting is held, the school sends its review
 * report within 2 weeks and the LA decides whether to amend within 4 weeks.
 *
 * Phase transfer: the amended plan is due by 15 February of the year of transfer, or 31 March for
 * secondary to post-16.
 *
 * Readings chosen where the rules or the data leave room, so that no deadline is ever hidden:
 * - "Within 12 months" ends on the anniversary, or the last day of the month when the anniversary
 *   does not exist (addMonths): 29 February + 12 months is 28 February, never 1 March.
 * - A step with no date recorded keeps its deadline even once a later step is done (e.g. a final
 *   plan issued with no date for the parents' comments): the clock cannot know the step was met, so
 *   it shows it, and the school fills in the date.
 * - A date recorded for a step that has no deadline yet (advice received before the decision to
 *   assess is recorded) counts as done.
 * - A decision date recorded without the decision itself starts the advice clock all the same.
 * - Without a usable date of birth the child is not taken to be under 5 (the pupil record always has
 *   one; this only guards odd data).
 * - The clock never throws: a date that is not a real YYYY-MM-DD date is treated as not known, and a
 *   transfer year that is not a whole number leaves the phase transfer out. Checking that the dates
 *   make sense together is the API's job, not the clock's.
 */
export function ehcpClock(record: EhcpDates, dateOfBirth: string | null, today: string): EhcpClock {
  const r = cleanDates(record);
  const steps: ClockStep[] = [];
  const step = (
    key: ClockStepKey,
    stage: ClockStep['stage'],
    rule: string,
    dueOn: string | null,
    doneOn: string | null,
    notApplicable = false,
  ) => steps.push(makeStep(key, stage, rule, notApplicable ? null : dueOn, doneOn, today, notApplicable));

  if (r.requestedOn) {
    const refused = record.assessDecision === 'refuse';
    const notIssued = refused || record.issueDecision === 'not-issue';
    step(
      'assess-decision',
      'assessment',
      'Within 6 weeks of the request',
      addWeeks(r.requestedOn, 6),
      r.assessDecisionOn,
    );
    step(
      'advice',
      'assessment',
      'Within 6 weeks of the professionals being asked, when the LA decides to assess',
      r.assessDecisionOn && addWeeks(r.assessDecisionOn, 6),
      r.adviceReceivedOn,
      refused,
    );
    step(
      'draft-plan',
      'assessment',
      'Within 16 weeks of the request the LA decides whether to issue a plan and sends the draft',
      addWeeks(r.requestedOn, 16),
      r.draftIssuedOn,
      notIssued,
    );
    step(
      'parent-comments',
      'assessment',
      'Parents have 15 calendar days from the draft to comment and name a school',
      r.draftIssuedOn && addDays(r.draftIssuedOn, 15),
      r.parentCommentsOn,
      notIssued,
    );
    step(
      'final-plan',
      'assessment',
      'Within 20 weeks of the request',
      addWeeks(r.requestedOn, 20),
      r.finalIssuedOn,
      notIssued,
    );
  }

  let annualReviewDueBy: string | null = null;
  let underFive = false;
  if (r.finalIssuedOn) {
    const start = r.lastAnnualReviewOn ?? r.finalIssuedOn;
    underFive = dateOfBirth !== null && isDate(dateOfBirth) && ageOn(dateOfBirth, start) < 5;
    annualReviewDueBy = addMonths(start, underFive ? 6 : 12);
    step(
      'annual-review',
      'annual-review',
      underFive
        ? `At least every 6 months for a child under 5, from the ${r.lastAnnualReviewOn ? 'last review' : 'final plan'}`
        : `At least every 12 months, from the ${r.lastAnnualReviewOn ? 'last review' : 'final plan'}`,
      annualReviewDueBy,
      null,
    );
    if (r.nextAnnualReviewMeetingOn) {
      step(
        'review-papers',
        'annual-review',
        'Reports sent to everyone invited at least 2 weeks before the meeting',
        addDays(r.nextAnnualReviewMeetingOn, -14),
        r.reviewPapersSentOn,
      );
    }
    if (r.lastAnnualReviewOn) {
      step(
        'review-report',
        'annual-review',
        'The school sends its review report within 2 weeks after the meeting',
        addDays(r.lastAnnualReviewOn, 14),
        r.reviewReportSentOn,
      );
      step(
        'amend-decision',
        'annual-review',
        'The LA decides within 4 weeks of the meeting whether to amend the plan',
        addDays(r.lastAnnualReviewOn, 28),
        r.amendDecisionOn,
      );
    }
  }

  const year = record.transferYear;
  if (
    record.phaseTransfer &&
    typeof year === 'number' &&
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999
  ) {
    const post16 = record.phaseTransfer === 'secondary-to-post16';
    step(
      'phase-transfer',
      'phase-transfer',
      post16
        ? 'The amended plan is issued by 31 March of the year of transfer'
        : 'The amended plan is issued by 15 February of the year of transfer',
      `${String(year).padStart(4, '0')}-${post16 ? '03-31' : '02-15'}`,
      r.amendedPlanIssuedOn,
    );
  }

  return {
    today,
    steps,
    annualReviewDueBy,
    underFive,
    overdue: steps.filter((s) => s.status === 'overdue').length,
    dueSoon: steps.filter((s) => s.status === 'due-soon').length,
  };
}

/** The label of each step, in the school's words. */
export const CLOCK_STEP_LABELS: Record<ClockStepKey, string> = {
  'assess-decision': 'Decision whether to assess',
  advice: 'Advice from professionals',
  'draft-plan': 'Draft plan',
  'parent-comments': "Parents' comments on the draft",
  'final-plan': 'Final plan issued',
  'annual-review': 'Annual review meeting',
  'review-papers': 'Reports sent out before the review',
  'review-report': 'Review report sent to the LA',
  'amend-decision': 'LA decision whether to amend the plan',
  'phase-transfer': 'Amended plan for the phase transfer',
};

/**
 * A step's status from its deadline and the day it was done (DOMAIN.md): done by the deadline, done
 * late, or not done yet and overdue, due within CLOCK_DUE_SOON_DAYS (today included), or later.
 */
export function clockStepStatus(
  dueOn: string | null,
  doneOn: string | null,
  today: string,
): { status: ClockStepStatus; daysLate: number } {
  if (doneOn) {
    if (!dueOn || doneOn <= dueOn) return { status: 'done', daysLate: 0 };
    return { status: 'done-late', daysLate: daysBetween(dueOn, doneOn) };
  }
  if (!dueOn) return { status: 'waiting', daysLate: 0 };
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return { status: 'overdue', daysLate: -daysLeft };
  if (daysLeft <= CLOCK_DUE_SOON_DAYS) return { status: 'due-soon', daysLate: 0 };
  return { status: 'upcoming', daysLate: 0 };
}

function makeStep(
  key: ClockStepKey,
  stage: ClockStep['stage'],
  rule: string,
  dueOn: string | null,
  doneOn: string | null,
  today: string,
  notApplicable: boolean,
): ClockStep {
  const { status, daysLate } = notApplicable
    ? { status: 'not-applicable' as const, daysLate: 0 }
    : clockStepStatus(dueOn, doneOn, today);
  return { key, stage, label: CLOCK_STEP_LABELS[key], rule, dueOn, doneOn, status, daysLate };
}

const DATE_KEYS = [
  'requestedOn',
  'assessDecisionOn',
  'adviceReceivedOn',
  'draftIssuedOn',
  'parentCommentsOn',
  'finalIssuedOn',
  'lastAnnualReviewOn',
  'nextAnnualReviewMeetingOn',
  'reviewPapersSentOn',
  'reviewReportSentOn',
  'amendDecisionOn',
  'amendedPlanIssuedOn',
] as const;

type DateKey = (typeof DATE_KEYS)[number];

/** The record's dates, each a real YYYY-MM-DD date or null. */
function cleanDates(record: EhcpDates): Record<DateKey, string | null> {
  return Object.fromEntries(
    DATE_KEYS.map((key) => {
      const value = (record as Partial<EhcpDates>)[key];
      return [key, typeof value === 'string' && isDate(value) ? value : null];
    }),
  ) as Record<DateKey, string | null>;
}

/** Whether a string is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

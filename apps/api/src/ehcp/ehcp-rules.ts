import type { EhcpDates } from '@sendreg/contracts';
import type { FieldError } from '../platform/http/problem';
import { longDate } from '../provision/sessions.rules';

export type EhcpDateField = Exclude<
  keyof EhcpDates,
  'assessDecision' | 'issueDecision' | 'phaseTransfer' | 'transferYear'
>;

/** Each date as a SENCO names it, to start a sentence. */
export const EHCP_DATE_NAMES: Record<EhcpDateField, string> = {
  requestedOn: 'The date of the request',
  assessDecisionOn: 'The date of the decision whether to assess',
  adviceReceivedOn: 'The date the advice arrived',
  draftIssuedOn: 'The date of the draft plan',
  parentCommentsOn: "The date of the parents' comments",
  finalIssuedOn: 'The date of the final plan',
  lastAnnualReviewOn: 'The date of the last annual review meeting',
  nextAnnualReviewMeetingOn: 'The date of the next annual review meeting',
  reviewPapersSentOn: 'The date the reports went out',
  reviewReportSentOn: 'The date the review report was sent',
  amendDecisionOn: "The date of the LA's decision whether to amend",
  amendedPlanIssuedOn: 'The date of the amended plan',
};

/** The same, inside a sentence ("cannot be before the request"). */
const EVENT: Record<EhcpDateField, string> = {
  requestedOn: 'the request',
  assessDecisionOn: 'the decision whether to assess',
  adviceReceivedOn: 'the advice',
  draftIssuedOn: 'the draft plan',
  parentCommentsOn: "the parents' comments",
  finalIssuedOn: 'the final plan',
  lastAnnualReviewOn: 'the last annual review meeting',
  nextAnnualReviewMeetingOn: 'the next annual review meeting',
  reviewPapersSentOn: 'the reports going out',
  reviewReportSentOn: 'the review report',
  amendDecisionOn: 'the decision whether to amend',
  amendedPlanIssuedOn: 'the amended plan',
};

/** The form's order, so the error summary reads top to bottom. */
const FIELD_ORDER: (keyof EhcpDates | 'localAuthority')[] = [
  'localAuthority',
  'requestedOn',
  'assessDecision',
  'assessDecisionOn',
  'adviceReceivedOn',
  'issueDecision',
  'draftIssuedOn',
  'parentCommentsOn',
  'finalIssuedOn',
  'lastAnnualReviewOn',
  'reviewReportSentOn',
  'amendDecisionOn',
  'nextAnnualReviewMeetingOn',
  'reviewPapersSentOn',
  'phaseTransfer',
  'transferYear',
  'amendedPlanIssuedOn',
];

/**
 * Each date that must not come before others, with them (the latest one set is the one compared):
 * the assessment in its statutory order, then the annual review after the final plan. `strict` when
 * the same day is not possible either (the next meeting after the last one).
 */
const AFTER: { field: EhcpDateField; after: EhcpDateField[]; strict?: EhcpDateField[] }[] = [
  { field: 'assessDecisionOn', after: ['requestedOn'] },
  { field: 'adviceReceivedOn', after: ['requestedOn', 'assessDecisionOn'] },
  { field: 'draftIssuedOn', after: ['requestedOn', 'assessDecisionOn'] },
  { field: 'parentCommentsOn', after: ['draftIssuedOn'] },
  { field: 'finalIssuedOn', after: ['requestedOn', 'assessDecisionOn', 'draftIssuedOn'] },
  { field: 'lastAnnualReviewOn', after: ['finalIssuedOn'] },
  {
    field: 'nextAnnualReviewMeetingOn',
    after: ['finalIssuedOn', 'lastAnnualReviewOn'],
    strict: ['lastAnnualReviewOn'],
  },
  { field: 'reviewPapersSentOn', after: ['lastAnnualReviewOn'] },
  { field: 'reviewReportSentOn', after: ['lastAnnualReviewOn'] },
  { field: 'amendDecisionOn', after: ['lastAnnualReviewOn'] },
  { field: 'amendedPlanIssuedOn', after: ['finalIssuedOn'] },
];

/** Dates of things that have happened: none of them can be after today. */
const HAPPENED: EhcpDateField[] = (Object.keys(EHCP_DATE_NAMES) as EhcpDateField[]).filter(
  (f) => f !== 'nextAnnualReviewMeetingOn',
);

/** How far ahead a booked meeting may be: further is taken for a mistyped year. */
const MEETING_MAX_YEARS_AHEAD = 2;

/**
 * The problems of an EHCP record whose fields each have the right form (the DTO checked that), as a
 * SENCO fixing the form needs them: at most one per field, on the field to change, in the form's
 * order. The rules, and why:
 * - the dates of things that happened are not after the school's today: a meeting typed in the wrong
 *   box would otherwise restart the annual review clock from a future date and hide a deadline; only
 *   the next (booked) meeting may be ahead, up to 2 years. Nothing is before the pupil was born.
 * - each decision comes with its date, and the other way round;
 * - the assessment deadlines count from the request, so any assessment step needs the request date;
 *   a final plan alone is fine (an older plan whose request date is not known);
 * - after a refusal to assess there is no advice, issue decision, draft or comments (if the decision
 *   changed, on appeal for example, it is recorded as "assess"); after a decision not to issue there
 *   is no draft, comments or final plan; a draft means the LA decided to issue;
 * - the dates follow each other in their statutory order (AFTER);
 * - the annual review needs the final plan it reviews (without it the clock could not show when the
 *   review is due); the reports go with a booked meeting and are sent on or before it; the review
 *   report and the amend decision follow a meeting held;
 * - the phase transfer and its year go together, and the amended plan date needs the transfer.
 */
export function ehcpRecordProblems(
  r: EhcpDates & { localAuthority: string },
  context: { today: string; dateOfBirth: string | null },
): FieldError[] {
  const problems = new Map<string, string>();
  const add = (field: string, message: string) => {
    if (!problems.has(field)) problems.set(field, message);
  };

  if (r.localAuthority.trim() === '')
    add('localAuthority', 'Enter the local authority that maintains the plan');

  const dates = Object.keys(EHCP_DATE_NAMES) as EhcpDateField[];
  for (const field of dates) {
    const value = r[field];
    if (!value) continue;
    if (HAPPENED.includes(field) && value > context.today) {
      add(field, `${EHCP_DATE_NAMES[field]} cannot be in the future: enter the date it happened`);
    }
    if (context.dateOfBirth && value < context.dateOfBirth) {
      add(
        field,
        `${EHCP_DATE_NAMES[field]} cannot be before the pupil was born (${longDate(context.dateOfBirth)})`,
      );
    }
  }
  const [year, month, day] = context.today.split('-');
  const latestMeeting = `${Number(year) + MEETING_MAX_YEARS_AHEAD}-${month}-${day}`;
  if (r.nextAnnualReviewMeetingOn && r.nextAnnualReviewMeetingOn > latestMeeting) {
    add(
      'nextAnnualReviewMeetingOn',
      `${EHCP_DATE_NAMES.nextAnnualReviewMeetingOn} is more than ${MEETING_MAX_YEARS_AHEAD} years away: check the year`,
    );
  }

  // Each decision with its date.
  if (r.assessDecisionOn && !r.assessDecision) {
    add('assessDecision', 'Choose what the LA decided: to assess, or not to assess');
  }
  if (r.assessDecision && !r.assessDecisionOn) {
    add(
      'assessDecisionOn',
      `Enter the date of the decision ${r.assessDecision === 'assess' ? 'to assess' : 'not to assess'}`,
    );
  }

  // The assessment counts from the request.
  const assessment: (keyof EhcpDates)[] = [
    'assessDecision',
    'assessDecisionOn',
    'adviceReceivedOn',
    'issueDecision',
    'draftIssuedOn',
    'parentCommentsOn',
  ];
  if (!r.requestedOn && assessment.some((f) => r[f] !== null)) {
    add(
      'requestedOn',
      'Enter the date the request for an assessment reached the LA: the deadlines count from it',
    );
  }

  if (r.assessDecision === 'refuse') {
    const after = 'The LA decided not to assess';
    const changed = 'If the decision changed (on appeal, for example), choose "assess" instead';
    if (r.adviceReceivedOn) add('adviceReceivedOn', `${after}, so no advice is asked for. ${changed}`);
    if (r.issueDecision)
      add('issueDecision', `${after}, so there is no decision whether to issue a plan. ${changed}`);
    if (r.draftIssuedOn) add('draftIssuedOn', `${after}, so there is no draft plan. ${changed}`);
    if (r.parentCommentsOn)
      add('parentCommentsOn', `${after}, so there is no draft to comment on. ${changed}`);
  } else if (r.issueDecision && r.assessDecision !== 'assess') {
    add(
      'assessDecision',
      'Choose the decision to assess: the LA decides whether to issue a plan after assessing',
    );
  }
  if (r.issueDecision === 'not-issue') {
    const after = 'The LA decided not to issue a plan';
    const changed = 'If the decision changed, choose "issue a plan" instead';
    if (r.draftIssuedOn) add('draftIssuedOn', `${after}, so there is no draft plan. ${changed}`);
    if (r.parentCommentsOn)
      add('parentCommentsOn', `${after}, so there is no draft to comment on. ${changed}`);
    if (r.finalIssuedOn) add('finalIssuedOn', `${after}, so there is no final plan. ${changed}`);
  } else if (r.draftIssuedOn && !r.issueDecision && r.assessDecision !== 'refuse') {
    add('issueDecision', 'Choose "issue a plan": the LA sent a draft plan');
  }
  if (r.parentCommentsOn && !r.draftIssuedOn) {
    add('draftIssuedOn', "Enter the date of the draft plan: the parents' comments are on the draft");
  }

  // The annual review follows the final plan.
  const review: EhcpDateField[] = [
    'lastAnnualReviewOn',
    'nextAnnualReviewMeetingOn',
    'reviewPapersSentOn',
    'reviewReportSentOn',
    'amendDecisionOn',
  ];
  if (!r.finalIssuedOn && review.some((f) => r[f] !== null)) {
    add('finalIssuedOn', 'Enter the date of the final plan: the annual reviews count from it');
  }
  if (r.reviewPapersSentOn && !r.nextAnnualReviewMeetingOn) {
    add('nextAnnualReviewMeetingOn', 'Enter the date of the meeting the reports went out for');
  }
  if (
    r.reviewPapersSentOn &&
    r.nextAnnualReviewMeetingOn &&
    r.reviewPapersSentOn > r.nextAnnualReviewMeetingOn
  ) {
    add(
      'reviewPapersSentOn',
      `The reports go out before the meeting (${longDate(r.nextAnnualReviewMeetingOn)}): check the date, or record the meeting as held`,
    );
  }
  for (const field of ['reviewReportSentOn', 'amendDecisionOn'] as const) {
    if (r[field] && !r.lastAnnualReviewOn) {
      add('lastAnnualReviewOn', `Enter the date of the annual review meeting: ${EVENT[field]} follows it`);
    }
  }

  // The phase transfer and its year together.
  if (r.phaseTransfer && r.transferYear === null)
    add('transferYear', 'Enter the year of the move, for example 2027');
  if (!r.phaseTransfer && r.transferYear !== null) add('phaseTransfer', 'Choose the move between phases');
  if (r.amendedPlanIssuedOn && !r.phaseTransfer) {
    add('phaseTransfer', 'Choose the move between phases the amended plan is for');
  }

  // The dates in their order.
  for (const { field, after, strict = [] } of AFTER) {
    const value = r[field];
    if (!value) continue;
    // Of the earlier dates this one comes before, the latest (a strict one first on a tie).
    const broken = after
      .filter((f) => r[f] && (value < r[f]! || (strict.includes(f) && value === r[f])))
      .sort(
        (a, b) => r[b]!.localeCompare(r[a]!) || Number(strict.includes(b)) - Number(strict.includes(a)),
      )[0];
    if (!broken) continue;
    add(
      field,
      `${EHCP_DATE_NAMES[field]} must be ${strict.includes(broken) ? 'after' : 'on or after'} the date of ${EVENT[broken]} (${longDate(r[broken]!)})`,
    );
  }

  return FIELD_ORDER.filter((f) => problems.has(f)).map((field) => ({
    field,
    message: problems.get(field)!,
  }));
}

import type { PupilRef } from './provision';
import type { PersonRef } from './register';

/**
 * Education, Health and Care plan records (DOMAIN.md, "Education, Health and Care plans"): the dates
 * the school knows, from which ehcpClock() (ehcp-clock.ts) computes every statutory deadline.
 */

export type EhcpRequestedBy = 'school' | 'parent' | 'other';
export type AssessDecision = 'assess' | 'refuse';
export type IssueDecision = 'issue' | 'not-issue';

/**
 * A move between phases that needs the plan amended by a fixed date: 15 February of the year of
 * transfer, or 31 March for secondary to post-16.
 */
export type PhaseTransfer =
  | 'early-years-to-primary'
  | 'infant-to-junior'
  | 'primary-to-secondary'
  | 'middle-to-secondary'
  | 'secondary-to-post16';

export const PHASE_TRANSFER_LABELS: Record<PhaseTransfer, string> = {
  'early-years-to-primary': 'Early years to primary',
  'infant-to-junior': 'Infant to junior',
  'primary-to-secondary': 'Primary to secondary',
  'middle-to-secondary': 'Middle to secondary',
  'secondary-to-post16': 'Secondary to post-16',
};

/** Every date is YYYY-MM-DD or null (not yet, or not known). */
export interface EhcpDates {
  /** Date the request for an EHC needs assessment reached the local authority. */
  requestedOn: string | null;
  /** The LA's decision whether to assess, and when. */
  assessDecision: AssessDecision | null;
  assessDecisionOn: string | null;
  /** When all the professionals' advice had arrived. */
  adviceReceivedOn: string | null;
  /** The LA's decision whether to issue a plan, and the draft plan's date. */
  issueDecision: IssueDecision | null;
  draftIssuedOn: string | null;
  /** When the parents' comments on the draft came back (they have 15 calendar days). */
  parentCommentsOn: string | null;
  finalIssuedOn: string | null;
  /** The last annual review meeting held (null: none yet, so the clock runs from the final plan). */
  lastAnnualReviewOn: string | null;
  /** The next annual review meeting, once booked. */
  nextAnnualReviewMeetingOn: string | null;
  /** When the reports went out for the booked meeting (at least 2 weeks before it). */
  reviewPapersSentOn: string | null;
  /** When the school sent its review report of the last meeting held (within 2 weeks after it). */
  reviewReportSentOn: string | null;
  /** The LA's decision whether to amend, after the meeting. */
  amendDecisionOn: string | null;
  phaseTransfer: PhaseTransfer | null;
  /** The calendar year of the move (e.g. 2027 for September 2027). */
  transferYear: number | null;
  amendedPlanIssuedOn: string | null;
}

/** A record with no dates: what a new record starts from. */
export const BLANK_EHCP_DATES: Readonly<EhcpDates> = {
  requestedOn: null,
  assessDecision: null,
  assessDecisionOn: null,
  adviceReceivedOn: null,
  issueDecision: null,
  draftIssuedOn: null,
  parentCommentsOn: null,
  finalIssuedOn: null,
  lastAnnualReviewOn: null,
  nextAnnualReviewMeetingOn: null,
  reviewPapersSentOn: null,
  reviewReportSentOn: null,
  amendDecisionOn: null,
  phaseTransfer: null,
  transferYear: null,
  amendedPlanIssuedOn: null,
};

export interface EhcpRecord extends EhcpDates {
  pupil: PupilRef;
  localAuthority: string;
  requestedBy: EhcpRequestedBy | null;
  notes: string;
  /** Send it back with any change; a stale one is refused (409). 0 before the record exists. */
  version: number;
  updatedBy: PersonRef | null;
  updatedAt: string | null;
  clock: EhcpClock;
}

export interface SaveEhcpRecordRequest extends EhcpDates {
  localAuthority: string;
  requestedBy: EhcpRequestedBy | null;
  notes: string;
  /** 0 to create the record. */
  version: number;
}

/** The record as saved: its dates, local authority, who asked, notes and the version it became. */
export interface SavedEhcpRecord extends EhcpDates {
  localAuthority: string;
  requestedBy: EhcpRequestedBy | null;
  notes: string;
  version: number;
}

/** One save of an EHCP record, kept as it was saved (GET .../ehcp/revisions, newest first). */
export interface EhcpRecordRevision {
  /** The record's version this save made: 1 for the first. */
  number: number;
  savedBy: PersonRef | null;
  savedAt: string;
  record: SavedEhcpRecord;
}

export type ClockStepStatus =
  /** Done by the deadline. */
  | 'done'
  /** Done, after the deadline. */
  | 'done-late'
  /** Not done; the deadline is more than 14 days away. */
  | 'upcoming'
  /** Not done; the deadline is within 14 days (today included). */
  | 'due-soon'
  /** Not done; the deadline has passed. */
  | 'overdue'
  /** Cannot start yet: an earlier step has not happened (no deadline to show). */
  | 'waiting'
  /** Does not apply (e.g. the LA refused to assess, so there is no draft plan). */
  | 'not-applicable';

export type ClockStepKey =
  | 'assess-decision'
  | 'advice'
  | 'draft-plan'
  | 'parent-comments'
  | 'final-plan'
  | 'annual-review'
  | 'review-papers'
  | 'review-report'
  | 'amend-decision'
  | 'phase-transfer';

export interface ClockStep {
  key: ClockStepKey;
  /** Part of the clock: the needs assessment, the annual review, or the phase transfer. */
  stage: 'assessment' | 'annual-review' | 'phase-transfer';
  label: string;
  /** The statutory rule in plain words, e.g. "Within 6 weeks of the request". */
  rule: string;
  dueOn: string | null;
  doneOn: string | null;
  status: ClockStepStatus;
  /** Days past the deadline (overdue, or done late); 0 otherwise. */
  daysLate: number;
}

export interface EhcpClock {
  /** The day the clock was computed for. */
  today: string;
  steps: ClockStep[];
  /** When the next annual review meeting must be held by (null before a final plan). */
  annualReviewDueBy: string | null;
  /** Whether the annual review interval is 6 months because the child is under 5. */
  underFive: boolean;
  overdue: number;
  dueSoon: number;
}

/** How many days ahead counts as "due soon" on the clock. */
export const CLOCK_DUE_SOON_DAYS = 14;

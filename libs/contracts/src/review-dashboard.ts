import type { ClockStepKey } from './ehcp';
import type { PupilRef } from './provision';

/**
 * The review dashboard (GET /reviews/dashboard): what is due, what is overdue, and who has no plan,
 * so that nothing statutory slips unseen. The SENCO gets the lists; the head the same as counts.
 */

export type DueItemKind = 'plan-review' | 'ehcp-step';

export interface DueItem {
  kind: DueItemKind;
  pupil: PupilRef;
  /** e.g. "Support plan review (cycle 2)" or "Final EHC plan issued". */
  label: string;
  /** For EHCP steps, which step. */
  step: ClockStepKey | null;
  dueOn: string;
  /** Negative when overdue. */
  daysUntil: number;
}

/** A pupil on SEN support who has met with the school fewer than three times in the last 12 months. */
export interface MeetingShortfall {
  pupil: PupilRef;
  /** Days with a meeting (a support plan review or a parent meeting in the chronology) in the 12 months to today. */
  held: number;
  expected: number;
  lastHeldOn: string | null;
}

export interface ReviewDashboardCounts {
  overdue: number;
  /** Due from today to 14 days ahead. */
  dueWithin14Days: number;
  /** Due from today to 30 days ahead (includes the 14). */
  dueWithin30Days: number;
  /** Pupils on the register (K or E) without an active plan. */
  withoutActivePlan: number;
  /** Pupils on SEN support (K) for the last 12 months with fewer than three meetings (reviews and parent meetings) in them. */
  belowMeetingExpectation: number;
}

export interface ReviewDashboard {
  today: string;
  counts: ReviewDashboardCounts;
  /** The lists, for those who write plans (the SENCO); null for the head, who sees counts. */
  lists: {
    /** Overdue first (most overdue first), then due within 30 days, soonest first. */
    due: DueItem[];
    withoutActivePlan: (PupilRef & { senStatus: 'K' | 'E'; onRegisterSince: string })[];
    belowMeetingExpectation: MeetingShortfall[];
  } | null;
}

/** How far ahead the dashboard and the digest look. */
export const DUE_WINDOWS_DAYS = [14, 30] as const;

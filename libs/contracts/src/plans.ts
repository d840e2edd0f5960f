import type { PupilRef } from './provision';
import type { PersonRef } from './register';

/**
 * Support plans (DOMAIN.md, "The graduated approach"): Assess, Plan, Do, Review. A pupil on the
 * register has one active plan at a time, numbered by cycle; a review closes it and starts the next.
 *
 * The plan's sections are data, like the passport's: a plan records which format it was written in,
 * and a new national format (the "Individual Support Plan" of the 2026 reforms) is a new entry in
 * PLAN_FORMATS, not new columns or new pages.
 */

export type PlanStatus = 'draft' | 'active' | 'closed';

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Draft',
  active: 'Active',
  closed: 'Closed',
};

/**
 * - 'outcomes': what success looks like, how it is measured, by when, and the area of need it serves;
 *   rated at the review.
 * - 'list': short items, one per line (strategies for staff in class).
 * - 'text': a few paragraphs (the pupil's views, the parents' views).
 * - 'provision': the provisions (intervention groups) the pupil is in, linked, plus free text for
 *   anything that is not a group (e.g. a reading buddy, a movement break plan).
 */
export type PlanSectionKind = 'outcomes' | 'list' | 'text' | 'provision';

export interface PlanSection {
  key: string;
  label: string;
  kind: PlanSectionKind;
  hint: string;
  /** Up to this many characters (text, and the free text of provision) or items (list, outcomes). */
  max: number;
  /**
   * Shown to the adults who work with the pupil in class: teachers see these sections first, teaching
   * assistants see only these (PRODUCT.md: TAs "read strategies, own").
   */
  forClassStaff: boolean;
  /** Must hold something before the plan can be made active. */
  requiredToActivate: boolean;
}

export interface PlanFormat {
  id: string;
  label: string;
  sections: readonly PlanSection[];
}

/** Limits of one outcome's fields and one list item, in characters. */
export const PLAN_OUTCOME_LIMITS = { description: 500, measure: 300 } as const;
export const PLAN_LIST_ITEM_MAX = 200;

export const SEN_SUPPORT_PLAN: PlanFormat = {
  id: 'sen-support-plan',
  label: 'SEN support plan',
  sections: [
    {
      key: 'outcomes',
      label: 'Outcomes',
      kind: 'outcomes',
      hint: 'What success looks like, how you will know, and by when',
      max: 8,
      forClassStaff: false,
      requiredToActivate: true,
    },
    {
      key: 'strategies',
      label: 'Strategies for staff in class',
      kind: 'list',
      hint: 'Concrete things every adult should do, one per line',
      max: 12,
      forClassStaff: true,
      requiredToActivate: false,
    },
    {
      key: 'provision',
      label: 'Provision',
      kind: 'provision',
      hint: 'The intervention groups, and any other support, that will help meet the outcomes',
      max: 1000,
      forClassStaff: false,
      requiredToActivate: false,
    },
    {
      key: 'pupilViews',
      label: "The pupil's views",
      kind: 'text',
      hint: 'In their words: what is going well, what is hard, what helps',
      max: 2000,
      forClassStaff: false,
      requiredToActivate: false,
    },
    {
      key: 'parentViews',
      label: "Parents' views",
      kind: 'text',
      hint: 'What parents or carers see at home and hope for',
      max: 2000,
      forClassStaff: false,
      requiredToActivate: false,
    },
  ],
};

/** Every format a plan may be written in, by id. New plans use DEFAULT_PLAN_FORMAT. */
export const PLAN_FORMATS: Readonly<Record<string, PlanFormat>> = {
  [SEN_SUPPORT_PLAN.id]: SEN_SUPPORT_PLAN,
};
export const DEFAULT_PLAN_FORMAT = SEN_SUPPORT_PLAN.id;

/** One outcome. Its id is stable across the plan's revisions so a review can rate it. */
export interface PlanOutcome {
  id: string;
  /** What success looks like. */
  description: string;
  /** How it will be measured. */
  measure: string;
  /** By when (YYYY-MM-DD). */
  byDate: string;
  /** The census SEN type code of the area of need it serves, or null. */
  needCode: string | null;
  /** When carried forward from the previous cycle's review: that outcome's id. */
  carriedFrom: string | null;
}

export interface PlanProvisionSection {
  /** Provisions (groups) of this school the pupil is, or will be, in. */
  provisionIds: string[];
  notes: string;
}

/**
 * Each section's value by key: outcomes → PlanOutcome[], list → string[], text → string,
 * provision → PlanProvisionSection. As stored and answered, empty sections are left out.
 */
export type PlanContent = Record<string, PlanOutcome[] | string[] | string | PlanProvisionSection>;

/** A provision named in a plan, as the plan shows it. */
export interface PlanProvisionRef {
  id: string;
  name: string;
  interventionName: string;
  /** e.g. "Mon, Wed 20 min"; null when it has no schedule. */
  schedule: string | null;
  startDate: string;
  endDate: string | null;
}

export interface PlanComment {
  id: string;
  body: string;
  author: PersonRef | null;
  createdAt: string;
}

export const PLAN_COMMENT_MAX = 2000;

export type OutcomeRating = 'not-met' | 'partly-met' | 'met' | 'exceeded';

export const OUTCOME_RATINGS: readonly OutcomeRating[] = ['not-met', 'partly-met', 'met', 'exceeded'];
export const OUTCOME_RATING_LABELS: Record<OutcomeRating, string> = {
  'not-met': 'Not met',
  'partly-met': 'Partly met',
  met: 'Met',
  exceeded: 'Exceeded',
};
/** Ratings whose outcome carries forward into the next cycle ("outcomes not met carry forward"). */
export const CARRIED_FORWARD_RATINGS: readonly OutcomeRating[] = ['not-met', 'partly-met'];

export interface ReviewAttendee {
  name: string;
  /** e.g. "Parent", "Class teacher", "Educational psychologist". */
  role: string;
}

export interface OutcomeProgress {
  outcomeId: string;
  /** The outcome as it stood when reviewed (kept, since the plan is closed by the review). */
  description: string;
  rating: OutcomeRating;
  note: string;
}

/** A review meeting as recorded. It closes its plan and starts the next cycle. */
export interface PlanReview {
  id: string;
  planId: string;
  cycle: number;
  heldOn: string;
  attendees: ReviewAttendee[];
  pupilViews: string;
  parentViews: string;
  outcomes: OutcomeProgress[];
  decisions: string;
  /** The teachers' comments on the plan before the review, as they were at the meeting. */
  comments: PlanComment[];
  /** The plan the review started, and its review date. */
  nextPlanId: string | null;
  nextReviewDate: string | null;
  recordedBy: PersonRef | null;
  recordedAt: string;
}

export interface SupportPlan {
  id: string;
  pupil: PupilRef;
  /** 1 for the pupil's first plan, then one more each cycle (a draft takes the next number). */
  cycle: number;
  status: PlanStatus;
  format: string;
  content: PlanContent;
  /** The date of the next review (scheduled); required to activate. */
  reviewDate: string | null;
  startedOn: string | null;
  closedOn: string | null;
  /** Why it closed: 'reviewed', 'replaced' (another plan was made active), or the SENCO's reason. */
  closedReason: string | null;
  /** The revision number: send it back with any change; a stale one is refused (409). */
  version: number;
  linkedProvisions: PlanProvisionRef[];
  comments: PlanComment[];
  /** The review that closed this plan, once held. */
  review: PlanReview | null;
  createdBy: PersonRef | null;
  createdAt: string;
  updatedBy: PersonRef | null;
  updatedAt: string;
}

/** A plan in the pupil's list of plans. */
export interface PlanSummary {
  id: string;
  cycle: number;
  status: PlanStatus;
  reviewDate: string | null;
  startedOn: string | null;
  closedOn: string | null;
  closedReason: string | null;
  outcomes: number;
  reviewHeldOn: string | null;
  version: number;
  updatedAt: string;
}

/** GET /pupils/:pupilId/plans/current */
export interface CurrentPlan {
  pupil: PupilRef;
  active: SupportPlan | null;
  /** The draft being written, for those who write plans (null for everyone else). */
  draft: SupportPlan | null;
}

/** GET /pupils/:pupilId/plans/current/strategies: what adults in class need (teachers and TAs). */
export interface PlanStrategies {
  pupil: PupilRef;
  planId: string | null;
  cycle: number | null;
  strategies: string[];
  reviewDate: string | null;
  updatedAt: string | null;
}

/** One saved revision of a plan (every save keeps the one before). */
export interface PlanRevisionSummary {
  number: number;
  status: PlanStatus;
  reviewDate: string | null;
  savedBy: PersonRef | null;
  savedAt: string;
}

export interface PlanRevision extends PlanRevisionSummary {
  content: PlanContent;
}

/** POST /pupils/:pupilId/plans */
export interface CreatePlanRequest {
  /** Defaults to DEFAULT_PLAN_FORMAT. */
  format?: string;
  content: PlanContent;
  reviewDate?: string | null;
}

/** PUT /pupils/:pupilId/plans/:planId (draft or active; closed plans never change). */
export interface SavePlanRequest {
  version: number;
  content: PlanContent;
  reviewDate: string | null;
}

/** POST /pupils/:pupilId/plans/:planId/activate */
export interface ActivatePlanRequest {
  version: number;
}

/** POST /pupils/:pupilId/plans/:planId/close: ends an active plan without a review (e.g. off the register). */
export interface ClosePlanRequest {
  version: number;
  reason: string;
}

/** POST /pupils/:pupilId/plans/:planId/comments */
export interface AddPlanCommentRequest {
  body: string;
}

/** POST /pupils/:pupilId/plans/:planId/review */
export interface RecordReviewRequest {
  version: number;
  heldOn: string;
  attendees: ReviewAttendee[];
  pupilViews: string;
  parentViews: string;
  outcomes: { outcomeId: string; rating: OutcomeRating; note: string }[];
  decisions: string;
  /** Defaults to the school's cycle from the date held (nextReviewDate()). */
  nextReviewDate?: string | null;
}

/** The answer to recording a review: the review, and the plan of the next cycle. */
export interface RecordedReview {
  review: PlanReview;
  nextPlan: SupportPlan;
}

/** The school's review cycle (GET/PUT /plan-settings). */
export interface PlanSettings {
  /** Reviews a year; the next review date is 12 / reviewsPerYear months after the last. Default 3. */
  reviewsPerYear: number;
  version: number;
  updatedBy: PersonRef | null;
  updatedAt: string | null;
}

export const DEFAULT_REVIEWS_PER_YEAR = 3;
export const REVIEWS_PER_YEAR_CHOICES: readonly number[] = [2, 3, 4, 6];

/** Meetings with parents a year that the Code of Practice expects for pupils on SEN support. */
export const PARENT_MEETINGS_EXPECTED_PER_YEAR = 3;

export interface SavePlanSettingsRequest {
  reviewsPerYear: number;
  version: number;
}

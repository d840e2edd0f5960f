import {
  OUTCOME_RATINGS,
  type OutcomeRating,
  type PlanOutcome,
  type RecordedReview,
  type RecordReviewRequest,
} from '@sendreg/contracts';
import { dateFieldId } from '../../components/ui/date-input';
import { formProblem, formProblemFrom, type FormProblem } from '../../lib/form-problem';
import { dateParts, parseDateParts, type DatePart, type DateParts } from '../../utils/dates';
import { formatDate } from '../../utils/format-date';
import type { Checked } from './plan-form';
import { fieldPath } from './plan-form';
import { newOutcomeId } from './plan-outcomes';
import { plural } from './plan-text';

/**
 * The review meeting's form: the date, who came, a rating and a note per outcome, the views, what was
 * decided and the next review date. Pure: state, checks, the request, the server's field paths, and
 * the confirmation that names the new cycle.
 */

/** Limits of the review's free text, as the database keeps them. */
export const REVIEW_LIMITS = {
  views: 2000,
  decisions: 4000,
  note: 1000,
  attendeeName: 100,
  attendeeRole: 100,
} as const;

/** Who usually comes to a review: suggestions for the role, not a closed list. */
export const ATTENDEE_ROLE_SUGGESTIONS = [
  'Parent',
  'Carer',
  'Pupil',
  'Class teacher',
  'SENCO',
  'Teaching assistant',
  'Educational psychologist',
  'Speech and language therapist',
] as const;

export interface AttendeeRow {
  /** For React lists only: rows can be removed from the middle. */
  key: string;
  name: string;
  role: string;
}

export interface RatingForm {
  outcomeId: string;
  description: string;
  rating: OutcomeRating | '';
  note: string;
}

export interface ReviewForm {
  heldOn: DateParts;
  attendees: AttendeeRow[];
  outcomes: RatingForm[];
  pupilViews: string;
  parentViews: string;
  decisions: string;
  nextReviewDate: DateParts;
}

export const HELD_ON_ID = 'held-on';
export const NEXT_REVIEW_ID = 'next-review-date';
export const PUPIL_VIEWS_ID = 'review-pupil-views';
export const PARENT_VIEWS_ID = 'review-parent-views';
export const DECISIONS_ID = 'review-decisions';
export const ADD_ATTENDEE_ID = 'add-attendee';

export function attendeeFieldId(index: number, part: 'name' | 'role'): string {
  return `attendee-${String(index + 1)}-${part}`;
}

/** The id of the first radio of an outcome's rating (the group's error links there). */
export function ratingFieldId(index: number): string {
  return `outcome-${String(index + 1)}-rating`;
}

export function noteFieldId(index: number): string {
  return `outcome-${String(index + 1)}-note`;
}

export function blankAttendee(): AttendeeRow {
  return { key: newOutcomeId(), name: '', role: '' };
}

export function reviewFormFor(outcomes: readonly PlanOutcome[], today: string): ReviewForm {
  return {
    heldOn: dateParts(today),
    attendees: [blankAttendee()],
    outcomes: outcomes.map((outcome) => ({
      outcomeId: outcome.id,
      description: outcome.description,
      rating: '',
      note: '',
    })),
    pupilViews: '',
    parentViews: '',
    decisions: '',
    nextReviewDate: { day: '', month: '', year: '' },
  };
}

/**
 * The plan's outcomes after a reload (someone changed the plan meanwhile): the ratings and notes
 * already entered are kept for the outcomes that are still there, new ones start unrated.
 */
export function mergeOutcomes(form: ReviewForm, outcomes: readonly PlanOutcome[]): ReviewForm {
  return {
    ...form,
    outcomes: outcomes.map((outcome) => {
      const before = form.outcomes.find((rated) => rated.outcomeId === outcome.id);
      return {
        outcomeId: outcome.id,
        description: outcome.description,
        rating: before?.rating ?? '',
        note: before?.note ?? '',
      };
    }),
  };
}

export function addAttendee(rows: readonly AttendeeRow[], row: AttendeeRow = blankAttendee()): AttendeeRow[] {
  return [...rows, row];
}

export function removeAttendee(rows: readonly AttendeeRow[], index: number): AttendeeRow[] {
  return rows.filter((_row, at) => at !== index);
}

export function updateAttendee(
  rows: readonly AttendeeRow[],
  index: number,
  change: Partial<Omit<AttendeeRow, 'key'>>,
): AttendeeRow[] {
  return rows.map((row, at) => (at === index ? { ...row, ...change } : row));
}

function isRating(value: string): value is OutcomeRating {
  return (OUTCOME_RATINGS as readonly string[]).includes(value);
}

/** The rows that hold something, with their place on the page (the server numbers only those sent). */
export function keptAttendees(rows: readonly AttendeeRow[]): { row: AttendeeRow; index: number }[] {
  return rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.name.trim() !== '' || row.role.trim() !== '');
}

type Check = [fieldId: string, message: string | undefined];

function tooLong(value: string, max: number, what: string): string | undefined {
  return value.length > max
    ? `${what} must be ${plural(max, 'character', 'characters')} or fewer`
    : undefined;
}

/**
 * Checks the review as the server will, and builds the request. `startedOn` is the day the plan became
 * active: its review cannot be held before it.
 */
export function checkReview(
  form: ReviewForm,
  version: number,
  today: string,
  startedOn: string | null = null,
): Checked<RecordReviewRequest> {
  const checks: Check[] = [];
  const dateErrors: Record<string, DatePart[]> = {};

  const heldOn = parseDateParts(form.heldOn, {
    label: 'The date of the review',
    missing: 'Enter the date the review was held',
  });
  if (!heldOn.ok) {
    checks.push([dateFieldId(HELD_ON_ID, heldOn.parts[0]), heldOn.message]);
    dateErrors[HELD_ON_ID] = heldOn.parts;
  } else if (heldOn.iso > today) {
    checks.push([dateFieldId(HELD_ON_ID), 'The date of the review must be today or in the past']);
    dateErrors[HELD_ON_ID] = ['day', 'month', 'year'];
  } else if (startedOn && heldOn.iso < startedOn) {
    checks.push([
      dateFieldId(HELD_ON_ID),
      `The date of the review must be on or after the day the plan started (${formatDate(startedOn)})`,
    ]);
    dateErrors[HELD_ON_ID] = ['day', 'month', 'year'];
  }

  const kept = keptAttendees(form.attendees);
  if (kept.length === 0) {
    checks.push([
      form.attendees.length ? attendeeFieldId(0, 'name') : ADD_ATTENDEE_ID,
      'Enter who attended the review',
    ]);
  }
  for (const { row, index } of kept) {
    const n = String(index + 1);
    const name = row.name.trim();
    const role = row.role.trim();
    checks.push([
      attendeeFieldId(index, 'name'),
      name === ''
        ? `Enter the name of attendee ${n}`
        : tooLong(name, REVIEW_LIMITS.attendeeName, `The name of attendee ${n}`),
    ]);
    checks.push([
      attendeeFieldId(index, 'role'),
      role === ''
        ? `Enter the role of attendee ${n}, for example parent or class teacher`
        : tooLong(role, REVIEW_LIMITS.attendeeRole, `The role of attendee ${n}`),
    ]);
  }

  form.outcomes.forEach((outcome, index) => {
    const n = String(index + 1);
    checks.push([
      ratingFieldId(index),
      outcome.rating === '' ? `Choose how far outcome ${n} was met` : undefined,
    ]);
    checks.push([
      noteFieldId(index),
      tooLong(outcome.note.trim(), REVIEW_LIMITS.note, `The note on outcome ${n}`),
    ]);
  });

  const pupilViews = form.pupilViews.trim();
  const parentViews = form.parentViews.trim();
  const decisions = form.decisions.trim();
  checks.push([PUPIL_VIEWS_ID, tooLong(pupilViews, REVIEW_LIMITS.views, "The pupil's views")]);
  checks.push([PARENT_VIEWS_ID, tooLong(parentViews, REVIEW_LIMITS.views, "Parents' views")]);
  checks.push([DECISIONS_ID, tooLong(decisions, REVIEW_LIMITS.decisions, 'What was decided')]);

  let nextReviewDate: string | null = null;
  if (Object.values(form.nextReviewDate).some((part) => part.trim() !== '')) {
    const parsed = parseDateParts(form.nextReviewDate, {
      label: 'The next review date',
      missing: 'Enter the next review date',
    });
    if (!parsed.ok) {
      checks.push([dateFieldId(NEXT_REVIEW_ID, parsed.parts[0]), parsed.message]);
      dateErrors[NEXT_REVIEW_ID] = parsed.parts;
    } else if (heldOn.ok && parsed.iso <= heldOn.iso) {
      checks.push([
        dateFieldId(NEXT_REVIEW_ID),
        'The next review date must be after the date of this review',
      ]);
      dateErrors[NEXT_REVIEW_ID] = ['day', 'month', 'year'];
    } else nextReviewDate = parsed.iso;
  }

  const problem = formProblem(checks);
  if (problem || !heldOn.ok) {
    return { ok: false, problem: problem ?? { fields: {}, summary: [] }, dateErrors };
  }
  return {
    ok: true,
    value: {
      version,
      heldOn: heldOn.iso,
      attendees: kept.map(({ row }) => ({ name: row.name.trim(), role: row.role.trim() })),
      pupilViews,
      parentViews,
      outcomes: form.outcomes.map((outcome) => ({
        outcomeId: outcome.outcomeId,
        rating: isRating(outcome.rating) ? outcome.rating : 'not-met',
        note: outcome.note.trim(),
      })),
      decisions,
      nextReviewDate,
    },
  };
}

const SIMPLE_FIELDS: Record<string, string> = {
  pupilViews: PUPIL_VIEWS_ID,
  parentViews: PARENT_VIEWS_ID,
  decisions: DECISIONS_ID,
  heldOn: dateFieldId(HELD_ON_ID),
  nextReviewDate: dateFieldId(NEXT_REVIEW_ID),
};

/**
 * The API's field path to the input: "outcomes[0].rating", "attendees[1].role" (numbered among the
 * attendees sent, so mapped back to the row on the page), "heldOn".
 */
export function reviewFieldId(field: string, form: ReviewForm): string | undefined {
  const [head, index, part] = fieldPath(field);
  if (head && SIMPLE_FIELDS[head]) return SIMPLE_FIELDS[head];
  const at = Number(index);
  if (head === 'attendees') {
    const kept = keptAttendees(form.attendees);
    const row = Number.isInteger(at) ? kept[at] : undefined;
    if (!row) return kept.length ? attendeeFieldId(kept[0]?.index ?? 0, 'name') : ADD_ATTENDEE_ID;
    return attendeeFieldId(row.index, part === 'role' ? 'role' : 'name');
  }
  if (head === 'outcomes') {
    if (!Number.isInteger(at) || at >= form.outcomes.length)
      return form.outcomes.length ? ratingFieldId(0) : undefined;
    return part === 'note' ? noteFieldId(at) : ratingFieldId(at);
  }
  return undefined;
}

export function reviewProblemFrom(error: unknown, form: ReviewForm): FormProblem {
  return formProblemFrom(error, (field) => reviewFieldId(field, form), dateFieldId(HELD_ON_ID));
}

/**
 * The confirmation after recording: "Review recorded. Cycle 3 has started: 2 outcomes carried
 * forward. Next review 12 March 2027."
 */
export function reviewNotice({ nextPlan }: RecordedReview): string {
  return reviewNoticeText({
    cycle: nextPlan.cycle,
    carriedForward: carriedForwardCount(nextPlan.content),
    nextReviewDate: nextPlan.reviewDate,
    draft: nextPlan.status === 'draft',
  });
}

/** Outcomes carried forward into a plan: those that name the outcome they came from, in any section. */
export function carriedForwardCount(content: Record<string, unknown>): number {
  return Object.values(content)
    .filter(Array.isArray)
    .flat()
    .filter(
      (item: unknown) =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as { carriedFrom?: unknown }).carriedFrom === 'string',
    ).length;
}

export function reviewNoticeText({
  cycle,
  carriedForward,
  nextReviewDate,
  draft,
}: {
  cycle: number;
  carriedForward: number;
  nextReviewDate: string | null;
  draft: boolean;
}): string {
  const carried =
    carriedForward === 0
      ? 'no outcomes carried forward'
      : `${plural(carriedForward, 'outcome', 'outcomes')} carried forward`;
  const started = draft
    ? `Cycle ${String(cycle)} has started as a draft: ${carried}.`
    : `Cycle ${String(cycle)} has started: ${carried}.`;
  const next = nextReviewDate ? ` Next review ${formatDate(nextReviewDate)}.` : '';
  return `Review recorded. ${started}${next}`;
}

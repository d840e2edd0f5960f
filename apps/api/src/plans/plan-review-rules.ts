import { randomUUID } from 'node:crypto';
import {
  CARRIED_FORWARD_RATINGS,
  OUTCOME_RATING_LABELS,
  OUTCOME_RATINGS,
  type OutcomeProgress,
  type OutcomeRating,
  type PlanContent,
  type PlanFormat,
  type PlanOutcome,
  type ReviewAttendee,
} from '@sendreg/contracts';
import type { FieldError } from '../platform/http/problem';
import { cleanText } from '../passports/passport-content';
import { isRecord } from './plan-content';

/** Who can sit round one table. */
export const REVIEW_ATTENDEES_MAX = 20;
export const REVIEW_ATTENDEE_FIELD_MAX = 100;
export const REVIEW_OUTCOME_NOTE_MAX = 1000;

/** A review as sent, after the DTO has checked the types of its plain fields. */
export interface ReviewInput {
  heldOn: string;
  attendees: unknown[];
  outcomes: unknown[];
  nextReviewDate?: string | null;
}

/** The plan being reviewed, as the rules need it. */
export interface ReviewedPlan {
  outcomes: PlanOutcome[];
  /** The day it became active (YYYY-MM-DD). */
  startedOn: string;
}

export interface CheckedReview {
  errors: FieldError[];
  attendees: ReviewAttendee[];
  /** One per outcome of the plan, in the plan's order, with the outcome as it stood. */
  outcomes: OutcomeProgress[];
}

/**
 * The rules of recording a review (DOMAIN.md: review progress against each outcome with parents and
 * pupil): held on a day between the plan's start and today, who attended, and every outcome of the
 * plan rated exactly once. A next review date, when given, comes after the meeting.
 */
export function checkReview(input: ReviewInput, plan: ReviewedPlan, today: string): CheckedReview {
  const errors: FieldError[] = [];
  if (input.heldOn > today) {
    errors.push({ field: 'heldOn', message: 'The date of the review must be today or in the past' });
  } else if (input.heldOn < plan.startedOn) {
    errors.push({
      field: 'heldOn',
      message: `The date of the review must be on or after the day the plan started (${plan.startedOn})`,
    });
  }
  if (input.nextReviewDate && input.nextReviewDate <= input.heldOn) {
    errors.push({ field: 'nextReviewDate', message: 'The next review must be after this one' });
  }
  const attendees = checkAttendees(input.attendees, errors);
  const outcomes = checkRatings(input.outcomes, plan.outcomes, errors);
  return { errors, attendees, outcomes };
}

function checkAttendees(input: unknown[], errors: FieldError[]): ReviewAttendee[] {
  if (input.length === 0) {
    errors.push({ field: 'attendees', message: 'Add who attended the review' });
    return [];
  }
  if (input.length > REVIEW_ATTENDEES_MAX) {
    errors.push({
      field: 'attendees',
      message: `List at most ${REVIEW_ATTENDEES_MAX} people who attended (there are ${input.length})`,
    });
    return [];
  }
  const attendees: ReviewAttendee[] = [];
  input.forEach((item, index) => {
    const at = `attendees[${index}]`;
    const person = `person ${index + 1} who attended`;
    if (!isRecord(item)) {
      errors.push({ field: at, message: `Give the name and role of ${person}` });
      return;
    }
    const extra = Object.keys(item).find((k) => k !== 'name' && k !== 'role');
    if (extra)
      errors.push({
        field: `${at}.${extra.slice(0, 60)}`,
        message: 'An attendee has only a name and a role',
      });
    const name = text(item.name, `${at}.name`, `Enter the name of ${person}`, errors);
    const role = text(item.role, `${at}.role`, `Enter the role of ${person}, for example Parent`, errors);
    if (name && role) attendees.push({ name, role });
  });
  return attendees;
}

function text(value: unknown, field: string, missing: string, errors: FieldError[]): string | null {
  const cleaned = typeof value === 'string' ? cleanText(value).replace(/\s+/g, ' ') : '';
  if (!cleaned) errors.push({ field, message: missing });
  else if (cleaned.length > REVIEW_ATTENDEE_FIELD_MAX) {
    errors.push({ field, message: `Keep this to ${REVIEW_ATTENDEE_FIELD_MAX} characters or fewer` });
  } else return cleaned;
  return null;
}

function checkRatings(input: unknown[], planned: PlanOutcome[], errors: FieldError[]): OutcomeProgress[] {
  const byId = new Map(planned.map((o) => [o.id, o]));
  const rated = new Map<string, OutcomeProgress>();
  input.forEach((item, index) => {
    const at = `outcomes[${index}]`;
    if (!isRecord(item)) {
      errors.push({ field: at, message: 'Rate each outcome of the plan' });
      return;
    }
    const extra = Object.keys(item).find((k) => !['outcomeId', 'rating', 'note'].includes(k));
    if (extra)
      errors.push({
        field: `${at}.${extra.slice(0, 60)}`,
        message: 'A rating has only an outcome, a rating and a note',
      });
    const outcome = typeof item.outcomeId === 'string' ? byId.get(item.outcomeId) : undefined;
    if (!outcome) {
      errors.push({ field: `${at}.outcomeId`, message: 'This plan has no such outcome' });
      return;
    }
    if (rated.has(outcome.id)) {
      errors.push({ field: `${at}.outcomeId`, message: 'This outcome is rated twice: rate it once' });
      return;
    }
    const rating = item.rating as OutcomeRating;
    if (!OUTCOME_RATINGS.includes(rating)) {
      errors.push({
        field: `${at}.rating`,
        message: `Choose how far this outcome was met: ${OUTCOME_RATINGS.map((r) => OUTCOME_RATING_LABELS[r].toLowerCase()).join(', ')}`,
      });
      return;
    }
    const note = item.note === undefined || item.note === null ? '' : item.note;
    if (typeof note !== 'string') {
      errors.push({ field: `${at}.note`, message: 'The note must be written as text' });
      return;
    }
    const cleaned = cleanText(note);
    if (cleaned.length > REVIEW_OUTCOME_NOTE_MAX) {
      errors.push({
        field: `${at}.note`,
        message: `The note must be ${REVIEW_OUTCOME_NOTE_MAX.toLocaleString('en-GB')} characters or fewer`,
      });
      return;
    }
    rated.set(outcome.id, { outcomeId: outcome.id, description: outcome.description, rating, note: cleaned });
  });
  const missing = planned.filter((o) => !rated.has(o.id));
  // Only when every rating sent was sound, so the person is not told to rate what they did rate.
  if (missing.length && errors.every((e) => !e.field.startsWith('outcomes'))) {
    errors.push({
      field: 'outcomes',
      message: `Rate every outcome of the plan: "${missing[0]!.description.slice(0, 80)}"${missing.length > 1 ? ` and ${missing.length - 1} more have` : ' has'} no rating`,
    });
  }
  return planned.flatMap((o) => rated.get(o.id) ?? []);
}

export interface NextCycle {
  /** The next review date, which is also the date the carried outcomes are due by. */
  reviewDate: string;
  pupilViews: string;
  parentViews: string;
  newId?: () => string;
}

/**
 * The next plan's content after a review: outcomes not met, or partly met, carried forward (new ids,
 * linked to the outcome they continue, due by the next review); strategies, provision and any other
 * section copied; the pupil's and parents' views as heard at the review.
 */
export function nextCycleContent(
  format: PlanFormat,
  content: PlanContent,
  progress: readonly OutcomeProgress[],
  next: NextCycle,
): PlanContent {
  const newId = next.newId ?? randomUUID;
  const carried = new Set(
    progress.filter((p) => CARRIED_FORWARD_RATINGS.includes(p.rating)).map((p) => p.outcomeId),
  );
  const views: Record<string, string> = { pupilViews: next.pupilViews, parentViews: next.parentViews };
  const result: PlanContent = {};
  for (const section of format.sections) {
    const value = content[section.key];
    if (section.kind === 'outcomes') {
      const outcomes = (Array.isArray(value) ? (value as PlanOutcome[]) : [])
        .filter((o) => carried.has(o.id))
        .map((o) => ({ ...o, id: newId(), byDate: next.reviewDate, carriedFrom: o.id }));
      if (outcomes.length) result[section.key] = outcomes;
    } else if (section.kind === 'text' && section.key in views) {
      if (views[section.key]) result[section.key] = views[section.key]!;
    } else if (value !== undefined) {
      result[section.key] = value;
    }
  }
  return result;
}

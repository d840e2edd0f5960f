import {
  academicYear,
  addDays,
  addMonths,
  CARRIED_FORWARD_RATINGS,
  daysBetween,
  DEFAULT_PLAN_FORMAT,
  isClosed,
  isoWeekday,
  nextReviewDate,
  type DateSpan,
  type OutcomeProgress,
  type OutcomeRating,
  type PlanContent,
  type PlanOutcome,
  type PlanStatus,
  type ReviewAttendee,
  type YearGroup,
} from '@sendreg/contracts';
import { FORENAMES, SURNAMES } from './demo-names';
import { onRegisterSince, ownPupilUpns, passportPupils, statusOn } from './demo-passports';
import {
  PLAN_PROFILE_OF_NEED,
  PLAN_TEXTS,
  RATING_NOTES,
  REVIEW_PARENT_VIEWS,
  REVIEW_PUPIL_VIEWS,
  VISITING_PROFESSIONALS,
  type Band,
  type PlanProfile,
  type Track,
} from './demo-plan-texts';
import { demoCalendar } from './demo-provision';
import type { DemoPupil, DemoSchool, DemoStaff } from './demo-trust';
import { SeededRandom } from './random';

/**
 * Demo support plans (Assess, Plan, Do, Review): for most pupils on the register a history of one to
 * four cycles, each closed by a review that rated its outcomes and carried the unmet ones into the next
 * plan; the active plans' review dates spread so that the review dashboard has something overdue, due
 * soon and later; a few pupils new to the register with no plan yet (one with a draft); teachers'
 * comments before the reviews that are near. Deterministic given the school, the plan and "today" (the
 * school's date when the demo is seeded); everything is dated before today.
 */

/** The provision section as generated: groups by name (unique in the school), ids given at seeding. */
export interface DemoPlanProvision {
  provisions: string[];
  notes: string;
}

export interface DemoPlanContent {
  outcomes?: PlanOutcome[];
  strategies?: string[];
  provision?: DemoPlanProvision;
  pupilViews?: string;
  parentViews?: string;
}

export interface DemoPlanRevision {
  number: number;
  status: PlanStatus;
  content: DemoPlanContent;
  reviewDate: string | null;
  savedBy: string;
  savedAt: string;
}

export interface DemoPlanComment {
  authorEmail: string;
  body: string;
  createdAt: string;
}

/** The review that closed a plan; it started the pupil's next plan (the next cycle). */
export interface DemoPlanReview {
  heldOn: string;
  attendees: ReviewAttendee[];
  pupilViews: string;
  parentViews: string;
  outcomes: OutcomeProgress[];
  decisions: string;
  nextReviewDate: string;
  recordedBy: string;
  recordedAt: string;
}

export interface DemoPlan {
  pupilUpn: string;
  cycle: number;
  status: PlanStatus;
  format: string;
  /** As the last revision saved it. */
  content: DemoPlanContent;
  reviewDate: string | null;
  startedOn: string | null;
  closedOn: string | null;
  closedReason: string | null;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  /** Every save, numbered from 1; the plan's version is the last number. */
  revisions: DemoPlanRevision[];
  comments: DemoPlanComment[];
  review: DemoPlanReview | null;
}

export interface DemoPlans {
  settings: { reviewsPerYear: number; updatedBy: string; updatedAt: string };
  /** By pupil (in the school's order), then cycle. */
  plans: DemoPlan[];
}

export interface PlansPlan {
  seed: number;
  reviewsPerYear: number;
  /** The demo accounts whose pupils the demo relies on. */
  demo?: { teacher: string; className: string; ta: string };
}

export const OAKFIELD_PLANS: PlansPlan = {
  seed: 2041,
  reviewsPerYear: 3,
  demo: { teacher: 'teacher@oakfield.example', className: '4A', ta: 'ta@oakfield.example' },
};
export const RIVERSIDE_PLANS: PlansPlan = { seed: 4003, reviewsPerYear: 3 };

/** At most this many cycles of history: the school moved its plans into the product about a year ago. */
export const MAX_CYCLES = 4;

/** Shares of the active plans by when their review is due (the rest are due later, within 4 months). */
export const REVIEW_WINDOW_SHARES = { overdue: 0.065, 'due-14': 0.1, 'due-30': 0.1 } as const;

// ---------------------------------------------------------------------------------------------------
// Dates

export type ReviewWindow = 'overdue' | 'due-14' | 'due-30' | 'later';

/** Where a review date falls for the review dashboard. */
export function reviewWindow(reviewDate: string, today: string): ReviewWindow {
  const days = daysBetween(today, reviewDate);
  return days < 0 ? 'overdue' : days <= 14 ? 'due-14' : days <= 30 ? 'due-30' : 'later';
}

function windowRange(window: ReviewWindow, today: string): [string, string] {
  switch (window) {
    case 'overdue':
      return [addDays(today, -40), addDays(today, -1)];
    case 'due-14':
      return [today, addDays(today, 14)];
    case 'due-30':
      return [addDays(today, 15), addDays(today, 30)];
    case 'later':
      return [addDays(today, 31), addDays(addMonths(today, 4), -7)];
  }
}

function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/**
 * The days the demo schools are open, from three years back to next year: weekdays outside the usual
 * English holidays (as the provision map's term dates have them) and the summer holiday. Meetings are
 * held, and reviews fall, on these days.
 */
export class SchoolDays {
  private static last: SchoolDays | null = null;

  /** The school days around `today`, shared by the generators of one build. */
  static around(today: string): SchoolDays {
    if (SchoolDays.last?.today !== today) SchoolDays.last = new SchoolDays(today);
    return SchoolDays.last;
  }

  readonly closures: DateSpan[];
  /** Every open day, and every weekday, of the years around today, in order (for quick picks). */
  private readonly open: string[] = [];
  private readonly weekdays: string[] = [];

  constructor(readonly today: string) {
    const y = Number(academicYear(today).from.slice(0, 4));
    const spans: DateSpan[] = [];
    for (let year = y - 3; year <= y + 1; year++) {
      for (const c of demoCalendar(`${year}-10-01`).closures) spans.push({ from: c.from, to: c.to });
      // The summer: from the Saturday after the Friday on or before 22 July to 2 September.
      const lastFriday = addDays(mondayOf(addDays(`${year + 1}-07-22`, -4)), 4);
      spans.push({ from: addDays(lastFriday, 1), to: `${year + 1}-09-02` });
    }
    this.closures = spans;
    const last = Date.parse(`${y + 2}-12-31T00:00:00Z`);
    for (let ms = Date.parse(`${y - 3}-09-01T00:00:00Z`); ms <= last; ms += 86_400_000) {
      const day = new Date(ms).toISOString().slice(0, 10);
      if (isoWeekday(day) > 5) continue;
      this.weekdays.push(day);
      if (!isClosed(day, spans)) this.open.push(day);
    }
  }

  isOpen(date: string): boolean {
    return isoWeekday(date) <= 5 && !isClosed(date, this.closures);
  }

  onOrAfter(date: string): string {
    const i = firstAtOrAfter(this.open, date);
    if (i < this.open.length) return this.open[i]!;
    let d = date;
    for (let n = 0; n < 60 && !this.isOpen(d); n++) d = addDays(d, 1);
    return d;
  }

  onOrBefore(date: string): string {
    const i = firstAtOrAfter(this.open, addDays(date, 1)) - 1;
    if (i >= 0 && i < this.open.length - 1) return this.open[i]!;
    let d = date;
    for (let n = 0; n < 60 && !this.isOpen(d); n++) d = addDays(d, -1);
    return d;
  }

  /** An open day between two dates (both included); a weekday when the school is shut throughout. */
  pick(rng: SeededRandom, from: string, to: string): string {
    for (const days of [this.open, this.weekdays]) {
      const first = firstAtOrAfter(days, from);
      const end = firstAtOrAfter(days, addDays(to, 1));
      if (end > first) return days[first + Math.floor(rng.next() * (end - first))]!;
    }
    return from;
  }
}

/** The index of the first date on or after `date` in a sorted list (its length when there is none). */
function firstAtOrAfter(sorted: readonly string[], date: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A time on a date (UTC), from minutes after midnight. */
export function at(date: string, minutes: number): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${date}T${hh}:${mm}:00Z`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "11 March 2027", as a SENCO writes a date in a note. */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A random UUID (version 4 layout) from the seeded stream, so every build is the same. */
export function seededUuid(rng: SeededRandom): string {
  const word = () =>
    Math.floor(rng.next() * 2 ** 32)
      .toString(16)
      .padStart(8, '0');
  const hex = [...`${word()}${word()}${word()}${word()}`];
  hex[12] = '4';
  hex[16] = (8 + (parseInt(hex[16]!, 16) & 3)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function weighted<T>(rng: SeededRandom, pairs: readonly (readonly [T, number])[]): T {
  const total = pairs.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.next() * total;
  for (const [value, w] of pairs) {
    roll -= w;
    if (roll < 0) return value;
  }
  return pairs[pairs.length - 1]![0];
}

/** k different items, in the order drawn. */
function sample<T>(rng: SeededRandom, items: readonly T[], k: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < k && pool.length > 0)
    out.push(pool.splice(Math.floor(rng.next() * pool.length), 1)[0]!);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// The cycles of one pupil

/** One plan's dates: started, to be reviewed by, and the review held (null: the active plan). */
interface Span {
  start: string;
  review: string;
  held: string | null;
}

interface TimelineInput {
  since: string;
  /** The review window of the active plan; null: a pupil new this term, whose first plan sets it. */
  window: ReviewWindow | null;
  /** Reviews held weeks late (1), or a term late (2), so that fewer than three fell in the last year. */
  slipping: 0 | 1 | 2;
}

/**
 * A pupil's plans, oldest first, worked back from the active plan's review date: each plan ran about
 * four months (12 / reviews a year), its review held on or near its date, and the next plan started the
 * day of the review. The first plan was written a week or so after the pupil joined the register, or,
 * for pupils on it longer, MAX_CYCLES cycles ago.
 */
function timeline(
  rng: SeededRandom,
  days: SchoolDays,
  today: string,
  reviewsPerYear: number,
  input: TimelineInput,
): Span[] {
  const yesterday = addDays(today, -1);
  const months = Math.max(1, Math.round(12 / reviewsPerYear));
  const earliest = addDays(input.since, 5);
  const firstStart = () => {
    const start = days.onOrAfter(addDays(input.since, rng.int(5, 20)));
    if (start <= yesterday) return start;
    const before = days.onOrBefore(yesterday);
    return before > input.since ? before : yesterday;
  };
  if (input.window === null) {
    const start = firstStart();
    return [{ start, review: nextReviewDate(start, reviewsPerYear, days.closures), held: null }];
  }
  const spans: Span[] = []; // newest first
  const [from, to] = windowRange(input.window, today);
  let review = days.pick(rng, from, to);
  let held: string | null = null;
  for (;;) {
    // Termly: a cycle a few days short of `months` at most, so three reviews fit in a year.
    let start = days.onOrAfter(addDays(addMonths(review, -months), rng.int(2, 10)));
    if (held === null && start > yesterday) start = days.onOrBefore(yesterday);
    if (start < earliest) {
      const first = firstStart();
      if (daysBetween(first, review) >= 42) spans.push({ start: first, review, held });
      else if (spans.length === 0) {
        spans.push({ start: first, review: nextReviewDate(first, reviewsPerYear, days.closures), held });
      }
      // Otherwise this cycle has no room before the pupil joined: the newer plan is the first.
      break;
    }
    // The date the school's cycle gives, where it keeps the plan where it was meant to be.
    const usual = nextReviewDate(start, reviewsPerYear, days.closures);
    if (held === null ? reviewWindow(usual, today) === input.window : usual <= addDays(held, 7)) {
      review = usual;
    }
    spans.push({ start, review, held });
    if (spans.length === MAX_CYCLES) break;
    // The plan before was reviewed on the day this one started: mostly on its date, some late.
    held = start;
    review = reviewDateBefore(rng, days, held, input.slipping);
  }
  return spans.reverse();
}

/** The review date of a plan reviewed on `held`: the same day, a little early, or late. */
function reviewDateBefore(rng: SeededRandom, days: SchoolDays, held: string, slipping: 0 | 1 | 2): string {
  if (slipping === 2) return days.onOrBefore(addDays(held, -rng.int(100, 130)));
  if (slipping === 1) return days.onOrBefore(addDays(held, -rng.int(35, 75)));
  const roll = rng.next();
  if (roll < 0.55) return held;
  if (roll < 0.7) return days.onOrAfter(addDays(held, rng.int(1, 7)));
  if (roll < 0.95) return days.onOrBefore(addDays(held, -rng.int(3, 14)));
  return days.onOrBefore(addDays(held, -rng.int(20, 40)));
}

// ---------------------------------------------------------------------------------------------------
// What the plans say

interface TrackRef {
  key: string;
  steps: Track;
  needCode: string | null;
}

interface Writer {
  band: Band;
  profile: PlanProfile;
  second: PlanProfile | null;
  primary: TrackRef[];
  secondary: TrackRef[];
  /** Used when the pupil's own tracks are all met. */
  spare: TrackRef[];
}

function writerFor(school: DemoSchool, pupil: DemoPupil): Writer {
  const band: Band = school.phase === 'secondary' ? 'secondary' : 'primary';
  const needs = pupil.sen?.needs ?? [];
  const primaryCode = needs.find((n) => n.rank === 1)?.code ?? null;
  const secondaryCode = needs.find((n) => n.rank === 2)?.code ?? null;
  const profile = (primaryCode && PLAN_PROFILE_OF_NEED[primaryCode]) || 'general';
  const secondProfile = secondaryCode ? PLAN_PROFILE_OF_NEED[secondaryCode] : undefined;
  const second = secondProfile && secondProfile !== profile ? secondProfile : null;
  const refs = (p: PlanProfile, code: string | null, prefix: string): TrackRef[] =>
    PLAN_TEXTS[p].tracks[band].map((steps, i) => ({ key: `${prefix}:${p}:${i}`, steps, needCode: code }));
  return {
    band,
    profile,
    second,
    primary: refs(profile, primaryCode, 'p'),
    secondary: second ? refs(second, secondaryCode, 's') : [],
    // Not about the need itself, so tied to none.
    spare: profile === 'general' ? [] : refs('general', null, 'g'),
  };
}

interface LiveOutcome {
  outcome: PlanOutcome;
  track: TrackRef;
  step: number;
}

function outcomeOf(
  rng: SeededRandom,
  track: TrackRef,
  step: number,
  byDate: string,
  carriedFrom: string | null,
) {
  const [description, measure] = track.steps[step]!;
  return {
    outcome: { id: seededUuid(rng), description, measure, byDate, needCode: track.needCode, carriedFrom },
    track,
    step,
  };
}

function firstOutcomes(rng: SeededRandom, w: Writer, byDate: string, used: Set<string>): LiveOutcome[] {
  const primary = sample(rng, w.primary, Math.min(w.primary.length, rng.chance(0.4) ? 3 : 2));
  const secondary = w.secondary.length ? [rng.pick(w.secondary)] : [];
  const tracks = [...primary, ...secondary];
  for (const t of tracks) used.add(t.key);
  return tracks.map((t) => outcomeOf(rng, t, 0, byDate, null));
}

/**
 * The next plan's outcomes after a review: those not met carried forward (a new id, pointing at the old
 * one), the next step of those met, and new lines of work to keep two or three outcomes.
 */
function nextOutcomes(
  rng: SeededRandom,
  w: Writer,
  previous: LiveOutcome[],
  ratings: OutcomeRating[],
  byDate: string,
  used: Set<string>,
): LiveOutcome[] {
  const next: LiveOutcome[] = [];
  previous.forEach((o, i) => {
    if (CARRIED_FORWARD_RATINGS.includes(ratings[i]!)) {
      next.push(outcomeOf(rng, o.track, o.step, byDate, o.outcome.id));
    } else if (o.step + 1 < o.track.steps.length) {
      next.push(outcomeOf(rng, o.track, o.step + 1, byDate, null));
    }
  });
  const want = Math.max(2, Math.min(3, previous.length));
  for (const t of [...w.primary, ...w.secondary, ...w.spare]) {
    if (next.length >= want) break;
    if (used.has(t.key)) continue;
    used.add(t.key);
    next.push(outcomeOf(rng, t, 0, byDate, null));
  }
  return next.slice(0, 4);
}

const FIRST_RATINGS: readonly (readonly [OutcomeRating, number])[] = [
  ['not-met', 10],
  ['partly-met', 35],
  ['met', 40],
  ['exceeded', 15],
];
const CARRIED_RATINGS: readonly (readonly [OutcomeRating, number])[] = [
  ['not-met', 5],
  ['partly-met', 25],
  ['met', 55],
  ['exceeded', 15],
];

type Tone = 'good' | 'mixed' | 'hard';

function toneOf(ratings: OutcomeRating[]): Tone {
  const met = ratings.filter((r) => r === 'met' || r === 'exceeded').length / ratings.length;
  return met >= 2 / 3 ? 'good' : met >= 1 / 3 ? 'mixed' : 'hard';
}

function firstStrategies(rng: SeededRandom, w: Writer): string[] {
  const own = sample(rng, PLAN_TEXTS[w.profile].strategies[w.band], rng.int(4, 5));
  if (w.second) {
    const extra = PLAN_TEXTS[w.second].strategies[w.band].filter((s) => !own.includes(s));
    if (extra.length) own.push(rng.pick(extra));
  }
  return own;
}

/** A strategy not yet in the list, from the pupil's needs, or null when there is none left. */
function newStrategy(rng: SeededRandom, w: Writer, list: readonly string[]): string | null {
  const pool = [
    ...PLAN_TEXTS[w.profile].strategies[w.band],
    ...(w.second ? PLAN_TEXTS[w.second].strategies[w.band] : []),
  ].filter((s) => !list.includes(s));
  return pool.length ? rng.pick(pool) : null;
}

/** After a review: mostly the same strategies, one swapped or one added now and then. */
function nextStrategies(rng: SeededRandom, w: Writer, list: string[]): string[] {
  const roll = rng.next();
  const fresh = newStrategy(rng, w, list);
  if (!fresh) return [...list];
  if (roll < 0.35) {
    const out = [...list];
    out[rng.int(0, out.length - 1)] = fresh;
    return out;
  }
  if (roll < 0.6 && list.length < 8) return [...list, fresh];
  return [...list];
}

function content(
  outcomes: LiveOutcome[],
  strategies: string[],
  provision: DemoPlanProvision | null,
  pupilViews: string,
  parentViews: string,
): DemoPlanContent {
  // In the order of the format's sections, empty ones left out.
  const c: DemoPlanContent = {};
  if (outcomes.length) c.outcomes = outcomes.map((o) => o.outcome);
  if (strategies.length) c.strategies = [...strategies];
  if (provision && (provision.provisions.length || provision.notes)) c.provision = provision;
  if (pupilViews) c.pupilViews = pupilViews;
  if (parentViews) c.parentViews = parentViews;
  return c;
}

/** The plan's content as stored: provisions by id. */
export function planContent(c: DemoPlanContent, provisionId: (name: string) => string): PlanContent {
  const out: PlanContent = {};
  if (c.outcomes) out.outcomes = c.outcomes;
  if (c.strategies) out.strategies = c.strategies;
  if (c.provision) {
    out.provision = { provisionIds: c.provision.provisions.map(provisionId), notes: c.provision.notes };
  }
  if (c.pupilViews) out.pupilViews = c.pupilViews;
  if (c.parentViews) out.parentViews = c.parentViews;
  return out;
}

// ---------------------------------------------------------------------------------------------------
// People

function yearOffset(year: YearGroup): number {
  return year === 'N' ? -1 : year === 'R' ? 0 : Number(year);
}

function yearLabel(offset: number): string {
  return offset === -1 ? 'N' : offset === 0 ? 'R' : String(offset);
}

/** The class a pupil was in on a date: the same form, a year group lower for each year back. */
function classOn(school: DemoSchool, pupil: DemoPupil, date: string, today: string): string {
  const back = schoolYearOf(school, today) - Number(academicYear(date).from.slice(0, 4));
  if (back <= 0) return pupil.className;
  const form = pupil.className.slice(pupil.yearGroup.length);
  const name = `${yearLabel(yearOffset(pupil.yearGroup) - back)}${form}`;
  return school.classes.some((c) => c.name === name) ? name : pupil.className;
}

/** The academic year (its first calendar year) the school's year groups are for. */
export function schoolYearOf(school: DemoSchool, today: string): number {
  return school.academicYear ?? Number(academicYear(today).from.slice(0, 4));
}

function teacherOf(school: DemoSchool, className: string): DemoStaff | undefined {
  return school.staff.find((s) => s.classes.some((c) => c.className === className && c.role === 'teacher'));
}

/** The name of someone from outside the school (a parent, a therapist), never the pupil's own. */
function visitorName(rng: SeededRandom, pupil: DemoPupil): string {
  const own = new Set([pupil.legalForename, pupil.legalSurname, pupil.preferredForename ?? '']);
  const forename = rng.pick(FORENAMES.filter((n) => !own.has(n)));
  const surname = rng.pick(SURNAMES.filter((n) => !own.has(n)));
  return `${forename} ${surname}`;
}

// ---------------------------------------------------------------------------------------------------
// The whole set

interface PupilContext {
  school: DemoSchool;
  pupil: DemoPupil;
  spans: Span[];
  today: string;
  senco: DemoStaff;
  days: SchoolDays;
  words: SeededRandom;
  people: SeededRandom;
  /** Whether the active plan gets a comment from the class teacher: null to leave it to chance. */
  comment: boolean | null;
}

/**
 * The groups a plan names: those the pupil has a place in during the plan. A closed plan names the
 * groups the pupil was in, or joined within three weeks of, when it was written; the active plan also
 * those planned before its review (groups the pupil "is, or will be, in").
 */
function planGroups(school: DemoSchool, upn: string, span: Span): string[] {
  const to = span.held === null ? span.review : addDays(span.start, 21);
  const end = span.held ?? span.review;
  return (school.provision?.provisions ?? [])
    .filter((g) =>
      g.places.some(
        (p) =>
          p.pupilUpn === upn &&
          p.joinedOn <= to &&
          (p.leftOn ?? g.endDate) >= span.start &&
          p.joinedOn <= end,
      ),
    )
    .map((g) => g.name);
}

/** A comment time: a weekday after school, between two dates (a day with none: the last). */
function commentTime(rng: SeededRandom, days: SchoolDays, from: string, to: string): string {
  return at(days.pick(rng, from, to), rng.int(15 * 60, 16 * 60 + 59));
}

function pupilPlans(ctx: PupilContext): DemoPlan[] {
  const { school, pupil, spans, today, senco, days, words, people } = ctx;
  const w = writerFor(school, pupil);
  const texts = PLAN_TEXTS[w.profile];
  const yesterday = addDays(today, -1);
  const used = new Set<string>();
  const parent = visitorName(people, pupil);
  const plans: DemoPlan[] = [];
  let outcomes = firstOutcomes(words, w, spans[0]!.review, used);
  let strategies = firstStrategies(words, w);
  let pupilViews = words.pick(texts.pupilViews[w.band]);
  let parentViews = words.pick(texts.parentViews[w.band]);
  let createdAt = at(spans[0]!.start, words.int(9 * 60, 12 * 60 + 59));

  spans.forEach((span, index) => {
    const active = span.held === null;
    const end = span.held ?? span.review;
    const groups = planGroups(school, pupil.upn, span);
    const note = groups.length === 0 || words.chance(0.4) ? words.pick(texts.provisionNotes[w.band]) : '';
    const provision: DemoPlanProvision = { provisions: groups, notes: note };
    const planContentNow = content(outcomes, strategies, provision, pupilViews, parentViews);
    const revisions: DemoPlanRevision[] = [];
    const revision = (status: PlanStatus, c: DemoPlanContent, savedAt: string) =>
      revisions.push({
        number: revisions.length + 1,
        status,
        content: c,
        reviewDate: span.review,
        savedBy: senco.email,
        savedAt,
      });
    // A first plan sometimes saved as a draft before the meeting with parents that agreed it.
    if (index === 0 && words.chance(0.12)) {
      const drafted = days.onOrBefore(addDays(span.start, -words.int(1, 6)));
      if (drafted > onRegisterSince(pupil, today)!) {
        const draftAt = at(drafted, words.int(13 * 60, 16 * 60 + 30));
        revision('draft', content(outcomes, strategies, provision, '', ''), draftAt);
      }
    }
    revision('active', planContentNow, createdAt);
    // Now and then a strategy added part-way through the cycle.
    const editBy = [addDays(end, -7), yesterday].sort()[0]!;
    if (daysBetween(span.start, editBy) >= 14 && words.chance(0.08)) {
      const added = newStrategy(words, w, strategies);
      if (added && strategies.length < 12) {
        strategies = [...strategies, added];
        const savedAt = at(days.pick(words, addDays(span.start, 14), editBy), words.int(12 * 60, 16 * 60));
        if (savedAt > revisions.at(-1)!.savedAt) {
          revision('active', content(outcomes, strategies, provision, pupilViews, parentViews), savedAt);
        }
      }
    }

    // Teachers' comments: on the active plan when its review is near, on some closed plans before theirs.
    const comments: DemoPlanComment[] = [];
    // The teacher of the pupil's class at the review (for the active plan: now, as they comment).
    const classTeacher = teacherOf(school, active ? pupil.className : classOn(school, pupil, end, today));
    if (classTeacher) {
      if (active) {
        const near = span.review <= addDays(today, 30);
        const wanted = ctx.comment ?? (near && people.chance(0.6));
        let from = [addDays(span.start, 7), addDays(today, -21)].sort()[1]!;
        if (from > yesterday) from = addDays(span.start, 1);
        if (wanted && from <= yesterday) {
          comments.push({
            authorEmail: classTeacher.email,
            body: people.pick(texts.comments[w.band]),
            createdAt: commentTime(people, days, from, yesterday),
          });
        }
      } else if (people.chance(0.3)) {
        const from = [addDays(span.start, 7), addDays(span.held!, -21)].sort()[1]!;
        comments.push({
          authorEmail: classTeacher.email,
          body: people.pick(texts.comments[w.band]),
          createdAt: commentTime(people, days, from, addDays(span.held!, -1)),
        });
      }
    }

    const lastSave = revisions.at(-1)!;
    const plan: DemoPlan = {
      pupilUpn: pupil.upn,
      cycle: index + 1,
      status: active ? 'active' : 'closed',
      format: DEFAULT_PLAN_FORMAT,
      content: lastSave.content,
      reviewDate: span.review,
      startedOn: span.start,
      closedOn: span.held,
      closedReason: active ? null : 'reviewed',
      createdBy: senco.email,
      createdAt: revisions[0]!.savedAt,
      updatedBy: senco.email,
      updatedAt: lastSave.savedAt,
      revisions,
      comments,
      review: null,
    };
    plans.push(plan);
    if (active) return;

    // The review: each outcome rated, then the next plan written in the same meeting.
    const held = span.held!;
    const ratings = outcomes.map((o) =>
      weighted(words, o.outcome.carriedFrom ? CARRIED_RATINGS : FIRST_RATINGS),
    );
    const nextSpan = spans[index + 1]!;
    let next = nextOutcomes(words, w, outcomes, ratings, nextSpan.review, used);
    if (next.length === 0) {
      // Everything met and nothing left to move on to: keep working on the first.
      ratings[0] = 'partly-met';
      next = nextOutcomes(words, w, outcomes, ratings, nextSpan.review, used);
    }
    const tone = toneOf(ratings);
    const recordedAt = at(held, words.int(16 * 60, 17 * 60 + 29));
    const attendees = reviewAttendees(people, school, pupil, w, parent, classTeacher, groups, held);
    const professional = attendees.find((a) => a.role === VISITING_PROFESSIONALS[w.profile]);
    const nextGroups = planGroups(school, pupil.upn, nextSpan);
    const withParent = attendees.some((a) => a.role === 'Parent' || a.role === 'Foster carer');
    const reviewParentViews = words.pick(REVIEW_PARENT_VIEWS[w.band][tone]);
    plan.review = {
      heldOn: held,
      attendees,
      pupilViews: words.pick(REVIEW_PUPIL_VIEWS[w.band][tone]),
      parentViews: withParent ? reviewParentViews : `By phone before the meeting: ${reviewParentViews}`,
      outcomes: outcomes.map((o, i) => ({
        outcomeId: o.outcome.id,
        description: o.outcome.description,
        rating: ratings[i]!,
        note: words.pick(RATING_NOTES[ratings[i]!]),
      })),
      decisions: decisionsText({
        carried: next.filter((o) => o.outcome.carriedFrom).length,
        added: next.filter((o) => !o.outcome.carriedFrom).length,
        started: nextGroups.filter((g) => !groups.includes(g)),
        ended: groups.filter((g) => !nextGroups.includes(g)),
        tone,
        professional: professional?.role ?? VISITING_PROFESSIONALS[w.profile] ?? null,
        nextReview: nextSpan.review,
      }),
      nextReviewDate: nextSpan.review,
      recordedBy: senco.email,
      recordedAt,
    };
    plan.updatedAt = recordedAt;

    outcomes = next;
    strategies = nextStrategies(words, w, strategies);
    if (words.chance(0.5)) pupilViews = words.pick(texts.pupilViews[w.band]);
    if (words.chance(0.5)) parentViews = words.pick(texts.parentViews[w.band]);
    createdAt = at(held, Number(recordedAt.slice(11, 13)) * 60 + Number(recordedAt.slice(14, 16)) + 5);
  });
  return plans;
}

function reviewAttendees(
  rng: SeededRandom,
  school: DemoSchool,
  pupil: DemoPupil,
  w: Writer,
  parent: string,
  classTeacher: DemoStaff | undefined,
  groups: string[],
  held: string,
): ReviewAttendee[] {
  const out: ReviewAttendee[] = [];
  if (pupil.lookedAfter) {
    out.push({ name: parent, role: 'Foster carer' });
    if (rng.chance(0.5)) out.push({ name: visitorName(rng, pupil), role: 'Social worker' });
  } else if (rng.chance(0.9)) {
    out.push({ name: parent, role: 'Parent' });
  }
  if (classTeacher && rng.chance(w.band === 'primary' ? 0.9 : 0.6)) {
    out.push({ name: classTeacher.displayName, role: w.band === 'primary' ? 'Class teacher' : 'Form tutor' });
  }
  // The TA who leads one of the pupil's groups, now and then.
  const leads = (school.provision?.provisions ?? [])
    .filter((g) => groups.includes(g.name) && g.startDate <= held)
    .map((g) => school.staff.find((s) => s.email === g.staff[0]))
    .filter((s): s is DemoStaff => !!s && s.roles.includes('ta'));
  if (leads.length && rng.chance(0.3)) {
    const ta = rng.pick(leads);
    out.push({ name: ta.displayName, role: 'Teaching assistant' });
  }
  const professional = VISITING_PROFESSIONALS[w.profile];
  if (professional && rng.chance(0.12)) {
    out.push({ name: visitorName(rng, pupil), role: professional });
  }
  const senco = school.staff.find((s) => s.roles.includes('senco'))!;
  out.push({ name: senco.displayName, role: 'SENCO' });
  return out;
}

function decisionsText(d: {
  carried: number;
  added: number;
  started: string[];
  ended: string[];
  tone: Tone;
  professional: string | null;
  nextReview: string;
}): string {
  const parts: string[] = [];
  if (d.carried === 0) parts.push('All outcomes met or exceeded.');
  else if (d.carried === 1) parts.push('Carry forward the outcome not yet met.');
  else parts.push(`Carry forward the ${d.carried} outcomes not yet met.`);
  if (d.added === 1) parts.push('One new outcome: the next step on from what was met.');
  else if (d.added > 1) parts.push(`${d.added} new outcomes: the next steps on from what was met.`);
  if (d.started.length) parts.push(`Start: ${d.started.join('; ')}.`);
  if (d.ended.length) parts.push(`Finished: ${d.ended.join('; ')}.`);
  if (!d.started.length && !d.ended.length) parts.push('Keep the current support and strategies.');
  if (d.tone === 'hard') {
    parts.push(
      d.professional
        ? `SENCO to ask the ${d.professional.charAt(0).toLowerCase()}${d.professional.slice(1)} for advice before the next review.`
        : 'SENCO to talk to parents about further support.',
    );
  }
  parts.push(`Next review: ${longDate(d.nextReview)}.`);
  return parts.join(' ');
}

/** The draft of a pupil new to the register: outcomes and strategies, no views yet (not yet met). */
function draftPlan(ctx: Omit<PupilContext, 'spans' | 'comment'>, reviewsPerYear: number): DemoPlan {
  const { school, pupil, today, senco, days, words } = ctx;
  const w = writerFor(school, pupil);
  const since = onRegisterSince(pupil, today)!;
  const yesterday = addDays(today, -1);
  const saved = days.pick(words, [[since, addDays(today, -6)].sort()[1]!, yesterday].sort()[0]!, yesterday);
  const meeting = days.onOrAfter(addDays(today, words.int(5, 12)));
  const reviewDate = nextReviewDate(meeting, reviewsPerYear, days.closures);
  const outcomes = firstOutcomes(words, w, reviewDate, new Set());
  const groups = planGroups(school, pupil.upn, { start: today, review: reviewDate, held: null });
  const c = content(outcomes, firstStrategies(words, w), { provisions: groups, notes: '' }, '', '');
  const savedAt = at(saved, words.int(13 * 60, 16 * 60 + 30));
  return {
    pupilUpn: pupil.upn,
    cycle: 1,
    status: 'draft',
    format: DEFAULT_PLAN_FORMAT,
    content: c,
    reviewDate,
    startedOn: null,
    closedOn: null,
    closedReason: null,
    createdBy: senco.email,
    createdAt: savedAt,
    updatedBy: senco.email,
    updatedAt: savedAt,
    revisions: [{ number: 1, status: 'draft', content: c, reviewDate, savedBy: senco.email, savedAt }],
    comments: [],
    review: null,
  };
}

/** The demo support plans of one school, as its SENCO and teachers would have left them by today. */
export function buildDemoPlans(school: DemoSchool, plan: PlansPlan, today: string): DemoPlans {
  // Separate streams, so that who is chosen for what does not depend on what the plans say.
  const choose = new SeededRandom(plan.seed * 23 + 1);
  const dates = new SeededRandom(plan.seed * 23 + 2);
  const words = new SeededRandom(plan.seed * 23 + 3);
  const people = new SeededRandom(plan.seed * 23 + 4);
  const senco = school.staff.find((s) => s.roles.includes('senco'));
  if (!senco) throw new Error(`Demo plans: ${school.name} has no SENCO`);
  const days = SchoolDays.around(today);
  const register = passportPupils(school, today);
  const since = new Map(register.map((p) => [p.upn, onRegisterSince(p, today)!]));
  const sinceOf = (p: DemoPupil) => since.get(p.upn)!;

  // New to the register, no plan yet: the latest to join, none of the demo accounts' own pupils.
  const demo = plan.demo;
  const shown = new Set(
    demo ? [...ownPupilUpns(school, demo.teacher, today), ...ownPupilUpns(school, demo.ta, today)] : [],
  );
  const newest = register
    .filter((p) => !shown.has(p.upn))
    .sort((a, b) =>
      sinceOf(a) === sinceOf(b) ? (a.upn < b.upn ? -1 : 1) : sinceOf(a) < sinceOf(b) ? 1 : -1,
    );
  const newcomers = newest.slice(0, choose.int(3, 6));
  const withDraft = newcomers.at(-1);
  const newcomer = new Set(newcomers.map((p) => p.upn));
  const withPlans = register.filter((p) => !newcomer.has(p.upn));

  // When each active plan's review falls: pupils on the register less than five months have the date
  // their first plan set; the rest are shared out so the dashboard has overdue and due-soon reviews.
  const longStanding = withPlans.filter((p) => sinceOf(p) <= addMonths(today, -5));
  const longSet = new Set(longStanding.map((p) => p.upn));
  const windows = new Map<string, ReviewWindow | null>();
  const spans = new Map<string, Span[]>();
  const quota: Record<Exclude<ReviewWindow, 'later'>, number> = {
    overdue: Math.round(REVIEW_WINDOW_SHARES.overdue * withPlans.length),
    'due-14': Math.round(REVIEW_WINDOW_SHARES['due-14'] * withPlans.length),
    'due-30': Math.round(REVIEW_WINDOW_SHARES['due-30'] * withPlans.length),
  };
  for (const p of withPlans.filter((x) => !longSet.has(x.upn))) {
    const s = timeline(dates, days, today, plan.reviewsPerYear, {
      since: sinceOf(p),
      window: null,
      slipping: 0,
    });
    spans.set(p.upn, s);
    windows.set(p.upn, null);
    const w = reviewWindow(s.at(-1)!.review, today);
    if (w !== 'later') quota[w]--;
  }
  // The demo teacher: two pupils of the class with a review within 14 days, one already commented on.
  const commented = new Map<string, boolean>();
  if (demo) {
    const inClass = longStanding.filter((p) => p.className === demo.className);
    if (inClass.length < 2)
      throw new Error(`Demo plans: too few pupils on the register in ${demo.className}`);
    const [first, second] = sample(choose, inClass, 2) as [DemoPupil, DemoPupil];
    windows.set(first.upn, 'due-14');
    windows.set(second.upn, 'due-14');
    commented.set(first.upn, true);
    commented.set(second.upn, false);
    quota['due-14'] -= 2;
  }
  const rest = sample(
    choose,
    longStanding.filter((p) => !windows.has(p.upn)),
    longStanding.length,
  );
  for (const p of rest) {
    const w = (['overdue', 'due-14', 'due-30'] as const).find((k) => quota[k] > 0);
    if (w) quota[w]--;
    windows.set(p.upn, w ?? 'later');
  }
  // A few at SEN support for over a year whose reviews kept slipping: fewer than three in the year.
  const yearAgo = addMonths(today, -13);
  const slipCandidates = longStanding.filter(
    (p) => statusOn(p, today) === 'K' && sinceOf(p) <= yearAgo && !commented.has(p.upn),
  );
  // The first of them had a review put off by a whole term.
  const slipped = sample(choose, slipCandidates, Math.max(2, Math.round(0.08 * slipCandidates.length)));
  const slipping = new Map(slipped.map((p, i) => [p.upn, i === 0 ? (2 as const) : (1 as const)]));
  for (const p of longStanding) {
    spans.set(
      p.upn,
      timeline(dates, days, today, plan.reviewsPerYear, {
        since: sinceOf(p),
        window: windows.get(p.upn)!,
        slipping: slipping.get(p.upn) ?? 0,
      }),
    );
  }

  const plans: DemoPlan[] = [];
  const base = { school, today, senco, days, words, people };
  for (const pupil of school.pupils) {
    const s = spans.get(pupil.upn);
    if (s) plans.push(...pupilPlans({ ...base, pupil, spans: s, comment: commented.get(pupil.upn) ?? null }));
    else if (pupil === withDraft) plans.push(draftPlan({ ...base, pupil }, plan.reviewsPerYear));
  }
  const firstDay = plans.map((p) => p.createdAt.slice(0, 10)).sort()[0] ?? addDays(today, -1);
  return {
    settings: {
      reviewsPerYear: plan.reviewsPerYear,
      updatedBy: senco.email,
      updatedAt: at(days.onOrBefore(addDays(firstDay, -1)), 8 * 60 + 30),
    },
    plans,
  };
}

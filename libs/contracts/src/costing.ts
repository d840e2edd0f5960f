/**
 * The costing rules of the provision map, in one place (DOMAIN.md, "Provision map and interventions").
 *
 * - A session costs the delivering adult's hourly rate times its duration, plus the intervention's
 *   resource cost per session.
 * - A session's cost is shared equally among the pupils in the group for that session (present or
 *   absent: the place was made for them). A cancelled session costs nothing.
 * - A pupil's planned cost for a span is the number of scheduled sessions in it (each scheduled weekday
 *   between the dates, leaving out the days the school is closed by its term dates) times the session cost, divided by the group size; in a group whose pupils come
 *   and go, each scheduled day is shared among the pupils in the group that day (planGroup), priced at
 *   the delivering role's rate in force on the first day costed.
 * - Amounts are in pence and kept exact until the total: only the total is rounded to the penny, so
 *   24 shares of 258⅓p make GBP 62.00, not GBP 61.92.
 * - A pupil whose yearly additional provision reaches GBP 5,000 is approaching the GBP 6,000 notional SEN
 *   threshold; at GBP 6,000 or more they are a candidate for top-up funding (element 3).
 *
 * The API's SQL aggregates apply the same rules over many sessions at once; an integration test checks
 * them against these functions.
 */

/** Element 2: the school meets SEN support costs up to this much per pupil per year. */
export const NOTIONAL_SEN_THRESHOLD_PENCE = 600_000;
/** From this yearly cost a pupil is flagged as approaching the threshold. */
export const TOP_UP_APPROACHING_PENCE = 500_000;

export type TopUpStatus = 'below' | 'approaching' | 'above';

export interface SessionCostInput {
  hourlyRatePence: number;
  minutes: number;
  resourcePence: number;
}

/** The exact cost of one held session, in (fractional) pence. */
export function sessionCost({ hourlyRatePence, minutes, resourcePence }: SessionCostInput): number {
  if (hourlyRatePence < 0 || minutes < 0 || resourcePence < 0) {
    throw new RangeError('Rates, minutes and resources cannot be negative');
  }
  return (hourlyRatePence * minutes) / 60 + resourcePence;
}

/** One pupil's share of a session shared among `pupils` pupils, exact. */
export function shareOfSession(costPence: number, pupils: number): number {
  if (!Number.isInteger(pupils) || pupils < 1)
    throw new RangeError('A session is shared among at least one pupil');
  return costPence / pupils;
}

/** Rounds an exact amount to whole pence (half away from zero), ignoring floating-point dust. */
export function roundPence(exactPence: number): number {
  const cleaned = Number(exactPence.toFixed(6));
  return Math.sign(cleaned) * Math.round(Math.abs(cleaned));
}

/** Pence as pounds for people: 6200 → "£62.00". */
export function formatPounds(pence: number): string {
  return `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`Not a date: ${date}`);
  return Math.floor(ms / DAY_MS);
}

/** ISO weekday of a YYYY-MM-DD date: 1 = Monday .. 7 = Sunday. */
export function isoWeekday(date: string): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** A span of dates, both included. */
export interface DateSpan {
  from: string;
  to: string;
}

function countWeekdays(start: number, end: number, days: ReadonlySet<number>): number {
  if (end < start) return 0;
  const whole = Math.floor((end - start + 1) / 7);
  let count = whole * days.size;
  for (let d = start + whole * 7; d <= end; d++) {
    if (days.has(((((d + 3) % 7) + 7) % 7) + 1)) count++;
  }
  return count;
}

/** Closures sorted and merged, so a day in two overlapping closures is left out once. */
function mergeSpans(spans: readonly DateSpan[]): DateSpan[] {
  const sorted = [...spans].filter((s) => s.from <= s.to).sort((a, b) => a.from.localeCompare(b.from));
  const merged: DateSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && dayNumber(span.from) <= dayNumber(last.to) + 1) {
      if (span.to > last.to) last.to = span.to;
    } else merged.push({ ...span });
  }
  return merged;
}

/**
 * How many of the given weekdays fall between two dates, both included, leaving out the days the
 * school is closed (holidays and training days: the school's term dates).
 */
export function scheduledSessions(
  from: string,
  to: string,
  weekdays: readonly number[],
  closures: readonly DateSpan[] = [],
): number {
  const start = dayNumber(from);
  const end = dayNumber(to);
  const days = new Set(weekdays);
  let count = countWeekdays(start, end, days);
  for (const closure of mergeSpans(closures)) {
    count -= countWeekdays(
      Math.max(start, dayNumber(closure.from)),
      Math.min(end, dayNumber(closure.to)),
      days,
    );
  }
  return Math.max(0, count);
}

/** Whether the school is closed on a date. */
export function isClosed(date: string, closures: readonly DateSpan[]): boolean {
  return closures.some((c) => c.from <= date && date <= c.to);
}

/** The academic year (1 September to 31 August) that contains a date. */
export function academicYear(date: string): { from: string; to: string; label: string } {
  const [y, m] = date.split('-').map(Number);
  const startYear = m >= 9 ? y : y - 1;
  return {
    from: `${startYear}-09-01`,
    to: `${startYear + 1}-08-31`,
    label: `${startYear} to ${startYear + 1}`,
  };
}

/** The overlap of two date spans, or null when they do not meet. */
export function overlap(
  a: { from: string; to: string },
  b: { from: string; to: string },
): { from: string; to: string } | null {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to } : null;
}

export interface PlannedPlace {
  /** The pupil's span in the group, already clipped to the period being costed. */
  from: string;
  to: string;
  weekdays: readonly number[];
  minutes: number;
  hourlyRatePence: number;
  resourcePence: number;
  groupSize: number;
  /** Days the school is closed: no session is planned on them. */
  closures?: readonly DateSpan[];
}

/** A pupil's exact planned cost for one place in a group. */
export function plannedCost(place: PlannedPlace): number {
  const sessions = scheduledSessions(place.from, place.to, place.weekdays, place.closures);
  const cost = sessionCost({
    hourlyRatePence: place.hourlyRatePence,
    minutes: place.minutes,
    resourcePence: place.resourcePence,
  });
  return sessions * shareOfSession(cost, place.groupSize);
}

export interface DeliveredSession extends SessionCostInput {
  /** The pupils listed in the session's attendance (present or absent). */
  pupilsListed: number;
}

/** A pupil's exact delivered cost over the held sessions they were listed in. */
export function deliveredCost(sessions: readonly DeliveredSession[]): number {
  return sessions.reduce((sum, s) => sum + shareOfSession(sessionCost(s), s.pupilsListed), 0);
}

/** Where a yearly cost stands against the notional SEN threshold. */
export function topUpStatus(yearlyPence: number): TopUpStatus {
  if (yearlyPence >= NOTIONAL_SEN_THRESHOLD_PENCE) return 'above';
  if (yearlyPence >= TOP_UP_APPROACHING_PENCE) return 'approaching';
  return 'below';
}

export const TOP_UP_LABELS: Record<TopUpStatus, string> = {
  below: 'Below GBP 5,000',
  approaching: 'Approaching GBP 6,000',
  above: 'GBP 6,000 or more: top-up candidate',
};

/**
 * A group's planned cost, per place. A group's scheduled sessions are shared among the pupils in the
 * group on each day, so a pupil's place is cut into spans where the group's size stays the same (others joining or leaving
 * move it), and each span is priced with plannedCost(). A group's planned total is then the same
 * whoever comes and goes, as long as someone is in it.
 */

export interface PlannedGroupInput {
  /** The group's own dates. */
  startDate: string;
  endDate: string;
  weekdays: readonly number[];
  minutes: number;
  /** The planning rate of the intervention's delivering role; 0 when none is set. */
  hourlyRatePence: number;
  resourcePence: number;
  places: readonly { pupilId: string; joinedOn: string; leftOn: string | null }[];
  /** Days the school is closed (its term dates): no session is planned on them. */
  closures?: readonly DateSpan[];
}

export interface PlannedPlaceResult {
  pupilId: string;
  /** The place's span inside the group and the period, or null when they do not meet. */
  span: { from: string; to: string } | null;
  sessions: number;
  /** Exact pence: round only totals. */
  exactPence: number;
}

export interface PlannedGroupResult {
  /** The group's own span inside the period, or null when the group does not run in it. */
  span: { from: string; to: string } | null;
  /** Sessions the group is scheduled to meet in the period. */
  sessions: number;
  places: PlannedPlaceResult[];
}

/** The date `days` after (or before) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A place's span in the group (left_on is the last day in it), clipped to the group and the period. */
function placeSpan(
  place: { joinedOn: string; leftOn: string | null },
  group: { from: string; to: string },
): { from: string; to: string } | null {
  if (place.leftOn !== null && place.leftOn < place.joinedOn) return null;
  return overlap({ from: place.joinedOn, to: place.leftOn ?? group.to }, group);
}

export function planGroup(
  group: PlannedGroupInput,
  period: { from: string; to: string },
): PlannedGroupResult {
  const span = overlap({ from: group.startDate, to: group.endDate }, period);
  if (!span) {
    return {
      span: null,
      sessions: 0,
      places: group.places.map((p) => ({ pupilId: p.pupilId, span: null, sessions: 0, exactPence: 0 })),
    };
  }
  const spans = group.places.map((p) => placeSpan(p, span));
  // Every day on which the group's size can change: someone joins, or the day after someone leaves.
  const cuts = [...new Set(spans.flatMap((s) => (s ? [s.from, addDays(s.to, 1)] : [])))].sort();
  const places = group.places.map((p, index) => {
    const own = spans[index];
    if (!own) return { pupilId: p.pupilId, span: null, sessions: 0, exactPence: 0 };
    let exactPence = 0;
    for (let c = 0; c < cuts.length; c++) {
      const from = cuts[c]!;
      if (from < own.from || from > own.to) continue;
      const next = cuts[c + 1];
      const to = next !== undefined && addDays(next, -1) < own.to ? addDays(next, -1) : own.to;
      const size = spans.filter((s) => s && s.from <= from && s.to >= to).length;
      exactPence += plannedCost({
        from,
        to,
        weekdays: group.weekdays,
        minutes: group.minutes,
        hourlyRatePence: group.hourlyRatePence,
        resourcePence: group.resourcePence,
        groupSize: size,
        closures: group.closures,
      });
    }
    return {
      pupilId: p.pupilId,
      span: own,
      sessions: scheduledSessions(own.from, own.to, group.weekdays, group.closures),
      exactPence,
    };
  });
  return { span, sessions: scheduledSessions(span.from, span.to, group.weekdays, group.closures), places };
}

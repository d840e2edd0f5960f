/**
 * The costing rules of the provision map, in one place (DOMAIN.md, "Provision map and interventions").
 *
 * - A session costs the delivering adult's hourly rate times its duration, plus the intervention's
 *   resource cost per session.
 * - A session's cost is shared equally among the pupils in the group for that session (present or
 *   absent: the place was made for them). A cancelled session costs nothing.
 * - A pupil's planned cost for a span is the number of scheduled sessions in it (each scheduled weekday
 *   between the dates) times the session cost, divided by the group size.
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

/** How many of the given weekdays fall between two dates, both included. */
export function scheduledSessions(from: string, to: string, weekdays: readonly number[]): number {
  const start = dayNumber(from);
  const end = dayNumber(to);
  if (end < start) return 0;
  const days = new Set(weekdays);
  const whole = Math.floor((end - start + 1) / 7);
  let count = whole * days.size;
  for (let d = start + whole * 7; d <= end; d++) {
    if (days.has(((((d + 3) % 7) + 7) % 7) + 1)) count++;
  }
  return count;
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
}

/** A pupil's exact planned cost for one place in a group. */
export function plannedCost(place: PlannedPlace): number {
  const sessions = scheduledSessions(place.from, place.to, place.weekdays);
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

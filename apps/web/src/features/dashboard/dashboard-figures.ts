import {
  AREA_LABELS,
  formatPounds,
  yearGroupLabel,
  YEAR_GROUPS,
  type Characteristic,
  type ConcernAges,
  type DashboardCosts,
  type DashboardImpact,
  type NeedCount,
  type PassportCoverageFigures,
  type RegisterStatus,
  type ReviewCompliance,
  type SchoolDashboard,
  type TrendPoint,
} from '@sendreg/contracts';
import { joinWords } from '../../utils/words';

/**
 * The words and figures of the head's dashboard and the governors' report, worked out from the
 * dashboard's aggregates. Each panel states its key finding in a sentence before its chart, so the
 * sentences are the first thing a reader (or a screen reader) meets; the tables carry the detail.
 */

// ---------------------------------------------------------------------------------------------------
// Numbers in words

/** "1 pupil", "3 pupils", "1,204 pupils". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** "is" or "are", to agree with a count. */
export function isAre(count: number): string {
  return count === 1 ? 'is' : 'are';
}

/** "has" or "have", to agree with a count. */
export function hasHave(count: number): string {
  return count === 1 ? 'has' : 'have';
}

/** A count as people write it: 1204 → "1,204". */
export function countText(count: number): string {
  return count.toLocaleString('en-GB');
}

/** Part of a whole as a percentage, rounded half up to `decimals` places; null with no whole. */
export function percentOf(part: number, whole: number, decimals = 1): number | null {
  if (!(whole > 0)) return null;
  const factor = 10 ** decimals;
  return Math.round(((part * 100) / whole) * factor + Number.EPSILON) / factor;
}

/** A percentage (0..100) for people: 18.1 → "18.1%", with `decimals` places; null → "no figure". */
export function percentText(percent: number | null, decimals = 1): string {
  if (percent === null) return 'no figure';
  return `${percent.toFixed(decimals)}%`;
}

/** A share (0..1) as a whole percentage: 0.834 → "83%"; null → "no figure". */
export function shareText(share: number | null): string {
  return share === null ? 'no figure' : `${String(Math.round(share * 100))}%`;
}

/** "18 (90%)": a count with its whole percentage, or just the count when there is nothing to divide. */
export function withShare(count: number, percent: number | null): string {
  return percent === null ? countText(count) : `${countText(count)} (${percentText(percent, 0)})`;
}

/** "+6", "-2.5", "0": progress, where positive always means better. */
export function signedText(value: number): string {
  const text = value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  return value > 0 ? `+${text}` : text;
}

const clockTime = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/**
 * When the figures were computed, by the clock in England: "Figures as at 10:42". They come from a
 * snapshot refreshed every few minutes, so nobody should take them for to-the-second figures.
 */
export function figuresAsAt(computedAt: string): string {
  return `Figures as at ${clockTime.format(new Date(computedAt))}`;
}

// ---------------------------------------------------------------------------------------------------
// The register by status, against the national figures

export const STATUS_LABELS: Record<RegisterStatus, string> = {
  K: 'SEN support',
  E: 'EHCP',
  monitoring: 'Monitoring (not on the register)',
  N: 'No SEN',
};

/** The order the statuses are listed in: the register first, then the watch list, then everyone else. */
const STATUS_ORDER: readonly RegisterStatus[] = ['K', 'E', 'monitoring', 'N'];

export interface StatusRow {
  status: RegisterStatus;
  label: string;
  count: number;
  percent: number;
  /** The national percentage, for the census statuses that have one. */
  national: number | null;
}

type National = SchoolDashboard['national'];

/** Every status, in the register's order, with its count and share (zero when the school has none). */
export function statusRows(byStatus: SchoolDashboard['byStatus'], national: National): StatusRow[] {
  return STATUS_ORDER.map((status) => {
    const found = byStatus.find((row) => row.status === status);
    return {
      status,
      label: STATUS_LABELS[status],
      count: found?.count ?? 0,
      percent: found?.percent ?? 0,
      national: status === 'K' ? national.senSupportPercent : status === 'E' ? national.ehcpPercent : null,
    };
  });
}

/** Pupils on the register: SEN support (K) and EHCP (E). */
export function registerCount(byStatus: SchoolDashboard['byStatus']): number {
  return byStatus
    .filter((row) => row.status === 'K' || row.status === 'E')
    .reduce((n, row) => n + row.count, 0);
}

/** The national share on the register, SEN support and EHCP together. */
export function nationalRegisterPercent(national: National): number {
  return Math.round((national.senSupportPercent + national.ehcpPercent) * 10) / 10;
}

/** "18.1% of pupils are on SEN support (national 14.2%) and 4.3% have an EHCP (national 5.3%). …" */
export function registerSummary(d: Pick<SchoolDashboard, 'onRoll' | 'byStatus' | 'national'>): string {
  if (d.onRoll === 0)
    return 'There are no pupils on roll yet, so there is nothing to set against the national figures.';
  const rows = statusRows(d.byStatus, d.national);
  const k = rows[0];
  const e = rows[1];
  const monitoring = rows[2];
  const onRegister = k.count + e.count;
  const first =
    `${percentText(k.percent)} of pupils are on SEN support (national ${percentText(d.national.senSupportPercent)}) ` +
    `and ${percentText(e.percent)} have an EHCP (national ${percentText(d.national.ehcpPercent)}).`;
  const together = `Together, ${countText(onRegister)} of the ${plural(d.onRoll, 'pupil')} on roll ${isAre(onRegister)} on the register`;
  const watched =
    monitoring.count > 0
      ? ` and ${countText(monitoring.count)} more ${isAre(monitoring.count)} being monitored.`
      : '.';
  return `${first} ${together}${watched}`;
}

// ---------------------------------------------------------------------------------------------------
// Primary need

export interface NeedRow extends NeedCount {
  total: number;
  /** Of the pupils on the register with a primary need recorded. */
  percent: number | null;
}

/** The needs with any pupil, largest first (then by label), with their share of the register. */
export function needRows(byPrimaryNeed: readonly NeedCount[]): NeedRow[] {
  const all = byPrimaryNeed.map((need) => ({ ...need, total: need.senSupport + need.ehcp }));
  const sum = all.reduce((n, need) => n + need.total, 0);
  return all
    .filter((need) => need.total > 0)
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label))
    .map((need) => ({ ...need, percent: percentOf(need.total, sum) }));
}

function leaders(rows: readonly NeedRow[], count: (row: NeedRow) => number): NeedRow[] {
  const top = Math.max(0, ...rows.map(count));
  return top > 0 ? rows.filter((row) => count(row) === top) : [];
}

function needNames(rows: readonly NeedRow[]): string {
  return joinWords(rows.map((row) => `${row.label} (${row.code})`));
}

/**
 * "The most common primary need is Speech, language and communication needs (SLCN): 12 of the 40
 * pupils on the register with a primary need recorded. Among pupils with an EHCP it is …"
 */
export function needSummary(byPrimaryNeed: readonly NeedCount[]): string {
  const rows = needRows(byPrimaryNeed);
  const sum = rows.reduce((n, row) => n + row.total, 0);
  if (sum === 0) return 'No pupil on the register has a primary need recorded yet.';
  const top = leaders(rows, (row) => row.total);
  const each = top.length > 1 ? ' each' : '';
  const first =
    `The most common primary ${top.length > 1 ? 'needs are' : 'need is'} ${needNames(top)}: ` +
    `${countText(top[0].total)}${each} of the ${plural(sum, 'pupil')} on the register with a primary need recorded.`;
  const topEhcp = leaders(rows, (row) => row.ehcp);
  const second = topEhcp.length
    ? ` Among pupils with an EHCP it is ${needNames(topEhcp)} (${countText(topEhcp[0].ehcp)}${topEhcp.length > 1 ? ' each' : ''}).`
    : '';
  return `${first}${second}`;
}

/** DOMAIN.md, "The SEND register": the national picture of primary needs, to read the school's against. */
export const NATIONAL_NEEDS_NOTE =
  'Nationally, the most common primary need is speech, language and communication needs (SLCN) for pupils on SEN support, and autism (ASD) for pupils with an EHCP.';

// ---------------------------------------------------------------------------------------------------
// Year groups

export interface YearGroupRow {
  label: string;
  onRoll: number;
  senSupport: number;
  ehcp: number;
  /** SEN support and EHCP together, of the year group's pupils on roll. */
  percent: number | null;
}

/** The year groups with pupils on roll, in school order. */
export function yearGroupRows(byYearGroup: SchoolDashboard['byYearGroup']): YearGroupRow[] {
  return [...byYearGroup]
    .filter((row) => row.onRoll > 0)
    .sort((a, b) => YEAR_GROUPS.indexOf(a.yearGroup) - YEAR_GROUPS.indexOf(b.yearGroup))
    .map((row) => ({
      label: yearGroupLabel(row.yearGroup),
      onRoll: row.onRoll,
      senSupport: row.senSupport,
      ehcp: row.ehcp,
      percent: percentOf(row.senSupport + row.ehcp, row.onRoll),
    }));
}

/** "Year 4 has the largest share of its pupils on the register: 30.0% (9 of 30)." */
export function yearGroupSummary(byYearGroup: SchoolDashboard['byYearGroup']): string {
  const rows = yearGroupRows(byYearGroup);
  if (rows.length === 0) return 'There are no pupils on roll yet.';
  const top = Math.max(...rows.map((row) => row.percent ?? 0));
  if (top === 0) return 'No year group has pupils on the register.';
  const leading = rows.filter((row) => row.percent === top);
  const names = joinWords(leading.map((row) => row.label));
  if (leading.length > 1) {
    return `${names} have the largest share of their pupils on the register: ${percentText(top)} each.`;
  }
  const row = leading[0];
  return `${names} has the largest share of its pupils on the register: ${percentText(top)} (${countText(row.senSupport + row.ehcp)} of ${countText(row.onRoll)}).`;
}

// ---------------------------------------------------------------------------------------------------
// Pupil premium, EAL, looked after

/** How a sentence names the pupils with a characteristic. */
const CHARACTERISTIC_PHRASES: Record<Characteristic, string> = {
  pupilPremium: 'pupils eligible for pupil premium',
  eal: 'pupils with English as an additional language',
  lookedAfter: 'looked-after children',
};

export interface CharacteristicRow {
  characteristic: Characteristic;
  label: string;
  withOnRoll: number;
  withOnRegister: number;
  withPercent: number | null;
  withoutOnRoll: number;
  withoutOnRegister: number;
  withoutPercent: number | null;
}

export function characteristicRows(
  byCharacteristic: SchoolDashboard['byCharacteristic'],
): CharacteristicRow[] {
  return byCharacteristic.map((row) => {
    const withOnRegister = row.withIt.senSupport + row.withIt.ehcp;
    const withoutOnRegister = row.without.senSupport + row.without.ehcp;
    return {
      characteristic: row.characteristic,
      label: row.label,
      withOnRoll: row.withIt.onRoll,
      withOnRegister,
      withPercent: percentOf(withOnRegister, row.withIt.onRoll),
      withoutOnRoll: row.without.onRoll,
      withoutOnRegister,
      withoutPercent: percentOf(withoutOnRegister, row.without.onRoll),
    };
  });
}

/**
 * "31.0% of pupils eligible for pupil premium are on the register, against 15.2% of other pupils;
 * 10.0% of pupils with English as an additional language, against 18.0%."
 */
export function characteristicSummary(byCharacteristic: SchoolDashboard['byCharacteristic']): string {
  const parts = characteristicRows(byCharacteristic)
    .filter((row) => row.withPercent !== null)
    .map((row, index) => {
      const against = row.withoutPercent === null ? '' : `, against ${percentText(row.withoutPercent)}`;
      const others = index === 0 && row.withoutPercent !== null ? ' of other pupils' : '';
      const verb = index === 0 ? ' are on the register' : '';
      return `${percentText(row.withPercent)} of ${CHARACTERISTIC_PHRASES[row.characteristic]}${verb}${against}${others}`;
    });
  if (parts.length === 0)
    return 'No pupils on roll are recorded as eligible for pupil premium, with EAL or as looked after.';
  return `${parts.join('; ')}.`;
}

// ---------------------------------------------------------------------------------------------------
// The register over the last 12 months

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonth = new Intl.DateTimeFormat('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' });

function utc(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

export interface TrendRow extends TrendPoint {
  /** "January 2025" (its end), or "Today" for the last point. */
  label: string;
  /** "Jan 25", or "Today": the axis label. */
  shortLabel: string;
  onRegister: number;
}

/** The points oldest first, each named; the last one (today) is "Today". */
export function trendRows(trend: readonly TrendPoint[], today: string): TrendRow[] {
  return trend.map((point, index) => {
    const isToday = index === trend.length - 1 && point.date === today;
    return {
      ...point,
      label: isToday ? 'Today' : monthYear.format(utc(point.date)),
      shortLabel: isToday ? 'Today' : shortMonth.format(utc(point.date)),
      onRegister: point.senSupport + point.ehcp,
    };
  });
}

function change(from: number, to: number, what: string, since: string): string {
  if (from === to) return `${what} has stayed at ${countText(to)} since ${since}.`;
  const way = to > from ? 'grown' : 'fallen';
  const by = Math.abs(to - from);
  return `${what} has ${way} from ${countText(from)} at ${since} to ${countText(to)} (${to > from ? 'up' : 'down'} ${countText(by)}).`;
}

/**
 * "The register has grown from 40 pupils at the end of February 2025 to 46 (up 6). Pupils with an
 * EHCP have gone from 3 to 5."
 */
export function trendSummary(trend: readonly TrendPoint[], today: string): string {
  const rows = trendRows(trend, today);
  if (rows.length < 2) return 'There is no history of the register to compare yet.';
  const first = rows[0];
  const last = rows[rows.length - 1];
  const since = `the end of ${monthYear.format(utc(first.date))}`;
  const register = change(first.onRegister, last.onRegister, 'The number of pupils on the register', since);
  const ehcp =
    first.ehcp === last.ehcp
      ? ''
      : ` Pupils with an EHCP have gone from ${countText(first.ehcp)} to ${countText(last.ehcp)}.`;
  return `${register}${ehcp}`;
}

// ---------------------------------------------------------------------------------------------------
// Provision costs

/** The notional threshold above which schools may seek top-up funding. */
export const THRESHOLD_PENCE = 600_000;
export const APPROACHING_THRESHOLD_PENCE = 500_000;

export interface CostAreaRow {
  label: string;
  pupils: number;
  plannedPence: number;
  deliveredPence: number;
}

/** The areas of need with any provision, largest planned cost first. */
export function costAreaRows(costs: DashboardCosts): CostAreaRow[] {
  return costs.byArea
    .filter((row) => row.plannedPence > 0 || row.deliveredPence > 0 || row.pupils > 0)
    .sort((a, b) => b.plannedPence - a.plannedPence)
    .map((row) => ({
      label: AREA_LABELS[row.area],
      pupils: row.pupils,
      plannedPence: row.plannedPence,
      deliveredPence: row.deliveredPence,
    }));
}

/** "3 pupils are approaching the £6,000 notional threshold and 1 is at or above it." */
export function thresholdSentence(
  costs: Pick<DashboardCosts, 'approachingThreshold' | 'aboveThreshold'>,
): string {
  const near = costs.approachingThreshold;
  const above = costs.aboveThreshold;
  const threshold = wholePounds(THRESHOLD_PENCE);
  if (near === 0 && above === 0)
    return `No pupil's planned provision is near the ${threshold} notional threshold.`;
  return `${plural(near, 'pupil')} ${isAre(near)} approaching the ${threshold} notional threshold and ${countText(above)} ${isAre(above)} at or above it.`;
}

/**
 * "Provision planned for 2025/26 costs £48,200.00 (£926.92 per pupil, for 52 pupils); £21,340.00
 * (44%) has been delivered so far. 3 pupils are approaching …"
 */
export function costSummary(costs: DashboardCosts): string {
  if (costs.pupils === 0 && costs.plannedPence === 0) {
    return `No provision is planned for ${costs.academicYear.label} yet.`;
  }
  const deliveredShare = percentOf(costs.deliveredPence, costs.plannedPence, 0);
  const share = deliveredShare === null ? '' : ` (${percentText(deliveredShare, 0)})`;
  return (
    `Provision planned for ${costs.academicYear.label} costs ${formatPounds(costs.plannedPence)} ` +
    `(${formatPounds(costs.perPupilPlannedPence)} per pupil, for ${plural(costs.pupils, 'pupil')}); ` +
    `${formatPounds(costs.deliveredPence)}${share} has been delivered so far. ${thresholdSentence(costs)}`
  );
}

/** Pence as whole pounds, for the ends of bars: 4820000 → "£48,200". */
export function wholePounds(pence: number): string {
  return `£${Math.round(pence / 100).toLocaleString('en-GB')}`;
}

// ---------------------------------------------------------------------------------------------------
// Impact of interventions

export interface ImpactRow {
  interventionId: string;
  name: string;
  area: string;
  pupils: number;
  pupilsMeasured: number;
  meanProgress: number | null;
  /** 0..100, whole. */
  improvedPercent: number | null;
  improved: number;
  deliveryPercent: number | null;
}

function whole(share: number | null): number | null {
  return share === null ? null : Math.round(share * 100);
}

/** Interventions by name, with their figures ready to show. */
export function impactRows(impact: readonly DashboardImpact[]): ImpactRow[] {
  return [...impact]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((line) => ({
      interventionId: line.interventionId,
      name: line.name,
      area: AREA_LABELS[line.area],
      pupils: line.summary.pupils,
      pupilsMeasured: line.summary.pupilsMeasured,
      meanProgress: line.summary.meanProgress,
      improvedPercent: line.summary.pupilsMeasured > 0 ? whole(line.summary.improvedShare) : null,
      improved:
        line.summary.improvedShare === null
          ? 0
          : Math.round(line.summary.improvedShare * line.summary.pupilsMeasured),
      deliveryPercent: whole(line.summary.deliveryRate),
    }));
}

export interface ImpactTotals {
  interventions: number;
  measured: number;
  improved: number;
  improvedPercent: number | null;
  plannedSessions: number;
  deliveredSessions: number;
  deliveryPercent: number | null;
}

export function impactTotals(impact: readonly DashboardImpact[]): ImpactTotals {
  const rows = impactRows(impact);
  const measured = rows.reduce((n, row) => n + row.pupilsMeasured, 0);
  const improved = rows.reduce((n, row) => n + row.improved, 0);
  const plannedSessions = impact.reduce((n, line) => n + line.summary.plannedSessions, 0);
  const deliveredSessions = impact.reduce((n, line) => n + line.summary.deliveredSessions, 0);
  return {
    interventions: impact.length,
    measured,
    improved,
    improvedPercent: percentOf(improved, measured, 0),
    plannedSessions,
    deliveredSessions,
    deliveryPercent: percentOf(deliveredSessions, plannedSessions, 0),
  };
}

/**
 * "Across 4 interventions, 25 of the 32 pupils measured (78%) improved between their entry and exit
 * measures. 46 of the 50 sessions planned for the year have been delivered so far (92%)."
 */
export function impactSummary(impact: readonly DashboardImpact[]): string {
  if (impact.length === 0) return 'No interventions have run this academic year.';
  const t = impactTotals(impact);
  const delivery =
    t.deliveryPercent === null
      ? ''
      : ` ${countText(t.deliveredSessions)} of the ${countText(t.plannedSessions)} sessions planned for the year have been delivered so far (${percentText(t.deliveryPercent, 0)}).`;
  const across = `Across ${plural(t.interventions, 'intervention')}`;
  if (t.measured === 0) {
    return `${across}, no pupil has both an entry and an exit measure yet.${delivery}`;
  }
  return (
    `${across}, ${countText(t.improved)} of the ${plural(t.measured, 'pupil')} measured ` +
    `(${percentText(t.improvedPercent, 0)}) improved between their entry and exit measures.${delivery}`
  );
}

// ---------------------------------------------------------------------------------------------------
// Review compliance

export interface ReviewFigures {
  onTimePercent: number | null;
  heldOnTimePercent: number | null;
  withPlan: number;
  withPlanPercent: number | null;
}

/** The shares behind the review panel; `onRegister` is the pupils at K or E today. */
export function reviewFigures(reviews: ReviewCompliance, onRegister: number): ReviewFigures {
  const withPlan = Math.max(0, onRegister - reviews.withoutActivePlan);
  return {
    onTimePercent: percentOf(reviews.onTime, reviews.activePlans, 0),
    heldOnTimePercent: percentOf(reviews.heldOnTime, reviews.heldLast12Months, 0),
    withPlan,
    withPlanPercent: percentOf(withPlan, onRegister, 0),
  };
}

/**
 * "18 of 20 active support plans (90%) are within their review date; 2 are overdue. 5 pupils on the
 * register have no active plan, and 1 EHCP step is overdue."
 */
export function reviewSummary(reviews: ReviewCompliance, onRegister: number): string {
  const f = reviewFigures(reviews, onRegister);
  const plans =
    reviews.activePlans === 0
      ? onRegister === 0
        ? 'There are no pupils on the register, so no support plans are due.'
        : 'No support plans are active yet.'
      : `${countText(reviews.onTime)} of ${plural(reviews.activePlans, 'active support plan')} ` +
        `(${percentText(f.onTimePercent, 0)}) ${isAre(reviews.onTime)} within ${reviews.onTime === 1 ? 'its' : 'their'} review date; ` +
        `${countText(reviews.overdue)} ${isAre(reviews.overdue)} overdue.`;
  const without =
    reviews.withoutActivePlan > 0
      ? `${plural(reviews.withoutActivePlan, 'pupil')} on the register ${hasHave(reviews.withoutActivePlan)} no active plan`
      : onRegister > 0
        ? 'every pupil on the register has an active plan'
        : null;
  const steps =
    reviews.ehcpStepsOverdue > 0
      ? `${plural(reviews.ehcpStepsOverdue, 'EHCP step')} ${isAre(reviews.ehcpStepsOverdue)} overdue`
      : 'no EHCP step is overdue';
  const rest = without ? `${without}, and ${steps}` : steps;
  return `${plans} ${rest.charAt(0).toUpperCase()}${rest.slice(1)}.`;
}

// ---------------------------------------------------------------------------------------------------
// Passport read coverage

export interface PassportFigures {
  passportPercent: number | null;
  readPercent: number | null;
}

export function passportFigures(p: PassportCoverageFigures): PassportFigures {
  return {
    passportPercent: percentOf(p.pupilsWithPassport, p.pupilsOnRegister, 0),
    readPercent: percentOf(p.readersConfirmed, p.readersExpected, 0),
  };
}

/**
 * "30 of the 40 pupils on the register (75%) have a published passport. Staff have confirmed reading
 * 120 of the 150 current passports they work with (80%)."
 */
export function passportSummary(p: PassportCoverageFigures): string {
  if (p.pupilsOnRegister === 0) return 'There are no pupils on the register, so no passports are expected.';
  const f = passportFigures(p);
  const first =
    `${countText(p.pupilsWithPassport)} of the ${plural(p.pupilsOnRegister, 'pupil')} on the register ` +
    `(${percentText(f.passportPercent, 0)}) ${hasHave(p.pupilsWithPassport)} a published passport.`;
  const second =
    p.readersExpected === 0
      ? ' No member of staff has a current passport to read yet.'
      : ` Staff have confirmed reading ${countText(p.readersConfirmed)} of the ${countText(p.readersExpected)} ` +
        `current passports of pupils they work with (${percentText(f.readPercent, 0)}).`;
  return `${first}${second}`;
}

// ---------------------------------------------------------------------------------------------------
// Open concerns

/** "7 concerns are open; 2 have been open for over four weeks. The oldest was raised 45 days ago." */
export function concernSummary(c: ConcernAges): string {
  if (c.open === 0) return 'There are no open concerns.';
  const raised = (days: number) => (days === 0 ? 'today' : `${plural(days, 'day')} ago`);
  if (c.open === 1) {
    return c.oldestDays === null
      ? '1 concern is open.'
      : `1 concern is open, raised ${raised(c.oldestDays)}.`;
  }
  const over =
    c.overFourWeeks === 0
      ? 'none has been open for over four weeks'
      : `${countText(c.overFourWeeks)} ${hasHave(c.overFourWeeks)} been open for over four weeks`;
  const oldest = c.oldestDays === null ? '' : ` The oldest was raised ${raised(c.oldestDays)}.`;
  return `${plural(c.open, 'concern')} are open; ${over}.${oldest}`;
}

export function concernRows(c: ConcernAges): { label: string; count: number }[] {
  return [
    { label: 'Under a week', count: c.underAWeek },
    { label: 'One to four weeks', count: c.oneToFourWeeks },
    { label: 'Over four weeks', count: c.overFourWeeks },
  ];
}

import {
  NOTIONAL_SEN_THRESHOLD_PENCE,
  SUPPRESSED_LABEL,
  formatPounds,
  type NATIONAL_SEN_FIGURES,
  type TrustCount,
  type TrustPercent,
  type TrustSchoolMeasures,
} from '@sendreg/contracts';
import { joinWords } from '../../utils/words';

/**
 * The trust summary's words and numbers. The API has already suppressed small counts (a count under 5
 * arrives as 'fewer than 5', and a percentage worked out from it as null): these helpers only say so,
 * and never try to work a suppressed figure back out (no totals of counts, no differences).
 */

export const SUPPRESSION_NOTE =
  'Counts under 5 are shown as ‘fewer than 5’ so that no child can be identified. A percentage worked out from such a count is ‘not shown’.';

const clockTime = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/**
 * When the oldest school's figures were computed, by the clock in England: "Figures as at 10:42".
 * They come from snapshots refreshed every few minutes, so nobody should take them for to-the-second
 * figures.
 */
export function figuresAsAt(computedAt: string): string {
  return `Figures as at ${clockTime.format(new Date(computedAt))}`;
}

/** £6,000, the notional SEN threshold, as people write it. */
export const THRESHOLD_TEXT = `£${(NOTIONAL_SEN_THRESHOLD_PENCE / 100).toLocaleString('en-GB')}`;

export function isSuppressed(count: TrustCount): count is typeof SUPPRESSED_LABEL {
  return count === SUPPRESSED_LABEL;
}

/** A count for a table cell: "1,234", or "fewer than 5". */
export function countText(count: TrustCount): string {
  return isSuppressed(count) ? SUPPRESSED_LABEL : count.toLocaleString('en-GB');
}

/** 14.2 → "14.2%", with the one decimal the API sends. */
export function formatPercent(percent: number): string {
  return `${percent.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
}

export type PercentCell =
  { kind: 'value'; text: string } | { kind: 'not-shown'; text: 'not shown' } | { kind: 'none'; text: string };

/**
 * A percentage for a table cell. Null is "not shown" (its count was suppressed), unless the base it
 * would be worked out from is known to be 0: then there is nothing to show, and `none` says why.
 */
export function percentCell(percent: TrustPercent, base?: TrustCount, none = 'none'): PercentCell {
  if (percent !== null) return { kind: 'value', text: formatPercent(percent) };
  if (base === 0) return { kind: 'none', text: none };
  return { kind: 'not-shown', text: 'not shown' };
}

/** "Nationally 14.2% of pupils are on SEN support and 5.3% have an EHCP (January 2025)." */
export function nationalSentence(national: typeof NATIONAL_SEN_FIGURES): string {
  return `Nationally ${formatPercent(national.senSupportPercent)} of pupils are on SEN support and ${formatPercent(
    national.ehcpPercent,
  )} have an EHCP (${national.asOf}).`;
}

/** The schools in name order, so that every table lists them alike. */
export function bySchoolName(schools: readonly TrustSchoolMeasures[]): TrustSchoolMeasures[] {
  return [...schools].sort((a, b) => a.school.name.localeCompare(b.school.name, 'en-GB'));
}

export interface SchoolValue {
  name: string;
  /** Null when not shown (suppressed) or when there is nothing to measure. */
  value: number | null;
}

function haveOrHas(names: readonly string[]): string {
  return names.length === 1 ? 'has' : 'have';
}

/**
 * The highest and lowest of a figure across the schools, as a sentence: "Beacon has the highest share
 * of pupils on SEN support (16.0%), Ashdown the lowest (11.2%)." Schools without the figure are left
 * out of the comparison; null when no school has it.
 */
export function extremesSentence(
  rows: readonly SchoolValue[],
  what: string,
  format: (value: number) => string = formatPercent,
): string | null {
  const known = rows.filter((row): row is { name: string; value: number } => row.value !== null);
  if (known.length === 0) return null;
  if (known.length === 1) return `${known[0].name} has a ${what} of ${format(known[0].value)}.`;
  const values = known.map((row) => row.value);
  const high = Math.max(...values);
  const low = Math.min(...values);
  if (high === low) {
    const all =
      known.length === rows.length ? 'All the schools' : `All ${String(known.length)} schools shown`;
    return `${all} have the same ${what} (${format(high)}).`;
  }
  const highest = known.filter((row) => row.value === high).map((row) => row.name);
  const lowest = known.filter((row) => row.value === low).map((row) => row.name);
  return `${joinWords(highest)} ${haveOrHas(highest)} the highest ${what} (${format(high)}), ${joinWords(
    lowest,
  )} the lowest (${format(low)}).`;
}

/**
 * "2 of 3 schools are above the national figure for SEN support (14.2%)." Only schools with the figure
 * count; when some are not shown, the sentence says how many were compared.
 */
export function nationalComparisonSentence(
  rows: readonly SchoolValue[],
  national: number,
  what: string,
): string | null {
  const known = rows.filter((row) => row.value !== null);
  if (known.length === 0) return null;
  const above = known.filter((row) => (row.value ?? 0) > national).length;
  const verb = above === 1 ? 'is' : 'are';
  const figure = `the national figure for ${what} (${formatPercent(national)})`;
  if (known.length < rows.length) {
    return `Of the schools whose share is shown (${String(known.length)} of ${String(rows.length)}), ${String(above)} ${verb} above ${figure}.`;
  }
  const of = known.length === 1 ? 'school' : 'schools';
  return `${String(above)} of ${String(known.length)} ${of} ${verb} above ${figure}.`;
}

/**
 * The schools where a count is not zero, with the count in words: "9 at Beacon and fewer than 5 at
 * Ashdown". The API suppresses 0 as well, so 'fewer than 5' may be none: those schools come last, and
 * when there are many they are counted rather than named. Null when every count is 0.
 */
export function countsAtSchools(rows: readonly { name: string; count: TrustCount }[]): string | null {
  const shown = rows.filter((row) => typeof row.count === 'number' && row.count > 0);
  const few = rows.filter((row) => isSuppressed(row.count)).map((row) => row.name);
  if (shown.length === 0 && few.length === 0) return null;
  const parts = shown.map((row) => `${countText(row.count)} at ${row.name}`);
  if (few.length === rows.length && rows.length > 1) parts.push(`${SUPPRESSED_LABEL} in every school`);
  else if (few.length > 0 && few.length <= 3) parts.push(`${SUPPRESSED_LABEL} at ${joinWords(few)}`);
  else if (few.length > 3)
    parts.push(`${SUPPRESSED_LABEL} in ${shown.length ? 'the other ' : ''}${String(few.length)} schools`);
  return joinWords(parts);
}

function sentences(...items: (string | null)[]): string[] {
  return items.filter((item): item is string => item !== null);
}

/** SEN support and EHCP shares, against each other and the national picture. */
export function registerSummary(
  schools: readonly TrustSchoolMeasures[],
  national: typeof NATIONAL_SEN_FIGURES,
): string[] {
  const senSupport = schools.map((s) => ({ name: s.school.name, value: s.senSupportPercent }));
  const ehcp = schools.map((s) => ({ name: s.school.name, value: s.ehcpPercent }));
  return sentences(
    extremesSentence(senSupport, 'share of pupils on SEN support'),
    nationalComparisonSentence(senSupport, national.senSupportPercent, 'SEN support'),
    extremesSentence(ehcp, 'share of pupils with an EHCP'),
    nationalComparisonSentence(ehcp, national.ehcpPercent, 'EHCPs'),
  );
}

export interface TopNeed {
  code: string;
  label: string;
  pupils: TrustCount;
}

/** A school's most common primary needs (the API sends them largest first). */
export function topNeeds(school: TrustSchoolMeasures, count = 3): TopNeed[] {
  return school.byPrimaryNeed.slice(0, count);
}

/** Which primary need comes first in most schools: "Autistic spectrum disorder is ... in 2 of 3 schools." */
export function needsSummary(schools: readonly TrustSchoolMeasures[]): string[] {
  const firsts = schools.flatMap((school) => (school.byPrimaryNeed[0] ? [school.byPrimaryNeed[0]] : []));
  if (firsts.length === 0) return ['No school has pupils on the register with a primary need recorded yet.'];
  const tally = new Map<string, { label: string; schools: number }>();
  for (const need of firsts) {
    const entry = tally.get(need.code) ?? { label: need.label, schools: 0 };
    entry.schools += 1;
    tally.set(need.code, entry);
  }
  const most = Math.max(...[...tally.values()].map((entry) => entry.schools));
  const leaders = [...tally.values()].filter((entry) => entry.schools === most).map((entry) => entry.label);
  const of = `${String(most)} of ${String(schools.length)} ${schools.length === 1 ? 'school' : 'schools'}`;
  return [
    leaders.length === 1
      ? `${leaders[0]} is the most common primary need in ${of}.`
      : `${joinWords(leaders)} are each the most common primary need in ${of}.`,
  ];
}

export interface TrendColumn {
  date: string;
  /** For sighted readers: "Jan 2025", or "Today". */
  short: string;
  /** For screen readers: "End of January 2025", or "Today, 14 February 2026". */
  long: string;
}

const shortMonth = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const longMonth = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const longDay = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The trend's columns: every date any school counted, oldest first, the last one being today. */
export function trendColumns(schools: readonly TrustSchoolMeasures[], today: string): TrendColumn[] {
  const dates = [...new Set(schools.flatMap((school) => school.trend.map((point) => point.date)))].sort();
  return dates.map((date) =>
    date === today
      ? { date, short: 'Today', long: `Today, ${longDay.format(utc(date))}` }
      : { date, short: shortMonth.format(utc(date)), long: `End of ${longMonth.format(utc(date))}` },
  );
}

/** A school's register on a date of the trend, or null when it has no count for that date. */
export function trendValue(school: TrustSchoolMeasures, date: string): TrustCount | null {
  return school.trend.find((point) => point.date === date)?.onRegister ?? null;
}

/**
 * How each school's register moved from the first point of the trend to today: grew, fell, stayed the
 * same, or cannot be compared (a count at either end is suppressed).
 */
export function trendSummary(schools: readonly TrustSchoolMeasures[]): string[] {
  const moves = schools.map((school) => {
    const first = school.trend[0]?.onRegister;
    const last = school.trend[school.trend.length - 1]?.onRegister;
    return {
      name: school.school.name,
      first: typeof first === 'number' ? first : null,
      last: typeof last === 'number' ? last : null,
    };
  });
  const compared = moves.filter(
    (move): move is { name: string; first: number; last: number } =>
      move.first !== null && move.last !== null,
  );
  const notCompared = moves.filter((move) => move.first === null || move.last === null).map((m) => m.name);
  const grew = compared.filter((move) => move.last > move.first);
  const fell = compared.filter((move) => move.last < move.first);
  const same = compared.length - grew.length - fell.length;
  const schoolsText = (count: number) => `${String(count)} ${count === 1 ? 'school' : 'schools'}`;
  const out: string[] = [];
  if (compared.length > 0) {
    const parts = [
      grew.length ? `grew in ${schoolsText(grew.length)}` : null,
      fell.length ? `fell in ${schoolsText(fell.length)}` : null,
      same ? `stayed the same in ${schoolsText(same)}` : null,
    ].filter((part): part is string => part !== null);
    out.push(`Over the last 12 months the register ${joinWords(parts)}.`);
    const rise = Math.max(...compared.map((move) => move.last - move.first));
    if (rise > 0) {
      const biggest = compared.filter((move) => move.last - move.first === rise);
      out.push(
        `The largest rise was at ${joinWords(
          biggest.map((move) => `${move.name} (from ${String(move.first)} to ${String(move.last)} pupils)`),
        )}.`,
      );
    }
  }
  if (notCompared.length > 0) {
    out.push(`Not compared where a count is fewer than 5 or missing: ${joinWords(notCompared)}.`);
  }
  return out;
}

/** Planned and delivered across the trust, the highest cost per pupil, and the pupils at the threshold. */
export function costsSummary(schools: readonly TrustSchoolMeasures[], yearLabel: string): string[] {
  const planned = schools.reduce((sum, s) => sum + s.costs.plannedPence, 0);
  const delivered = schools.reduce((sum, s) => sum + s.costs.deliveredPence, 0);
  const above = countsAtSchools(schools.map((s) => ({ name: s.school.name, count: s.costs.aboveThreshold })));
  return sentences(
    planned === 0 && delivered === 0
      ? `No provision is planned in any school for ${yearLabel} yet.`
      : `Across the trust, ${formatPounds(planned)} of provision is planned for ${yearLabel} and ${formatPounds(
          delivered,
        )} has been delivered so far.`,
    extremesSentence(
      schools.map((s) => ({ name: s.school.name, value: s.costs.perPupilPlannedPence })),
      'planned cost per pupil',
      formatPounds,
    ),
    above === null
      ? `No school has a pupil whose planned provision costs ${THRESHOLD_TEXT} or more this year.`
      : `Pupils whose planned provision costs ${THRESHOLD_TEXT} or more this year (candidates for top-up funding): ${above}.`,
  );
}

/** Reviews on time, overdue, and pupils on the register without an active plan. */
export function reviewsSummary(schools: readonly TrustSchoolMeasures[]): string[] {
  const overdue = countsAtSchools(schools.map((s) => ({ name: s.school.name, count: s.reviews.overdue })));
  const withoutPlan = countsAtSchools(
    schools.map((s) => ({ name: s.school.name, count: s.reviews.withoutActivePlan })),
  );
  return sentences(
    extremesSentence(
      schools.map((s) => ({ name: s.school.name, value: s.reviews.onTimePercent })),
      'share of support plans on time for review',
    ),
    overdue === null
      ? 'No school has a support plan overdue for review.'
      : `Plans overdue for review: ${overdue}.`,
    withoutPlan === null
      ? 'Every pupil on the register has an active support plan.'
      : `Pupils on the register without an active support plan: ${withoutPlan}.`,
  );
}

export function passportsSummary(schools: readonly TrustSchoolMeasures[]): string[] {
  const rows = schools.map((s) => ({ name: s.school.name, value: s.passports.readPercent }));
  return sentences(
    extremesSentence(rows, 'share of passports read by the staff who work with the pupils') ??
      'No school has a published passport yet.',
  );
}

export function concernsSummary(schools: readonly TrustSchoolMeasures[]): string[] {
  const open = countsAtSchools(schools.map((s) => ({ name: s.school.name, count: s.concerns.open })));
  const old = countsAtSchools(schools.map((s) => ({ name: s.school.name, count: s.concerns.overFourWeeks })));
  return sentences(
    open === null ? 'No school has an open concern.' : `Open concerns: ${open}.`,
    open === null
      ? null
      : old === null
        ? 'No concern has been open for over 4 weeks.'
        : `Open for over 4 weeks: ${old}.`,
  );
}

export function impactSummary(schools: readonly TrustSchoolMeasures[]): string[] {
  const interventions = schools.reduce((sum, s) => sum + s.impact.interventions, 0);
  if (interventions === 0) return ['No school has measured the impact of an intervention yet.'];
  return sentences(
    `${String(interventions)} ${interventions === 1 ? 'intervention has' : 'interventions have'} pupils with entry and exit measures across the trust.`,
    extremesSentence(
      schools.map((s) => ({ name: s.school.name, value: s.impact.improvedPercent })),
      'share of measured pupils who improved',
    ),
  );
}

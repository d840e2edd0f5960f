import {
  formatPounds,
  type ImpactReport,
  type InterventionMeasure,
  type ProvisionMapGrouping,
} from '@sendreg/contracts';
import { ofText, weekdaysText } from '../../utils/words';

/** "Mondays and Thursdays, 30 min". */
export function scheduleText(weekdays: readonly number[], minutes: number): string {
  return `${weekdaysText(weekdays)}, ${String(minutes)} min`;
}

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

function utc(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** "7 September to 18 December 2026", or with both years when they differ. */
export function datesText(from: string, to: string): string {
  const start =
    from.slice(0, 4) === to.slice(0, 4) ? dayMonth.format(utc(from)) : dayMonthYear.format(utc(from));
  return `${start} to ${dayMonthYear.format(utc(to))}`;
}

/** A share (0 to 1) as a whole percentage: 0.834 → "83%"; null when there is nothing to divide. */
export function percentText(share: number | null): string | null {
  return share === null ? null : `${String(Math.round(share * 100))}%`;
}

/** A number as people write it, up to 2 decimals: 6 → "6", 6.5 → "6.5", 1234.5 → "1,234.5". */
export function numberText(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

/** Progress with its sign: "+6", "-2.5", "0". Positive always means better (see impact.ts). */
export function signedText(value: number): string {
  return value > 0 ? `+${numberText(value)}` : numberText(value);
}

/** "+6 months". */
export function progressText(progress: number, measure: Pick<InterventionMeasure, 'unit'>): string {
  return `${signedText(progress)} ${measure.unit}`;
}

/** What a measure is and which way is better: "Reading age (months)". */
export function measureText(measure: InterventionMeasure): string {
  return `${measure.name} (${measure.unit}${measure.higherIsBetter ? '' : '; lower is better'})`;
}

/** "£12.40 per unit of progress (months)". */
export function costPerUnitText(pence: number, measure: Pick<InterventionMeasure, 'unit'>): string {
  return `${formatPounds(pence)} per unit of progress (${measure.unit})`;
}

type ImpactLine = ImpactReport['interventions'][number];

/** How many of the measured pupils improved, from the share the report gives. */
export function improvedCount(line: ImpactLine): number {
  const { improvedShare, pupilsMeasured } = line.summary;
  return improvedShare === null ? 0 : Math.round(improvedShare * pupilsMeasured);
}

/**
 * The one-sentence summary above an intervention's figures:
 * "Phonics catch-up: 8 of 10 pupils improved; mean progress +6 months (Reading age)".
 */
export function impactSentence(line: ImpactLine): string {
  const { intervention, summary } = line;
  if (summary.pupilsMeasured === 0 || summary.meanProgress === null) {
    const pupils = summary.pupils === 1 ? '1 pupil' : `${String(summary.pupils)} pupils`;
    return `${intervention.name}: no pupil has both an entry and an exit measure yet (${pupils} in its groups)`;
  }
  const improved = `${ofText(improvedCount(line), summary.pupilsMeasured)} ${summary.pupilsMeasured === 1 ? 'pupil' : 'pupils'} improved`;
  return `${intervention.name}: ${improved}; mean progress ${progressText(summary.meanProgress, intervention.measure)} (${intervention.measure.name})`;
}

/**
 * The summary above the figures: a sentence for each intervention with measured progress, and the
 * names of those with nothing measured yet, in one line rather than a sentence each.
 */
export function impactSummary(lines: readonly ImpactLine[]): { sentences: string[]; unmeasured: string[] } {
  const measured = lines.filter(
    (line) => line.summary.pupilsMeasured > 0 && line.summary.meanProgress !== null,
  );
  return {
    sentences: measured.map(impactSentence),
    unmeasured: lines.filter((line) => !measured.includes(line)).map((line) => line.intervention.name),
  };
}

export const GROUPINGS: readonly ProvisionMapGrouping[] = ['yearGroup', 'area', 'intervention'];

export const GROUPING_LABELS: Record<ProvisionMapGrouping, string> = {
  yearGroup: 'Year group',
  area: 'Area of need',
  intervention: 'Intervention',
};

/** The provision map's grouping from the URL (?by=), the API's default when missing or unknown. */
export function groupingFrom(search: URLSearchParams): ProvisionMapGrouping {
  const by = search.get('by');
  return (GROUPINGS as readonly string[]).includes(by ?? '') ? (by as ProvisionMapGrouping) : 'intervention';
}

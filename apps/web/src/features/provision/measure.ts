import type { InterventionMeasure } from '@sendreg/contracts';

/** Entry, target and exit measures: how they are typed, and how they read. */

/** The database keeps measures to 2 decimal places, below a million. */
export const MAX_SCORE = 999_999.99;

export type ScoreParse = { kind: 'empty' } | { kind: 'invalid' } | { kind: 'ok'; score: number };

/** "104", "8.5", "-3" → a number; more than 2 decimal places, or not a number, is invalid. */
export function parseScore(text: string): ScoreParse {
  const cleaned = text.trim();
  if (cleaned === '') return { kind: 'empty' };
  if (!/^-?(\d+(\.\d{0,2})?|\.\d{1,2})$/.test(cleaned)) return { kind: 'invalid' };
  const score = Number(cleaned);
  return Number.isFinite(score) && Math.abs(score) <= MAX_SCORE ? { kind: 'ok', score } : { kind: 'invalid' };
}

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** 104 → "104", 8.5 → "8.5"; the score alone, for a field or a cell. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? '' : number.format(score);
}

/** "104 months": a score with its measure's unit. */
export function scoreWithUnit(score: number, unit: string): string {
  return unit ? `${formatScore(score)} ${unit}` : formatScore(score);
}

/** Progress, where positive always means better: "+6 months", "−2 months", "No change". */
export function formatProgress(progress: number, unit: string): string {
  if (progress === 0) return 'No change';
  const sign = progress > 0 ? '+' : '−';
  return `${sign}${scoreWithUnit(Math.abs(progress), unit)}`;
}

/** Whether progress shows improvement, in words: colour is never the only signal. */
export function progressWord(progress: number): string {
  if (progress > 0) return 'improved';
  if (progress < 0) return 'went back';
  return 'no change';
}

export function direction(higherIsBetter: boolean): string {
  return higherIsBetter ? 'higher is better' : 'lower is better';
}

/** "Reading age in months" ("Standardised score" when the unit only repeats the name). */
export function measureInUnit(measure: Pick<InterventionMeasure, 'name' | 'unit'>): string {
  const same = measure.unit.trim().toLowerCase() === measure.name.trim().toLowerCase();
  return same || !measure.unit ? measure.name : `${measure.name} in ${measure.unit}`;
}

/** "Reading age in months, higher is better". */
export function describeMeasure(measure: InterventionMeasure): string {
  return `${measureInUnit(measure)}, ${direction(measure.higherIsBetter)}`;
}

/** "12 of 14"; before any session a pupil was listed in, a plain "No sessions yet". */
export function attendanceText(attended: number, listed: number): string {
  return listed === 0 ? 'No sessions yet' : `${String(attended)} of ${String(listed)}`;
}

import { censusDays } from '@sendreg/contracts';
import { joinWords } from './words';

/** A date as a person types it in the GOV.UK date input: three separate fields. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

export type DateInputResult = { ok: true; iso: string } | { ok: false; message: string; parts: DatePart[] };

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The calendar date of a moment where the person is (a school's day, not UTC's), as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function todayIso(now: Date = new Date()): string {
  return isoDate(now);
}

/** "2026-03-04" as { day: '4', month: '3', year: '2026' }, to fill a date input. */
export function dateParts(iso: string | null | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return { day: '', month: '', year: '' };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] };
}

/** A string that is YYYY-MM-DD and a real calendar date. */
export function isIsoDate(value: string | null | undefined): value is string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads a GOV.UK date input, with its error messages: `missing` when nothing was entered ("Enter the
 * date the status changes"), and `label` to start the others ("The date ... must include a month").
 * Names of months ("March", "mar") are accepted as people type them.
 */
export function parseDateParts(
  input: DateParts,
  { label, missing }: { label: string; missing: string },
): DateInputResult {
  const trimmed = {
    day: input.day.trim(),
    month: monthNumber(input.month.trim()),
    year: input.year.trim(),
  };
  const empty = (['day', 'month', 'year'] as const).filter((part) => trimmed[part] === '');
  if (empty.length === 3) return { ok: false, message: missing, parts: ['day', 'month', 'year'] };
  if (empty.length > 0)
    return { ok: false, message: `${label} must include a ${joinWords(empty)}`, parts: empty };
  const notNumbers = (['day', 'month', 'year'] as const).filter((part) => !/^\d+$/.test(trimmed[part]));
  if (notNumbers.length > 0) return { ok: false, message: `${label} must be a real date`, parts: notNumbers };
  if (trimmed.year.length !== 4)
    return { ok: false, message: 'Year must include 4 numbers', parts: ['year'] };
  const iso = `${trimmed.year}-${pad(Number(trimmed.month))}-${pad(Number(trimmed.day))}`;
  if (!isIsoDate(iso)) {
    const month = Number(trimmed.month);
    const parts: DatePart[] = month < 1 || month > 12 ? ['month'] : ['day'];
    return { ok: false, message: `${label} must be a real date`, parts };
  }
  return { ok: true, iso };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(value: string): string {
  const index = MONTHS.indexOf(value.slice(0, 3).toLowerCase());
  return /^[a-z]{3,}$/i.test(value) && index >= 0 ? String(index + 1) : value;
}

/** The academic year a date falls in, by its starting calendar year: it starts on 1 September. */
export function academicYearOf(iso: string): number {
  const year = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 9 ? year : year - 1;
}

/** The census days of the academic year a date falls in: autumn, spring and summer. */
export function censusDaysOfYear(iso: string): string[] {
  return Object.values(censusDays(academicYearOf(iso)));
}

/** The next census day on or after a date (the same rule as the API's default). */
export function nextCensusDay(iso: string): string {
  const year = academicYearOf(iso);
  const days = [year, year + 1].flatMap((start) => Object.values(censusDays(start)));
  return days.sort().find((day) => day >= iso) ?? days[days.length - 1];
}

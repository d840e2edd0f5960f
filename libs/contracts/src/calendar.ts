import { addDays, isClosed, isoWeekday, type DateSpan } from './costing';

/**
 * Calendar arithmetic on YYYY-MM-DD dates, for statutory clocks and review cycles. Pure and in UTC, so
 * the server, the browser and the tests agree whatever their time zone.
 */

/** The date `weeks` whole weeks after a date (negative: before). */
export function addWeeks(date: string, weeks: number): string {
  return addDays(date, weeks * 7);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same day `months` calendar months later (negative: earlier). When that month is shorter, the
 * last day of it: 31 January + 1 month is 28 February (29 in a leap year); 29 February + 12 months is
 * 28 February. This is how "within 12 months" is read: the anniversary, or the month's end when the
 * anniversary does not exist.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Age in whole years on a date (a 29 February birthday counts from 1 March in other years). */
export function ageOn(dateOfBirth: string, date: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * The first day on or after `date` that the school is open: a weekday outside every closure (the
 * school's term dates). Gives up after a year of closures and answers the date unchanged.
 */
export function nextSchoolDay(date: string, closures: readonly DateSpan[]): string {
  let day = date;
  for (let i = 0; i < 366; i++) {
    if (isoWeekday(day) <= 5 && !isClosed(day, closures)) return day;
    day = addDays(day, 1);
  }
  return date;
}

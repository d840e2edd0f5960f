import { WEEKDAY_LABELS, WEEKDAYS, type Weekday } from '@sendreg/contracts';
import { joinWords } from '../../utils/words';

/** How a group's week and dates read on the page. */

export const WEEKDAY_SHORT: Record<Weekday, string> = { 1: 'Mon', 2: 'Tue', 3: 'Wed', 4: 'Thu', 5: 'Fri' };

export function isWeekday(value: unknown): value is Weekday {
  return (WEEKDAYS as readonly unknown[]).includes(value);
}

/** The weekdays in week order, once each. */
export function sortedWeekdays(weekdays: readonly number[]): Weekday[] {
  return WEEKDAYS.filter((day) => weekdays.includes(day));
}

/** "Mon, Thu · 30 min", for tables. */
export function formatSchedule(weekdays: readonly number[], minutes: number): string {
  const days = sortedWeekdays(weekdays).map((day) => WEEKDAY_SHORT[day]);
  return `${days.length ? days.join(', ') : 'No days set'} · ${String(minutes)} min`;
}

/** "Monday and Thursday, 30 minutes each", for a summary list. */
export function describeSchedule(weekdays: readonly number[], minutes: number): string {
  const days = sortedWeekdays(weekdays).map((day) => WEEKDAY_LABELS[day]);
  const length = `${String(minutes)} ${minutes === 1 ? 'minute' : 'minutes'}`;
  if (days.length === 0) return `No days set, ${length}`;
  return days.length === 1 ? `${days[0]}, ${length}` : `${joinWords(days)}, ${length} each`;
}

/** "30 min × 3 a week", an intervention's usual pattern. */
export function usualPattern(minutes: number, perWeek: number): string {
  return `${String(minutes)} min × ${String(perWeek)} a week`;
}

/**
 * Days to start a new group from, given how many sessions a week the intervention usually has: spread
 * through the week so the pupils get a gap between sessions (2 → Monday and Thursday).
 */
export function usualWeekdays(perWeek: number): Weekday[] {
  const spreads: Record<number, Weekday[]> = {
    1: [1],
    2: [1, 4],
    3: [1, 3, 5],
    4: [1, 2, 4, 5],
  };
  if (perWeek >= 5) return [...WEEKDAYS];
  return spreads[perWeek] ?? [];
}

const shortDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2026-11-04" as "4 Nov 2026", for tables where the long month would crowd the columns. */
export function formatShortDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : shortDate.format(date);
}

/** "4 Nov 2026 to 12 Feb 2027". */
export function formatDateSpan(from: string, to: string): string {
  return `${formatShortDate(from)} to ${formatShortDate(to)}`;
}

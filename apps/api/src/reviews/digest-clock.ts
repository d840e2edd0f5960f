import { SCHOOL_TIME_ZONE } from '../platform/tenancy/school-today';

const londonTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: SCHOOL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The date (YYYY-MM-DD) and hour (0 to 23) in England at an instant, summer time included. */
export function londonClock(now: Date): { today: string; hour: number } {
  const parts = Object.fromEntries(londonTime.formatToParts(now).map((part) => [part.type, part.value]));
  return { today: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

/** The day whose digest is due at an instant: today in England once its hour reaches digestHour. */
export function digestDay(now: Date, digestHour: number): string | null {
  const { today, hour } = londonClock(now);
  return hour >= digestHour ? today : null;
}

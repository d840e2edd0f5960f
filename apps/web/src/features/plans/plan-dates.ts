import { DUE_WINDOWS_DAYS, daysBetween, nextReviewDate } from '@sendreg/contracts';
import { formatDate } from '../../utils/format-date';

/**
 * How review dates read on the plan pages. Pure (today is passed in), so the wording has specs. The
 * words carry the meaning ("overdue by 3 days"), never a colour alone.
 */

/** A review due within this many days (or overdue) makes "Record the review" the main action. */
export const REVIEW_SOON_DAYS = DUE_WINDOWS_DAYS[0];

function days(count: number): string {
  return `${String(count)} ${count === 1 ? 'day' : 'days'}`;
}

/** "today", "tomorrow", "in 9 days", "overdue by 3 days"; empty without a date. */
export function reviewDueText(reviewDate: string | null | undefined, today: string): string {
  if (!reviewDate) return '';
  const until = daysBetween(today, reviewDate);
  if (until === 0) return 'today';
  if (until === 1) return 'tomorrow';
  if (until > 1) return `in ${days(until)}`;
  return `overdue by ${days(-until)}`;
}

/** "12 March 2027 (in 9 days)"; "Not set" without a date. */
export function reviewDateText(reviewDate: string | null | undefined, today: string): string {
  if (!reviewDate) return 'Not set';
  return `${formatDate(reviewDate)} (${reviewDueText(reviewDate, today)})`;
}

/** Whether the review is due soon (within REVIEW_SOON_DAYS) or already overdue. */
export function isReviewSoon(reviewDate: string | null | undefined, today: string): boolean {
  return Boolean(reviewDate) && daysBetween(today, reviewDate as string) <= REVIEW_SOON_DAYS;
}

export function isOverdue(reviewDate: string | null | undefined, today: string): boolean {
  return Boolean(reviewDate) && daysBetween(today, reviewDate as string) < 0;
}

/** "3 reviews a year", "1 review a year". */
export function reviewsPerYearText(reviewsPerYear: number): string {
  return `${String(reviewsPerYear)} ${reviewsPerYear === 1 ? 'review' : 'reviews'} a year`;
}

/** "about every 4 months", as the cycle sets the next review from the last. */
export function reviewIntervalText(reviewsPerYear: number): string {
  const months = Math.max(1, Math.round(12 / reviewsPerYear));
  return months === 1 ? 'about every month' : `about every ${String(months)} months`;
}

/**
 * The hint under the next review date of a review: what leaving it blank does, and (once the meeting's
 * date is known) the date that gives. Term dates are not known here, so the date is "about".
 */
export function nextReviewHint(reviewsPerYear: number | null, heldOn: string | null): string {
  if (reviewsPerYear === null) return "Leave blank to use the school's review cycle.";
  const cycle = `Leave blank to use the school's cycle: ${reviewsPerYearText(reviewsPerYear)}`;
  if (!heldOn) return `${cycle}.`;
  return `${cycle} (around ${formatDate(nextReviewDate(heldOn, reviewsPerYear))}, or the next day the school is open).`;
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
  timeZone: 'Europe/London',
});

/** A moment in UK time, the GOV.UK way: "4 March 2027 at 2:05pm". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(dateTime.formatToParts(date).map((part) => [part.type, part.value]));
  const dayPeriod = (parts.dayPeriod ?? '').toLowerCase().replace(/\./g, '');
  return `${parts.day ?? ''} ${parts.month ?? ''} ${parts.year ?? ''} at ${parts.hour ?? ''}:${parts.minute ?? ''}${dayPeriod}`;
}

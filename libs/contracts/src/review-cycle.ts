import { addMonths, nextSchoolDay } from './calendar';
import type { DateSpan } from './costing';

/**
 * The next review date of the school's cycle: 12 / reviewsPerYear months after `from` (the day the
 * last review was held, or the day a plan starts), moved to the next day the school is open when it
 * falls on a weekend or in a holiday (a review is a meeting with parents in school).
 */
export function nextReviewDate(
  from: string,
  reviewsPerYear: number,
  closures: readonly DateSpan[] = [],
): string {
  const months = Math.max(1, Math.round(12 / Math.max(1, reviewsPerYear)));
  return nextSchoolDay(addMonths(from, months), closures);
}

import { isoWeekday } from './costing';
import { nextReviewDate } from './review-cycle';

describe('nextReviewDate', () => {
  it('is 4 months on for 3 reviews a year: Monday 5 January 2026 → Tuesday 5 May', () => {
    expect(isoWeekday('2026-05-05')).toBe(2);
    expect(nextReviewDate('2026-01-05', 3)).toBe('2026-05-05');
  });

  it('divides the year by the number of reviews, at least a month apart', () => {
    expect(nextReviewDate('2026-01-05', 2)).toBe('2026-07-06'); // 5 July 2026 is a Sunday
    expect(nextReviewDate('2026-01-05', 1)).toBe('2027-01-05');
    expect(nextReviewDate('2026-01-05', 4)).toBe('2026-04-06'); // 5 April 2026 is a Sunday
    expect(nextReviewDate('2026-01-05', 6)).toBe('2026-03-05');
    expect(nextReviewDate('2026-01-05', 12)).toBe('2026-02-05');
    expect(nextReviewDate('2026-01-05', 52)).toBe('2026-02-05');
  });

  it('moves a review that falls on a weekend to the Monday', () => {
    // 2 January + 4 months = Saturday 2 May 2026 → Monday 4 May.
    expect(isoWeekday('2026-05-02')).toBe(6);
    expect(nextReviewDate('2026-01-02', 3)).toBe('2026-05-04');
  });

  it('moves a review that falls in a closure to the first day back', () => {
    // 26 January + 4 months = Tuesday 26 May 2026, in the half term of 25 to 29 May → Monday 1 June.
    const halfTerm = [{ from: '2026-05-25', to: '2026-05-29' }];
    expect(nextReviewDate('2026-01-26', 3, halfTerm)).toBe('2026-06-01');
    expect(nextReviewDate('2026-01-21', 3, halfTerm)).toBe('2026-05-21');
  });

  it("ends on the month's last day when the day does not exist, then moves off the weekend", () => {
    // 31 October 2025 + 4 months = 28 February 2026, a Saturday → Monday 2 March.
    expect(isoWeekday('2026-02-28')).toBe(6);
    expect(nextReviewDate('2025-10-31', 3)).toBe('2026-03-02');
  });
});

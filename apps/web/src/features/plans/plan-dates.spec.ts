import {
  formatDateTime,
  isOverdue,
  isReviewSoon,
  nextReviewHint,
  reviewDateText,
  reviewDueText,
  reviewIntervalText,
  reviewsPerYearText,
} from './plan-dates';

describe('review date wording', () => {
  const today = '2027-03-03';

  it('says how far away the review is, or how overdue, in words', () => {
    expect(reviewDueText('2027-03-12', today)).toBe('in 9 days');
    expect(reviewDueText('2027-03-05', today)).toBe('in 2 days');
    expect(reviewDueText('2027-03-04', today)).toBe('tomorrow');
    expect(reviewDueText('2027-03-03', today)).toBe('today');
    expect(reviewDueText('2027-03-02', today)).toBe('overdue by 1 day');
    expect(reviewDueText('2027-02-28', today)).toBe('overdue by 3 days');
    expect(reviewDueText(null, today)).toBe('');
  });

  it('counts whole days across months and the clocks changing', () => {
    expect(reviewDueText('2027-04-02', '2027-03-27')).toBe('in 6 days');
  });

  it('writes the date with the words', () => {
    expect(reviewDateText('2027-03-12', today)).toBe('12 March 2027 (in 9 days)');
    expect(reviewDateText(null, today)).toBe('Not set');
  });

  it('makes the review the main action within 14 days or when overdue', () => {
    expect(isReviewSoon('2027-03-17', today)).toBe(true);
    expect(isReviewSoon('2027-03-18', today)).toBe(false);
    expect(isReviewSoon('2027-01-01', today)).toBe(true);
    expect(isReviewSoon(null, today)).toBe(false);
    expect(isOverdue('2027-03-02', today)).toBe(true);
    expect(isOverdue('2027-03-03', today)).toBe(false);
  });

  it('describes the school cycle', () => {
    expect(reviewsPerYearText(3)).toBe('3 reviews a year');
    expect(reviewsPerYearText(1)).toBe('1 review a year');
    expect(reviewIntervalText(3)).toBe('about every 4 months');
    expect(reviewIntervalText(12)).toBe('about every month');
  });

  it('hints what a blank next review date does', () => {
    expect(nextReviewHint(3, null)).toBe("Leave blank to use the school's cycle: 3 reviews a year.");
    // 4 months after Wednesday 3 March 2027 is Saturday 3 July: the next school day is Monday 5 July.
    expect(nextReviewHint(3, '2027-03-03')).toBe(
      "Leave blank to use the school's cycle: 3 reviews a year (around 5 July 2027, or the next day the school is open).",
    );
    expect(nextReviewHint(null, '2027-03-03')).toBe("Leave blank to use the school's review cycle.");
  });

  it('writes a moment in UK time', () => {
    expect(formatDateTime('2027-03-04T14:05:00Z')).toBe('4 March 2027 at 2:05pm');
    expect(formatDateTime('2027-07-01T08:30:00Z')).toBe('1 July 2027 at 9:30am');
  });
});

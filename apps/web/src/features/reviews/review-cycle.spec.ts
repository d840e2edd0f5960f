import { ApiError } from '../../lib/api-error';
import {
  checkReviewCycle,
  intervalText,
  REVIEWS_PER_YEAR_FIELD,
  reviewCycleProblemFrom,
  reviewsPerYearItems,
} from './review-cycle';

describe('the review cycle form', () => {
  it('offers the choices with the interval each sets', () => {
    expect(reviewsPerYearItems()).toEqual([
      { value: '2', label: '2 a year', hint: 'A review every 6 months' },
      { value: '3', label: '3 a year', hint: 'A review every 4 months' },
      { value: '4', label: '4 a year', hint: 'A review every 3 months' },
      { value: '6', label: '6 a year', hint: 'A review every 2 months' },
    ]);
    expect(intervalText(12)).toBe('every month');
  });

  it('sends the choice with the version read, and asks for a choice when there is none', () => {
    expect(checkReviewCycle('4', 2)).toEqual({ ok: true, request: { reviewsPerYear: 4, version: 2 } });
    for (const value of [null, '', '5', 'three']) {
      const checked = checkReviewCycle(value, 0);
      expect(checked.ok).toBe(false);
      if (!checked.ok)
        expect(checked.problem.summary).toEqual([
          {
            fieldId: REVIEWS_PER_YEAR_FIELD,
            message: 'Choose how many reviews a year each support plan has',
          },
        ]);
    }
  });

  it("puts the server's validation message against the question", () => {
    const error = new ApiError({
      type: '/problems/validation',
      title: 'Invalid',
      status: 400,
      errors: [{ field: 'reviewsPerYear', message: 'Choose how many reviews a year: 2, 3, 4, 6' }],
    });
    expect(reviewCycleProblemFrom(error).fields).toEqual({
      [REVIEWS_PER_YEAR_FIELD]: 'Choose how many reviews a year: 2, 3, 4, 6',
    });
  });
});

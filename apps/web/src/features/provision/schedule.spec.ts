import {
  describeSchedule,
  formatDateSpan,
  formatSchedule,
  formatShortDate,
  isWeekday,
  sortedWeekdays,
  usualPattern,
  usualWeekdays,
} from './schedule';

describe('a group schedule', () => {
  it('reads briefly in tables, in week order', () => {
    expect(formatSchedule([4, 1], 30)).toBe('Mon, Thu · 30 min');
    expect(formatSchedule([1, 2, 3, 4, 5], 15)).toBe('Mon, Tue, Wed, Thu, Fri · 15 min');
    expect(formatSchedule([], 20)).toBe('No days set · 20 min');
  });

  it('reads in words in a summary', () => {
    expect(describeSchedule([4, 1], 30)).toBe('Monday and Thursday, 30 minutes each');
    expect(describeSchedule([1, 3, 5], 45)).toBe('Monday, Wednesday and Friday, 45 minutes each');
    expect(describeSchedule([2], 1)).toBe('Tuesday, 1 minute');
  });

  it("states an intervention's usual pattern", () => {
    expect(usualPattern(30, 3)).toBe('30 min × 3 a week');
  });

  it('spreads the usual sessions through the week', () => {
    expect(usualWeekdays(1)).toEqual([1]);
    expect(usualWeekdays(2)).toEqual([1, 4]);
    expect(usualWeekdays(3)).toEqual([1, 3, 5]);
    expect(usualWeekdays(4)).toEqual([1, 2, 4, 5]);
    expect(usualWeekdays(5)).toEqual([1, 2, 3, 4, 5]);
    expect(usualWeekdays(10)).toEqual([1, 2, 3, 4, 5]);
    expect(usualWeekdays(0)).toEqual([]);
  });

  it('keeps only school days, once each', () => {
    expect(sortedWeekdays([5, 1, 5, 6, 0])).toEqual([1, 5]);
    expect(isWeekday(3)).toBe(true);
    expect(isWeekday(6)).toBe(false);
    expect(isWeekday('3')).toBe(false);
  });
});

describe('dates in tables', () => {
  it('uses short month names', () => {
    expect(formatShortDate('2026-11-04')).toBe('4 Nov 2026');
    expect(formatShortDate(null)).toBe('');
    expect(formatShortDate('not a date')).toBe('not a date');
    expect(formatDateSpan('2026-11-04', '2027-02-12')).toBe('4 Nov 2026 to 12 Feb 2027');
  });
});

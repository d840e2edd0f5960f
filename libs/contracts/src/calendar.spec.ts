import { addMonths, addWeeks, ageOn, daysBetween, nextSchoolDay } from './calendar';
import { isoWeekday } from './costing';

describe('addWeeks', () => {
  it('adds whole weeks: 5 January 2026 + 6 weeks is Monday 16 February', () => {
    expect(addWeeks('2026-01-05', 6)).toBe('2026-02-16');
    expect(addWeeks('2026-01-05', 16)).toBe('2026-04-27');
    expect(addWeeks('2026-01-05', 20)).toBe('2026-05-25');
  });

  it('goes back with a negative number of weeks', () => {
    expect(addWeeks('2026-02-16', -6)).toBe('2026-01-05');
  });

  it('is not moved by the clocks changing (British Summer Time starts on 29 March 2026)', () => {
    expect(addWeeks('2026-03-23', 1)).toBe('2026-03-30');
    expect(addWeeks('2026-10-19', 1)).toBe('2026-10-26');
  });

  it('crosses a year end and 29 February', () => {
    expect(addWeeks('2027-12-27', 1)).toBe('2028-01-03');
    expect(addWeeks('2028-02-26', 1)).toBe('2028-03-04');
  });
});

describe('addMonths', () => {
  it('keeps the day of the month when it exists', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-06-01', 12)).toBe('2027-06-01');
    expect(addMonths('2026-06-01', 0)).toBe('2026-06-01');
  });

  it("ends on the month's last day when the day does not exist", () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('takes 31 August + 6 months to 28 February, or 29 February in a leap year', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });

  it('takes 29 February + 12 months to 28 February, never 1 March', () => {
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2028-02-29', 48)).toBe('2032-02-29');
  });

  it('goes back with a negative number of months', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2028-02-29', -12)).toBe('2027-02-28');
    expect(addMonths('2026-05-10', -17)).toBe('2024-12-10');
  });
});

describe('daysBetween', () => {
  it('counts whole days, negative when the second date is earlier', () => {
    expect(daysBetween('2026-01-05', '2026-02-16')).toBe(42);
    expect(daysBetween('2026-02-16', '2026-01-05')).toBe(-42);
    expect(daysBetween('2026-02-16', '2026-02-16')).toBe(0);
  });

  it('counts a leap year as 366 days, and is not moved by the clocks changing', () => {
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });
});

describe('ageOn', () => {
  it('turns a year older on the birthday, not the day before', () => {
    expect(ageOn('2017-01-15', '2026-01-14')).toBe(8);
    expect(ageOn('2017-01-15', '2026-01-15')).toBe(9);
    expect(ageOn('2021-10-01', '2026-09-30')).toBe(4);
    expect(ageOn('2021-10-01', '2026-10-01')).toBe(5);
  });

  it('counts a 29 February birthday from 1 March in other years, and on the day in leap years', () => {
    expect(ageOn('2020-02-29', '2025-02-28')).toBe(4);
    expect(ageOn('2020-02-29', '2025-03-01')).toBe(5);
    expect(ageOn('2020-02-29', '2024-02-28')).toBe(3);
    expect(ageOn('2020-02-29', '2024-02-29')).toBe(4);
  });

  it('is 0 in the first year', () => {
    expect(ageOn('2026-05-10', '2026-05-10')).toBe(0);
    expect(ageOn('2026-05-10', '2027-05-09')).toBe(0);
  });
});

describe('nextSchoolDay', () => {
  // Friday 22 May 2026; the spring half term closure from Monday 25 to Friday 29 May.
  const halfTerm = [{ from: '2026-05-25', to: '2026-05-29' }];

  it('keeps a weekday the school is open', () => {
    expect(isoWeekday('2026-05-22')).toBe(5);
    expect(nextSchoolDay('2026-05-22', [])).toBe('2026-05-22');
    expect(nextSchoolDay('2026-05-22', halfTerm)).toBe('2026-05-22');
  });

  it('moves a Saturday or Sunday to the Monday', () => {
    expect(nextSchoolDay('2026-05-16', [])).toBe('2026-05-18');
    expect(nextSchoolDay('2026-05-17', [])).toBe('2026-05-18');
  });

  it('moves a weekend before a closed week, or a day in it, to the first day back', () => {
    expect(nextSchoolDay('2026-05-23', halfTerm)).toBe('2026-06-01');
    expect(nextSchoolDay('2026-05-27', halfTerm)).toBe('2026-06-01');
    expect(nextSchoolDay('2026-05-29', halfTerm)).toBe('2026-06-01');
  });

  it('steps over closures that follow one another', () => {
    const closures = [
      { from: '2026-05-25', to: '2026-05-29' },
      { from: '2026-06-01', to: '2026-06-01' },
    ];
    expect(nextSchoolDay('2026-05-25', closures)).toBe('2026-06-02');
  });

  it('gives the date back unchanged when the school is closed for over a year', () => {
    expect(nextSchoolDay('2026-05-25', [{ from: '2026-01-01', to: '2028-12-31' }])).toBe('2026-05-25');
  });
});

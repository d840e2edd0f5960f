import { examArrangementProblems, suggestedExamExpiry, withdrawalProblems } from './exam-arrangements';

const TODAY = '2026-11-23';

describe('examArrangementProblems', () => {
  const base = { approvedOn: '2026-10-01', expiresOn: null };

  it('accepts extra time with a whole percentage, and other kinds without one', () => {
    expect(
      examArrangementProblems({ ...base, arrangement: 'extra-time', extraTimePercent: 25 }, TODAY),
    ).toEqual([]);
    expect(examArrangementProblems({ ...base, arrangement: 'reader' }, TODAY)).toEqual([]);
    expect(
      examArrangementProblems({ ...base, arrangement: 'scribe', extraTimePercent: null }, TODAY),
    ).toEqual([]);
  });

  it('needs the percentage for extra time, from 1 to 100', () => {
    expect(examArrangementProblems({ ...base, arrangement: 'extra-time' }, TODAY)).toEqual([
      { field: 'extraTimePercent', message: 'Enter how much extra time, as a percentage' },
    ]);
    for (const percent of [0, 101, 12.5])
      expect(
        examArrangementProblems({ ...base, arrangement: 'extra-time', extraTimePercent: percent }, TODAY),
      ).toEqual([
        { field: 'extraTimePercent', message: 'Extra time must be a whole percentage from 1 to 100' },
      ]);
  });

  it('refuses a percentage on anything but extra time', () => {
    expect(examArrangementProblems({ ...base, arrangement: 'reader', extraTimePercent: 25 }, TODAY)).toEqual([
      { field: 'extraTimePercent', message: 'Only extra time has a percentage' },
    ]);
  });

  it('allows approval today, not tomorrow, and expiry on approval day but not before', () => {
    expect(
      examArrangementProblems({ arrangement: 'reader', approvedOn: TODAY, expiresOn: TODAY }, TODAY),
    ).toEqual([]);
    expect(
      examArrangementProblems(
        { arrangement: 'reader', approvedOn: '2026-11-24', expiresOn: '2026-11-23' },
        TODAY,
      ).map((p) => p.field),
    ).toEqual(['approvedOn', 'expiresOn']);
  });
});

describe('withdrawalProblems', () => {
  it('allows from the day approved to today', () => {
    expect(withdrawalProblems('2026-10-01', '2026-10-01', TODAY)).toEqual([]);
    expect(withdrawalProblems(TODAY, '2026-10-01', TODAY)).toEqual([]);
    expect(withdrawalProblems('2026-11-24', '2026-10-01', TODAY)[0]?.field).toBe('withdrawnOn');
    expect(withdrawalProblems('2026-09-30', '2026-10-01', TODAY)[0]?.message).toContain('on or after');
  });
});

describe('suggestedExamExpiry', () => {
  it('suggests the end of the year the pupil finishes Year 6, 11 or 13', () => {
    expect(suggestedExamExpiry('10', TODAY)).toBe('2028-08-31');
    expect(suggestedExamExpiry('11', TODAY)).toBe('2027-08-31');
    expect(suggestedExamExpiry('12', '2027-03-01')).toBe('2028-08-31');
    expect(suggestedExamExpiry('5', '2026-09-01')).toBe('2028-08-31');
  });

  it('suggests the end of this academic year when the year group is not known', () => {
    expect(suggestedExamExpiry(null, TODAY)).toBe('2027-08-31');
    expect(suggestedExamExpiry('R', '2027-08-31')).toBe('2027-08-31');
  });
});

import { impactSummary, progress } from './impact';

describe('impact, on worked examples', () => {
  it('measures progress so that positive is always better', () => {
    expect(progress({ entryScore: 84, exitScore: 90 }, true)).toBe(6);
    // Errors in a spelling probe: fewer is better.
    expect(progress({ entryScore: 12, exitScore: 5 }, false)).toBe(7);
    expect(progress({ entryScore: 84, exitScore: null }, true)).toBeNull();
    expect(progress({ entryScore: 7.1, exitScore: 7.3 }, true)).toBe(0.2);
  });

  it('summarises a reading group: mean progress, improved share, attendance, delivery, cost per month of reading age', () => {
    // Four pupils; reading age in months. Three measured at exit (+6, +4, -1), one still in the group.
    // Attendance 40 of 48 listed places; 20 of 24 planned sessions held, 4 cancelled.
    // Delivered cost of the measured pupils: 5,000p + 5,000p + 2,000p = 12,000p over 9 months of progress.
    const summary = impactSummary({
      higherIsBetter: true,
      places: [
        { entryScore: 96, exitScore: 102, deliveredPence: 5000 },
        { entryScore: 90, exitScore: 94, deliveredPence: 5000 },
        { entryScore: 100, exitScore: 99, deliveredPence: 2000 },
        { entryScore: 88, exitScore: null, deliveredPence: 4000 },
      ],
      attendedCount: 40,
      listedCount: 48,
      plannedSessions: 24,
      deliveredSessions: 20,
      cancelledSessions: 4,
    });
    expect(summary).toEqual({
      pupils: 4,
      pupilsMeasured: 3,
      meanProgress: 3,
      improvedShare: 0.667,
      attendanceRate: 0.833,
      plannedSessions: 24,
      deliveredSessions: 20,
      cancelledSessions: 4,
      deliveryRate: 0.833,
      costPerUnitProgressPence: 1333,
    });
  });

  it('gives no cost per unit when nobody improved, and no rates when nothing happened yet', () => {
    const summary = impactSummary({
      higherIsBetter: true,
      places: [{ entryScore: 100, exitScore: 98, deliveredPence: 3000 }],
      attendedCount: 0,
      listedCount: 0,
      plannedSessions: 0,
      deliveredSessions: 0,
      cancelledSessions: 0,
    });
    expect(summary.costPerUnitProgressPence).toBeNull();
    expect(summary.meanProgress).toBe(-2);
    expect(summary.improvedShare).toBe(0);
    expect(summary.attendanceRate).toBeNull();
    expect(summary.deliveryRate).toBeNull();
  });
});

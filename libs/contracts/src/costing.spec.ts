import {
  academicYear,
  deliveredCost,
  formatPounds,
  isClosed,
  isoWeekday,
  overlap,
  plannedCost,
  roundPence,
  scheduledSessions,
  sessionCost,
  shareOfSession,
  topUpStatus,
} from './costing';

describe('costing rules, on worked examples', () => {
  it('prices a TA at GBP 15.50 an hour, 30-minute sessions, 3 pupils, twice a week for 12 weeks at GBP 62.00 a pupil', () => {
    // 15.50 × 0.5 h = GBP 7.75 a session; shared by 3 = 258⅓p each; 2 × 12 = 24 sessions → 6,200p.
    const session = sessionCost({ hourlyRatePence: 1550, minutes: 30, resourcePence: 0 });
    expect(session).toBe(775);
    // Mondays and Thursdays from Monday 5 January to Friday 27 March 2026: 12 of each.
    expect(scheduledSessions('2026-01-05', '2026-03-27', [1, 4])).toBe(24);
    const planned = plannedCost({
      from: '2026-01-05',
      to: '2026-03-27',
      weekdays: [1, 4],
      minutes: 30,
      hourlyRatePence: 1550,
      resourcePence: 0,
      groupSize: 3,
    });
    expect(roundPence(planned)).toBe(6200);
    expect(formatPounds(roundPence(planned))).toBe('£62.00');
    // Rounding each share first would lose 8p: 24 × 258p = 6,192p.
    expect(24 * Math.round(shareOfSession(session, 3))).toBe(6192);
  });

  it('adds resources per session before sharing', () => {
    // A teacher at GBP 32.00 an hour, 45 minutes, with GBP 1.20 of resources, for 4 pupils:
    // 2,400p + 120p = 2,520p a session, 630p each.
    const session = sessionCost({ hourlyRatePence: 3200, minutes: 45, resourcePence: 120 });
    expect(session).toBe(2520);
    expect(shareOfSession(session, 4)).toBe(630);
  });

  it('costs 1:1 support in full to the one pupil', () => {
    // A TA at GBP 14.00 an hour, 20 minutes every weekday for the 39-week year ≈ 195 sessions.
    const session = sessionCost({ hourlyRatePence: 1400, minutes: 20, resourcePence: 0 });
    expect(roundPence(session)).toBe(467);
    expect(roundPence(195 * shareOfSession(session, 1))).toBe(91000);
  });

  it('shares delivered sessions among the pupils listed in each, whatever the group size was planned', () => {
    const cost = deliveredCost([
      { hourlyRatePence: 1550, minutes: 30, resourcePence: 0, pupilsListed: 3 },
      { hourlyRatePence: 1550, minutes: 30, resourcePence: 0, pupilsListed: 3 },
      // One pupil moved away: the next session was shared by two.
      { hourlyRatePence: 1550, minutes: 30, resourcePence: 0, pupilsListed: 2 },
    ]);
    expect(roundPence(cost)).toBe(904); // 258⅓ + 258⅓ + 387.5 = 904.1667
    expect(deliveredCost([])).toBe(0);
  });

  it('refuses nonsense', () => {
    expect(() => shareOfSession(775, 0)).toThrow(RangeError);
    expect(() => sessionCost({ hourlyRatePence: -1, minutes: 30, resourcePence: 0 })).toThrow(RangeError);
    expect(() => scheduledSessions('2026-02-30x', '2026-03-01', [1])).toThrow(RangeError);
  });

  it('counts scheduled weekdays exactly, including part weeks, month ends and leap days', () => {
    expect(isoWeekday('2026-01-05')).toBe(1);
    expect(isoWeekday('2026-03-27')).toBe(5);
    expect(isoWeekday('2028-02-29')).toBe(2);
    // Wednesday 28 Feb 2024 to Monday 4 Mar 2024 holds Thursday 29 Feb (leap day) and Friday 1 Mar.
    expect(scheduledSessions('2024-02-28', '2024-03-04', [4, 5])).toBe(2);
    expect(scheduledSessions('2026-01-07', '2026-01-07', [3])).toBe(1);
    expect(scheduledSessions('2026-01-08', '2026-01-07', [3])).toBe(0);
    // Every weekday of a 39-week year: 195.
    expect(scheduledSessions('2025-09-01', '2026-05-31', [1, 2, 3, 4, 5])).toBe(195);
  });

  it('plans no session on days the school is closed', () => {
    // The worked example spans February half-term (16 to 20 February 2026): a Monday and a Thursday
    // fall in it, so 22 sessions are planned, not 24.
    const halfTerm = [{ from: '2026-02-16', to: '2026-02-20' }];
    expect(scheduledSessions('2026-01-05', '2026-03-27', [1, 4], halfTerm)).toBe(22);
    // Overlapping closures (a training day inside the holiday) leave each day out once.
    const overlapping = [...halfTerm, { from: '2026-02-19', to: '2026-02-23' }];
    expect(scheduledSessions('2026-01-05', '2026-03-27', [1, 4], overlapping)).toBe(21);
    // A closure outside the span changes nothing; one covering it all leaves nothing.
    expect(
      scheduledSessions('2026-01-05', '2026-03-27', [1, 4], [{ from: '2026-04-01', to: '2026-04-17' }]),
    ).toBe(24);
    expect(
      scheduledSessions('2026-01-05', '2026-01-09', [1, 4], [{ from: '2026-01-01', to: '2026-01-31' }]),
    ).toBe(0);
    expect(
      roundPence(
        plannedCost({
          from: '2026-01-05',
          to: '2026-03-27',
          weekdays: [1, 4],
          minutes: 30,
          hourlyRatePence: 1550,
          resourcePence: 0,
          groupSize: 3,
          closures: halfTerm,
        }),
      ),
    ).toBe(5683); // 22 × 258⅓p
    expect(isClosed('2026-02-18', halfTerm)).toBe(true);
    expect(isClosed('2026-02-21', halfTerm)).toBe(false);
  });

  it('clips a place to the academic year', () => {
    expect(academicYear('2026-11-22')).toEqual({
      from: '2026-09-01',
      to: '2027-08-31',
      label: '2026 to 2027',
    });
    expect(academicYear('2027-08-31').from).toBe('2026-09-01');
    expect(academicYear('2026-09-01').label).toBe('2026 to 2027');
    expect(overlap({ from: '2026-06-01', to: '2026-10-31' }, academicYear('2026-11-22'))).toEqual({
      from: '2026-09-01',
      to: '2026-10-31',
    });
    expect(overlap({ from: '2026-06-01', to: '2026-07-31' }, academicYear('2026-11-22'))).toBeNull();
  });

  it('flags pupils approaching and passing the GBP 6,000 notional threshold', () => {
    expect(topUpStatus(499_999)).toBe('below');
    expect(topUpStatus(500_000)).toBe('approaching');
    expect(topUpStatus(599_999)).toBe('approaching');
    expect(topUpStatus(600_000)).toBe('above');
  });

  it('rounds half a penny away from zero, ignoring floating-point dust', () => {
    expect(roundPence(0.5)).toBe(1);
    expect(roundPence(258.3333333 * 3)).toBe(775);
    expect(roundPence(0.1 + 0.2)).toBe(0);
    // 7.5p computed as 7.4999999999 is still half a penny.
    expect(roundPence(7.4999999999)).toBe(8);
    expect(roundPence(7.49)).toBe(7);
  });
});

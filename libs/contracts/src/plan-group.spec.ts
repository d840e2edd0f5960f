import { addDays, planGroup, plannedCost, roundPence } from './costing';

const WORKED = {
  startDate: '2026-01-05',
  endDate: '2026-03-27',
  weekdays: [1, 4],
  minutes: 30,
  hourlyRatePence: 1550,
  resourcePence: 0,
};
const YEAR = { from: '2025-09-01', to: '2026-08-31' };

describe('planned cost per place', () => {
  it('prices the worked example at 6,200p a pupil, as plannedCost does', () => {
    const result = planGroup(
      {
        ...WORKED,
        places: ['a', 'b', 'c'].map((pupilId) => ({ pupilId, joinedOn: '2026-01-05', leftOn: null })),
      },
      YEAR,
    );
    expect(result.sessions).toBe(24);
    expect(result.places.map((p) => [p.sessions, roundPence(p.exactPence)])).toEqual([
      [24, 6200],
      [24, 6200],
      [24, 6200],
    ]);
    expect(roundPence(result.places[0]!.exactPence)).toBe(
      roundPence(plannedCost({ ...WORKED, from: '2026-01-05', to: '2026-03-27', groupSize: 3 })),
    );
  });

  it('shares each day among the pupils in the group that day, so the group total stays the same', () => {
    // c leaves on Thursday 12 February (its last day); d joins on Monday 16 February.
    const result = planGroup(
      {
        ...WORKED,
        places: [
          { pupilId: 'a', joinedOn: '2026-01-05', leftOn: null },
          { pupilId: 'b', joinedOn: '2026-01-05', leftOn: null },
          { pupilId: 'c', joinedOn: '2026-01-05', leftOn: '2026-02-12' },
          { pupilId: 'd', joinedOn: '2026-02-16', leftOn: null },
        ],
      },
      YEAR,
    );
    const [a, b, c, d] = result.places;
    expect(c!.sessions).toBe(12);
    expect(d!.sessions).toBe(12);
    expect(roundPence(c!.exactPence)).toBe(3100);
    expect(roundPence(a!.exactPence)).toBe(6200);
    expect(roundPence(a!.exactPence + b!.exactPence + c!.exactPence + d!.exactPence)).toBe(24 * 775);
  });

  it('gives a pupil alone in the group the whole session', () => {
    const result = planGroup(
      {
        ...WORKED,
        places: [
          { pupilId: 'a', joinedOn: '2026-01-05', leftOn: null },
          { pupilId: 'b', joinedOn: '2026-03-02', leftOn: null },
        ],
      },
      YEAR,
    );
    // 16 sessions alone at 775p, then 8 shared at 387.5p.
    expect(roundPence(result.places[0]!.exactPence)).toBe(16 * 775 + 8 * 387.5);
    expect(roundPence(result.places[1]!.exactPence)).toBe(8 * 387.5);
  });

  it('clips places and groups to the period', () => {
    const group = {
      ...WORKED,
      startDate: '2025-06-02',
      endDate: '2025-10-31',
      places: [{ pupilId: 'a', joinedOn: '2025-06-02', leftOn: null }],
    };
    const result = planGroup(group, YEAR);
    expect(result.span).toEqual({ from: '2025-09-01', to: '2025-10-31' });
    expect(result.places[0]!.span).toEqual({ from: '2025-09-01', to: '2025-10-31' });
    expect(result.places[0]!.sessions).toBe(18);
    expect(planGroup(group, { from: '2026-09-01', to: '2027-08-31' })).toMatchObject({
      span: null,
      sessions: 0,
      places: [{ span: null, sessions: 0, exactPence: 0 }],
    });
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});

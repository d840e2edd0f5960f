import { contentProblems, dayProblems, inGroupOn, longDate, type GroupPlace } from './sessions.rules';

const places: GroupPlace[] = [
  { pupilId: 'a', name: 'Ada Archer', joinedOn: '2026-01-05', leftOn: null },
  { pupilId: 'b', name: 'Ben Baker', joinedOn: '2026-01-05', leftOn: '2026-02-12' },
  { pupilId: 'c', name: 'Cara Cole', joinedOn: '2026-02-16', leftOn: null },
];
const group = { startDate: '2026-01-05', endDate: '2026-03-27' };

describe('what a session log must say', () => {
  it('counts a pupil in the group from the day they join to the day they leave, both included', () => {
    expect(inGroupOn(places[1]!, '2026-01-05')).toBe(true);
    expect(inGroupOn(places[1]!, '2026-02-12')).toBe(true);
    expect(inGroupOn(places[1]!, '2026-02-13')).toBe(false);
    expect(inGroupOn(places[2]!, '2026-02-15')).toBe(false);
  });

  it('keeps the day within the group and not after today', () => {
    expect(dayProblems('2026-01-12', group, '2026-11-22')).toEqual([]);
    expect(dayProblems('2026-01-12', group, '2026-01-11')).toEqual([
      { field: 'heldOn', message: 'The session date cannot be in the future' },
    ]);
    expect(dayProblems('2026-01-04', group, '2026-11-22')).toEqual([
      {
        field: 'heldOn',
        message: 'This group runs from 5 January 2026 to 27 March 2026: choose a date in that range',
      },
    ]);
    expect(dayProblems('2026-03-28', group, '2026-11-22')).toHaveLength(1);
    expect(longDate('2026-03-01')).toBe('1 March 2026');
  });

  it('takes attendance of exactly the pupils in the group that day', () => {
    const ok = contentProblems(
      {
        heldOn: '2026-01-12',
        status: 'held',
        minutes: 30,
        attendance: [
          { pupilId: 'a', attended: true },
          { pupilId: 'b', attended: false, absenceReason: 'ill' },
        ],
      },
      places,
    );
    expect(ok).toEqual([]);
    const later = contentProblems(
      {
        heldOn: '2026-02-16',
        status: 'held',
        minutes: 30,
        attendance: [
          { pupilId: 'a', attended: true, absenceReason: 'ill' },
          { pupilId: 'b', attended: true },
        ],
      },
      places,
    );
    expect(later).toEqual([
      {
        field: 'attendance.0.absenceReason',
        message: 'Ada Archer came to the session: leave the absence reason empty',
      },
      {
        field: 'attendance.1.pupilId',
        message:
          'Ben Baker was not in this group on 16 February 2026 (left on 12 February 2026): take them off the list',
      },
      { field: 'attendance', message: 'Say whether Cara Cole came to the session' },
    ]);
  });

  it('needs minutes for a held session and a reason, without minutes or attendance, for a cancelled one', () => {
    expect(contentProblems({ heldOn: '2026-01-12', status: 'held', cancelReason: 'trip' }, places)).toEqual([
      { field: 'minutes', message: 'Enter how long the session lasted, in minutes' },
      { field: 'cancelReason', message: 'Leave the cancellation reason empty: the session was held' },
      { field: 'attendance', message: 'Say whether Ada Archer came to the session' },
      { field: 'attendance', message: 'Say whether Ben Baker came to the session' },
    ]);
    expect(
      contentProblems({ heldOn: '2026-01-12', status: 'cancelled', cancelReason: 'trip' }, places),
    ).toEqual([]);
    expect(
      contentProblems(
        { heldOn: '2026-01-12', status: 'cancelled', attendance: [{ pupilId: 'a', attended: true }] },
        places,
      ).map((e) => e.field),
    ).toEqual(['cancelReason', 'attendance']);
  });

  it('cannot log a held session on a day the group had nobody', () => {
    expect(
      contentProblems({ heldOn: '2026-01-12', status: 'held', minutes: 30, attendance: [] }, []),
    ).toEqual([
      {
        field: 'attendance',
        message:
          'No pupils were in this group on 12 January 2026, so no session can be logged as held that day',
      },
    ]);
  });
});

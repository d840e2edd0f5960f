import { calendarEvents, eventUid, pupilLabel, renderCalendar } from './calendar-events';

describe('calendar events', () => {
  const PLAN = '3f0c6a9e-7b1d-4c55-9d39-2a1f7d1c0a11';
  const PUPIL = '8d7c1f0e-5a4b-4f3e-9c2d-1b0a9f8e7d6c';

  it('names the pupil by initials and year only', () => {
    expect(pupilLabel({ name: 'Ada Archer', yearGroup: '4' })).toBe('A.A. (Year 4)');
    expect(pupilLabel({ name: 'Ben Baker', yearGroup: 'R' })).toBe('B.B. (Reception)');
    expect(pupilLabel({ name: 'Cara Cole', yearGroup: null })).toBe('C.C.');
  });

  it('gives each event a stable UID that shows no id, by kind and key', () => {
    const uid = eventUid('plan-review', PLAN);
    expect(uid).toMatch(/^[0-9a-f]{32}@send-register$/);
    expect(uid).toBe(eventUid('plan-review', PLAN));
    expect(uid).not.toBe(eventUid('ehcp-annual-review-due', PLAN));
    expect(uid).not.toContain(PLAN.slice(0, 8));
  });

  it('orders events by date and writes all-day VEVENTs without names or ids', () => {
    const events = calendarEvents([
      {
        kind: 'ehcp-annual-review-due',
        key: PUPIL,
        date: '2026-07-01',
        pupil: { name: 'Ada Archer', yearGroup: '4' },
      },
      { kind: 'plan-review', key: PLAN, date: '2026-03-05', pupil: { name: 'Ada Archer', yearGroup: '4' } },
      {
        kind: 'ehcp-annual-review-meeting',
        key: PUPIL,
        date: '2026-06-15',
        pupil: { name: 'Ada Archer', yearGroup: '4' },
      },
    ]);
    expect(events.map((e) => [e.date, e.summary])).toEqual([
      ['2026-03-05', 'Support plan review: A.A. (Year 4)'],
      ['2026-06-15', 'EHCP annual review meeting: A.A. (Year 4)'],
      ['2026-07-01', 'EHCP annual review due by: A.A. (Year 4)'],
    ]);
    const text = renderCalendar('Review dates: Ashdown Primary', events, new Date('2026-03-01T08:00:00Z'));
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('X-WR-CALNAME:Review dates: Ashdown Primary');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(text).toContain('DTSTART;VALUE=DATE:20260305');
    expect(text).toContain(`UID:${eventUid('plan-review', PLAN)}`);
    expect(text).not.toMatch(/Ada|Archer/);
    expect(text).not.toContain(PLAN);
    expect(text).not.toContain(PUPIL);
  });
});

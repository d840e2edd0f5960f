import { daysFromToday, fieldsOf, messageFor, withRecordsApp } from './testing/records-fixture';

describe('staff hourly rates', () => {
  const { ctx, as, user, changes } = withRecordsApp();
  const role = (body: { roles: { role: string }[] }, r: string) => body.roles.find((x) => x.role === r);

  it('starts with no rate for any delivering role', async () => {
    const res = await as('senco').get('/staff-rates');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      roles: [
        { role: 'ta', hourlyRatePence: null, effectiveFrom: null },
        { role: 'teacher', hourlyRatePence: null, effectiveFrom: null },
        { role: 'senco', hourlyRatePence: null, effectiveFrom: null },
      ],
      people: [],
      history: [],
    });
  });

  it('lets a school administrator set a role rate, in force from its date', async () => {
    const res = await as('admin').post('/staff-rates', {
      role: 'ta',
      hourlyRatePence: 1550,
      effectiveFrom: daysFromToday(-30),
    });
    expect(res.status).toBe(201);
    expect(role(res.body, 'ta')).toEqual({
      role: 'ta',
      hourlyRatePence: 1550,
      effectiveFrom: daysFromToday(-30),
    });
    expect(res.body.history).toEqual([
      expect.objectContaining({
        role: 'ta',
        person: null,
        hourlyRatePence: 1550,
        effectiveFrom: daysFromToday(-30),
        setBy: { id: user('admin'), displayName: 'admin' },
      }),
    ]);
    // A rise from a later date is history until that date comes.
    const rise = await as('senco').post('/staff-rates', {
      role: 'ta',
      hourlyRatePence: 1600,
      effectiveFrom: daysFromToday(10),
    });
    expect(role(rise.body, 'ta')).toMatchObject({ hourlyRatePence: 1550 });
    expect(rise.body.history.map((r: { hourlyRatePence: number }) => r.hourlyRatePence)).toEqual([
      1600, 1550,
    ]);
    const log = await changes(res.body.history[0].id);
    expect(log).toEqual([
      expect.objectContaining({
        entity: 'staff_rate',
        action: 'set',
        before: null,
        changed_by: user('admin'),
      }),
    ]);
  });

  it("sets one person's own rate, shown beside the role rates", async () => {
    const res = await as('senco').post('/staff-rates', {
      userId: user('ta'),
      hourlyRatePence: 1700,
      effectiveFrom: daysFromToday(0),
    });
    expect(res.status).toBe(201);
    expect(res.body.people).toEqual([
      {
        person: { id: user('ta'), displayName: 'ta' },
        hourlyRatePence: 1700,
        effectiveFrom: daysFromToday(0),
      },
    ]);
    // History is newest effective date first: the TA role's rise (in 10 days), then this one.
    expect(res.body.history[1]).toMatchObject({
      role: null,
      person: { id: user('ta') },
      hourlyRatePence: 1700,
    });
  });

  it('replaces a rate set again for the same date, logging before and after', async () => {
    const first = await as('senco').post('/staff-rates', {
      role: 'teacher',
      hourlyRatePence: 3000,
      effectiveFrom: '2026-09-01',
    });
    const id = first.body.history.find((r: { role: string }) => r.role === 'teacher').id as string;
    const again = await as('senco').post('/staff-rates', {
      role: 'teacher',
      hourlyRatePence: 3150,
      effectiveFrom: '2026-09-01',
    });
    expect(again.status).toBe(201);
    const teacherRates = again.body.history.filter((r: { role: string }) => r.role === 'teacher');
    expect(teacherRates).toEqual([expect.objectContaining({ id, hourlyRatePence: 3150 })]);
    const log = await changes(id);
    expect(log.map((c) => c.action)).toEqual(['set', 'replaced']);
    expect(log[1]).toMatchObject({
      before: { role: 'teacher', hourlyRatePence: 3000, effectiveFrom: '2026-09-01' },
      after: { role: 'teacher', hourlyRatePence: 3150, effectiveFrom: '2026-09-01' },
    });
  });

  it('lets the head read the rates but not set them; teachers and TAs do neither', async () => {
    const head = await as('head').get('/staff-rates');
    expect(head.status).toBe(200);
    expect(role(head.body, 'ta')).toMatchObject({ hourlyRatePence: 1550 });
    const body = { role: 'ta', hourlyRatePence: 1, effectiveFrom: '2026-01-01' };
    expect((await as('head').post('/staff-rates', body)).status).toBe(403);
    for (const who of ['teacher', 'ta'] as const) {
      expect((await as(who).get('/staff-rates')).status).toBe(403);
      expect((await as(who).post('/staff-rates', body)).status).toBe(403);
    }
  });

  it('asks for exactly one of a role and a person, who must deliver interventions here', async () => {
    const both = await as('senco').post('/staff-rates', {
      role: 'ta',
      userId: user('ta'),
      hourlyRatePence: 1500,
      effectiveFrom: '2026-01-01',
    });
    expect(fieldsOf(both)).toEqual(['role']);
    expect(messageFor(both, 'role')).toBe('Choose either a role or a member of staff, not both');
    const neither = await as('senco').post('/staff-rates', {
      hourlyRatePence: 1500,
      effectiveFrom: '2026-01-01',
    });
    expect(messageFor(neither, 'role')).toBe('Choose the role or the member of staff this rate is for');
    const head = await as('senco').post('/staff-rates', {
      userId: user('head'),
      hourlyRatePence: 1500,
      effectiveFrom: '2026-01-01',
    });
    expect(fieldsOf(head)).toEqual(['userId']);
    expect(messageFor(head, 'userId')).toMatch(/does not deliver interventions/);
    const beacon = await as('senco').post('/staff-rates', {
      userId: user('teacher@beacon'),
      hourlyRatePence: 1500,
      effectiveFrom: '2026-01-01',
    });
    expect(messageFor(beacon, 'userId')).toBe('This person is not on the staff of this school');
    const bad = await as('senco').post('/staff-rates', {
      role: 'head',
      hourlyRatePence: 0,
      effectiveFrom: '2026-02-30',
    });
    expect(fieldsOf(bad)).toEqual(['effectiveFrom', 'hourlyRatePence', 'role']);
  });

  it("keeps each school's rates to itself", async () => {
    const beacon = await as('senco@beacon').get('/staff-rates');
    expect(beacon.body.history).toEqual([]);
    expect((await as('admin', ctx.f.schoolB).get('/staff-rates')).status).toBe(404);
  });
});

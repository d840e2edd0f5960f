import { scheduledSessions } from '@sendreg/contracts';
import { daysFromToday, fieldsOf, messageFor, withRecordsApp } from './testing/records-fixture';

type Place = { pupil: { name: string }; plannedPence: number | null; deliveredPence: number | null };
const pupilNames = (res: { body: { places: Place[] } }) => res.body.places.map((p) => p.pupil.name);
const groupNames = (res: { body: { items: { name: string }[] } }) => res.body.items.map((p) => p.name);

describe('provisions (groups)', () => {
  const { ctx, as, user, intervention, provision, changes } = withRecordsApp();
  let interventionId: string;
  let groupId: string;

  beforeAll(async () => {
    interventionId = await intervention({ name: 'Precision teaching', resourceCostPerSessionPence: 50 });
  });

  it('sets up a group: its days in order, sessions a week from them, its staff, logged as a change', async () => {
    const res = await as('senco').post('/provisions', {
      interventionId,
      name: ' Year 4 precision teaching ',
      staffIds: [user('ta')],
      weekdays: [4, 1],
      minutes: 30,
      startDate: daysFromToday(-14),
      endDate: daysFromToday(60),
      location: 'Library',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Year 4 precision teaching',
      intervention: {
        id: interventionId,
        name: 'Precision teaching',
        area: 'cognition_and_learning',
        delivery: 'group',
      },
      staff: [{ id: user('ta'), displayName: 'ta' }],
      weekdays: [1, 4],
      sessionsPerWeek: 2,
      minutes: 30,
      startDate: daysFromToday(-14),
      endDate: daysFromToday(60),
      location: 'Library',
      pupilCount: 0,
      state: 'running',
      measure: { name: 'Reading age', unit: 'months', higherIsBetter: true },
      places: [],
      sessions: {
        planned: scheduledSessions(daysFromToday(-14), daysFromToday(60), [1, 4]),
        held: 0,
        cancelled: 0,
      },
      // No rate is set yet: staff time costs nothing, resources still count.
      costs: { sessionCostPence: 50, hourlyRatePence: null, plannedPence: 0, deliveredPence: 0 },
      version: 1,
    });
    groupId = res.body.id;
    expect(await changes(groupId)).toEqual([
      expect.objectContaining({
        entity: 'provision',
        action: 'created',
        after: expect.objectContaining({ weekdays: [1, 4], staffIds: [user('ta')], minutes: 30 }),
        changed_by: user('senco'),
      }),
    ]);
    const again = await as('senco').get(`/provisions/${groupId}`);
    expect(again.body).toEqual(res.body);
  });

  it('answers field by field', async () => {
    const valid = {
      interventionId,
      name: 'Group',
      staffIds: [user('ta')],
      weekdays: [1],
      minutes: 30,
      startDate: '2026-01-05',
      endDate: '2026-03-27',
    };
    const minutes = await as('senco').post('/provisions', { ...valid, minutes: 3 });
    expect(fieldsOf(minutes)).toEqual(['minutes']);
    expect(messageFor(minutes, 'minutes')).toBe('Enter the session length in minutes, from 5 to 240');
    expect(fieldsOf(await as('senco').post('/provisions', { ...valid, minutes: 241 }))).toEqual(['minutes']);
    expect(fieldsOf(await as('senco').post('/provisions', { ...valid, weekdays: [1, 1] }))).toEqual([
      'weekdays',
    ]);
    expect(fieldsOf(await as('senco').post('/provisions', { ...valid, weekdays: [6] }))).toEqual([
      'weekdays',
    ]);
    expect(fieldsOf(await as('senco').post('/provisions', { ...valid, weekdays: [] }))).toEqual(['weekdays']);
    const dates = await as('senco').post('/provisions', { ...valid, endDate: '2026-01-04' });
    expect(fieldsOf(dates)).toEqual(['endDate']);
    expect(messageFor(dates, 'endDate')).toBe('The end date must be the same as or after the start date');
    expect(fieldsOf(await as('senco').post('/provisions', { ...valid, startDate: '2026-02-30' }))).toEqual([
      'startDate',
    ]);
    const staff = await as('senco').post('/provisions', {
      ...valid,
      staffIds: [user('head'), user('teacher@beacon'), user('teacher'), user('teacher')],
    });
    expect(staff.body.errors).toEqual([
      { field: 'staffIds[0]', message: expect.stringMatching(/does not deliver interventions/) },
      { field: 'staffIds[1]', message: 'This person is not on the staff of this school' },
      { field: 'staffIds[3]', message: 'This person is listed twice' },
    ]);
    expect(fieldsOf(await as('senco').post('/provisions', { ...valid, staffIds: [] }))).toEqual(['staffIds']);
    const unknown = await as('senco').post('/provisions', {
      ...valid,
      interventionId: '00000000-0000-4000-8000-000000000000',
    });
    expect(fieldsOf(unknown)).toEqual(['interventionId']);
  });

  it('lists groups, running first, filtered by state, intervention, staff and name', async () => {
    const other = await intervention({ name: 'Lego therapy', area: 'social_emotional_mental_health' });
    await provision({
      interventionId: other,
      name: 'Lego club',
      staffIds: [user('teacher')],
      startDate: daysFromToday(7),
      endDate: daysFromToday(90),
    });
    await provision({
      interventionId,
      name: 'Autumn precision teaching',
      startDate: daysFromToday(-90),
      endDate: daysFromToday(-1),
    });
    const all = await as('senco').get('/provisions');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 3, page: 1, pageSize: 50 });
    expect(groupNames(all)).toEqual(['Year 4 precision teaching', 'Lego club', 'Autumn precision teaching']);
    expect(all.body.items.map((p: { state: string }) => p.state)).toEqual(['running', 'planned', 'ended']);
    expect(groupNames(await as('senco').get('/provisions?state=planned'))).toEqual(['Lego club']);
    expect(groupNames(await as('senco').get('/provisions?state=ended'))).toEqual([
      'Autumn precision teaching',
    ]);
    expect(groupNames(await as('senco').get(`/provisions?interventionId=${interventionId}`))).toEqual([
      'Year 4 precision teaching',
      'Autumn precision teaching',
    ]);
    expect(groupNames(await as('senco').get(`/provisions?staffId=${user('teacher')}`))).toEqual([
      'Lego club',
    ]);
    expect(groupNames(await as('senco').get('/provisions?q=PRECISION&state=running'))).toEqual([
      'Year 4 precision teaching',
    ]);
    const paged = await as('head').get('/provisions?pageSize=2&page=2');
    expect(paged.body).toMatchObject({ total: 3, page: 2 });
    expect(groupNames(paged)).toEqual(['Autumn precision teaching']);
    expect(fieldsOf(await as('senco').get('/provisions?state=finished'))).toEqual(['state']);
    expect((await as('admin').get('/provisions')).status).toBe(403);
  });

  it('edits a group with the version read; staffIds replaces its staff; a stale version is 409', async () => {
    const res = await as('senco').patch(`/provisions/${groupId}`, {
      version: 1,
      weekdays: [5, 1, 3],
      staffIds: [user('ta'), user('senco')],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ weekdays: [1, 3, 5], sessionsPerWeek: 3, version: 2 });
    expect(res.body.staff.map((s: { id: string }) => s.id).sort()).toEqual(
      [user('senco'), user('ta')].sort(),
    );
    const stale = await as('senco').patch(`/provisions/${groupId}`, { version: 1, name: 'Renamed' });
    expect(stale.status).toBe(409);
    expect(stale.body.type).toBe('/problems/stale-version');
    const dates = await as('senco').patch(`/provisions/${groupId}`, {
      version: 2,
      endDate: daysFromToday(-30),
    });
    expect(fieldsOf(dates)).toEqual(['endDate']);
    const staffOnly = await as('senco').patch(`/provisions/${groupId}`, {
      version: 2,
      staffIds: [user('ta')],
    });
    expect(staffOnly.body).toMatchObject({ staff: [{ id: user('ta') }], version: 3 });
    expect((await changes(groupId)).slice(1)).toEqual([
      expect.objectContaining({
        action: 'updated',
        before: { weekdays: [1, 4], staffIds: [user('ta')] },
        after: { weekdays: [1, 3, 5], staffIds: [user('senco'), user('ta')].sort() },
      }),
      expect.objectContaining({
        before: { staffIds: [user('senco'), user('ta')].sort() },
        after: { staffIds: [user('ta')] },
      }),
    ]);
    expect((await as('head').patch(`/provisions/${groupId}`, { version: 3, name: 'x' })).status).toBe(403);
    expect((await as('ta').patch(`/provisions/${groupId}`, { version: 3, name: 'x' })).status).toBe(403);
  });

  describe('who sees which groups', () => {
    let mixed: string; // delivered by the TA: Ada (4A, the teacher's class) and Dev (4B, the TA's class)
    let senco: string; // delivered by the SENCO: Dev and Finn (5A)
    let fifth: string; // delivered by the SENCO: Finn only

    beforeAll(async () => {
      mixed = await provision({ name: 'Mixed group', pupils: ['Ada', 'Dev'] });
      senco = await provision({ name: "SENCO's group", staffIds: [user('senco')], pupils: ['Dev', 'Finn'] });
      fifth = await provision({ name: 'Year 5 group', staffIds: [user('senco')], pupils: ['Finn'] });
    });

    it("shows a teacher the groups holding their class's pupils, and only their pupils' places", async () => {
      const list = await as('teacher').get('/provisions');
      // And the groups they deliver themselves (Lego club, planned).
      expect(groupNames(list)).toEqual(['Mixed group', 'Lego club']);
      const res = await as('teacher').get(`/provisions/${mixed}`);
      expect(res.status).toBe(200);
      expect(res.body.pupilCount).toBe(2);
      expect(pupilNames(res)).toEqual(['Ada Archer']);
      expect((await as('teacher').get(`/provisions/${fifth}`)).status).toBe(404);
    });

    it('shows a TA only the groups they deliver, with every place; 404 for the rest', async () => {
      const list = await as('ta').get('/provisions');
      expect(groupNames(list)).toContain('Mixed group');
      expect(groupNames(list)).not.toContain("SENCO's group");
      const res = await as('ta').get(`/provisions/${mixed}`);
      expect(pupilNames(res)).toEqual(['Ada Archer', 'Dev Dunn']);
      // Dev is in the TA's class, but the TA does not deliver this group.
      expect((await as('ta').get(`/provisions/${senco}`)).status).toBe(404);
      expect((await as('ta').get(`/provisions/${fifth}`)).status).toBe(404);
    });

    it('shows the head and the SENCO every group and place', async () => {
      for (const who of ['head', 'senco'] as const) {
        expect((await as(who).get('/provisions')).body.total).toBe(6);
        expect(pupilNames(await as(who).get(`/provisions/${senco}`))).toEqual(['Dev Dunn', 'Finn Fox']);
      }
    });

    it('never shows costs to teachers or TAs', async () => {
      for (const who of ['teacher', 'ta'] as const) {
        const res = await as(who).get(`/provisions/${mixed}`);
        expect(res.body.costs).toBeNull();
        for (const place of res.body.places as Place[]) {
          expect(place.plannedPence).toBeNull();
          expect(place.deliveredPence).toBeNull();
        }
      }
      const head = await as('head').get(`/provisions/${mixed}`);
      expect(head.body.costs).not.toBeNull();
      expect(head.body.places[0].plannedPence).toEqual(expect.any(Number));
    });

    it("answers 404 for another school's groups", async () => {
      expect((await as('senco@beacon').get(`/provisions/${mixed}`)).status).toBe(404);
      expect(
        (await as('senco@beacon').patch(`/provisions/${mixed}`, { version: 1, name: 'Ours' })).status,
      ).toBe(404);
      expect((await as('senco', ctx.f.schoolB).get('/provisions')).status).toBe(404);
      expect((await as('senco@beacon').get('/provisions')).body.total).toBe(0);
      const theirs = await as('senco@beacon').post('/provisions', {
        interventionId,
        name: 'Borrowed',
        staffIds: [user('senco@beacon')],
        weekdays: [1],
        minutes: 30,
        startDate: '2026-01-05',
        endDate: '2026-03-27',
      });
      expect(fieldsOf(theirs)).toEqual(['interventionId']);
    });
  });

  describe("costs: DOMAIN.md's worked example", () => {
    let example: string;

    beforeAll(async () => {
      // A TA at £15.50 an hour, 30 minutes on Mondays and Thursdays for a term, three pupils.
      await as('admin').post('/staff-rates', {
        role: 'ta',
        hourlyRatePence: 1550,
        effectiveFrom: '2025-09-01',
      });
      // The TA's own rate prices what they deliver, not the plan.
      await as('admin').post('/staff-rates', {
        userId: user('ta'),
        hourlyRatePence: 2000,
        effectiveFrom: '2025-09-01',
      });
      const reading = await intervention({ name: 'Reading group', resourceCostPerSessionPence: 0 });
      example = await provision({
        interventionId: reading,
        name: 'Spring reading group',
        weekdays: [1, 4],
        minutes: 30,
        startDate: '2026-01-05',
        endDate: '2026-03-27',
        pupils: ['Ada', 'Ben', 'Cara'],
        joinedOn: '2026-01-05',
      });
    });

    it('plans 6200p for each pupil: 24 sessions of 775p shared by 3', async () => {
      const res = await as('senco').get(`/provisions/${example}`);
      expect(res.body.sessions).toEqual({ planned: 24, held: 0, cancelled: 0 });
      expect(res.body.places.map((p: Place) => p.plannedPence)).toEqual([6200, 6200, 6200]);
      expect(res.body.costs).toEqual({
        sessionCostPence: 775,
        hourlyRatePence: 1550,
        plannedPence: 18_600,
        deliveredPence: 0,
      });
      expect(res.body.state).toBe('ended');
    });

    it('prices delivered sessions at the rate of the person who delivered them, shared among those listed', async () => {
      await ctx.t.db.runAsSchool(ctx.f.schoolA, async (m) => {
        const [held] = await m.query(
          `INSERT INTO provision_sessions (school_id, provision_id, held_on, status, minutes, delivered_by, logged_by)
           VALUES (app_current_school(), $1, '2026-01-05', 'held', 30, $2, $2) RETURNING id`,
          [example, user('ta')],
        );
        await m.query(
          `INSERT INTO provision_sessions (school_id, provision_id, held_on, status, cancel_reason, delivered_by, logged_by)
           VALUES (app_current_school(), $1, '2026-01-08', 'cancelled', 'cover', $2, $2)`,
          [example, user('ta')],
        );
        await m.query(
          `INSERT INTO session_attendance (school_id, session_id, pupil_id, attended, absence_reason)
           VALUES (app_current_school(), $1, $2, true, NULL), (app_current_school(), $1, $3, true, NULL),
                  (app_current_school(), $1, $4, false, 'ill')`,
          [held.id, ctx.f.pupils.Ada, ctx.f.pupils.Ben, ctx.f.pupils.Cara],
        );
      });
      const res = await as('senco').get(`/provisions/${example}`);
      expect(res.body.sessions).toEqual({ planned: 24, held: 1, cancelled: 1 });
      // 2000p an hour for 30 minutes = 1000p, shared by the 3 listed: 333⅓p each, 1000p in total.
      expect(
        res.body.places.map((p: Place & { attended: number; listed: number }) => [
          p.attended,
          p.listed,
          p.deliveredPence,
        ]),
      ).toEqual([
        [1, 1, 333],
        [1, 1, 333],
        [0, 1, 333],
      ]);
      expect(res.body.costs.deliveredPence).toBe(1000);
    });
  });
});

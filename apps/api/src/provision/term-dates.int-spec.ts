import { signIn, withFixtureApp } from '../testing/fixture';
import { ProvisionRecords } from './testing/sessions-fixture';

/**
 * Term dates: the school admin records the days the school is closed, and no session is planned on
 * them. The worked example's group (Mondays and Thursdays, 5 January to 27 March 2026) plans 24
 * sessions; February half-term (16 to 20 February) takes a Monday and a Thursday away.
 */
describe('term dates', () => {
  const ctx = withFixtureApp();
  const token: Record<string, string> = {};
  let groupId: string;

  beforeAll(async () => {
    for (const who of ['senco', 'teacher', 'ta', 'head', 'admin'])
      token[who] = (await signIn(ctx.t, `${who}@ashdown.test`)).token;
    token.beacon = (await signIn(ctx.t, 'senco@beacon.test')).token;
    const rec = new ProvisionRecords(ctx.t, ctx.f.schoolA);
    const ta = ctx.f.users['ta@ashdown.test']!;
    const reading = await rec.intervention({ name: 'Reading' });
    await rec.rate({ role: 'ta', pence: 1550, from: '2025-09-01' });
    groupId = await rec.provision({
      interventionId: reading,
      weekdays: [1, 4],
      minutes: 30,
      startDate: '2026-01-05',
      endDate: '2026-03-27',
      staff: [ta],
    });
    for (const name of ['Ada', 'Ben', 'Cara']) {
      await rec.place({ provisionId: groupId, pupilId: ctx.f.pupils[name]!, joinedOn: '2026-01-05' });
    }
  });

  const http = (who: string) => ({
    get: (path: string) =>
      ctx.t.http().get(`/api/schools/${ctx.f.schoolA}${path}`).auth(token[who]!, { type: 'bearer' }),
    post: (path: string, body: object) =>
      ctx.t
        .http()
        .post(`/api/schools/${ctx.f.schoolA}${path}`)
        .auth(token[who]!, { type: 'bearer' })
        .send(body),
    delete: (path: string) =>
      ctx.t.http().delete(`/api/schools/${ctx.f.schoolA}${path}`).auth(token[who]!, { type: 'bearer' }),
  });

  it('plans sessions around the closures the school admin records, and back when one is removed', async () => {
    let group = await http('senco').get(`/provisions/${groupId}`);
    expect(group.body.sessions.planned).toBe(24);
    expect(group.body.costs.plannedPence).toBe(18600);

    const added = await http('admin').post('/term-dates', {
      name: 'February half-term',
      from: '2026-02-16',
      to: '2026-02-20',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: 'February half-term', from: '2026-02-16', to: '2026-02-20' });
    expect(added.body.addedBy.displayName).toBe('admin');

    group = await http('senco').get(`/provisions/${groupId}`);
    expect(group.body.sessions.planned).toBe(22);
    // 22 sessions of 775p shared by 3: 5,683⅓p each, 17,050p for the group.
    expect(group.body.places.map((p: { plannedPence: number }) => p.plannedPence)).toEqual([
      5683, 5683, 5683,
    ]);
    expect(group.body.costs.plannedPence).toBe(17050);

    // The pupil's provision for the year and the map agree.
    const pupil = await http('senco').get(`/pupils/${ctx.f.pupils.Ada}/provision?date=2026-02-01`);
    expect(pupil.body.places[0].plannedSessions).toBe(22);
    expect(pupil.body.costs.plannedPence).toBe(5683);

    // On a closed day nothing is due, and the TA is told why.
    const closedDay = await http('ta').get('/my-groups?date=2026-02-19');
    expect(closedDay.body.closure).toBe('February half-term');
    expect(closedDay.body.groups.map((g: { due: boolean }) => g.due)).toEqual([false]);
    const openDay = await http('ta').get('/my-groups?date=2026-02-26');
    expect(openDay.body.closure).toBeNull();
    expect(openDay.body.groups.map((g: { due: boolean }) => g.due)).toEqual([true]);

    const list = await http('head').get('/term-dates');
    expect(list.status).toBe(200);
    expect(list.body.map((c: { name: string }) => c.name)).toEqual(['February half-term']);

    expect((await http('admin').delete(`/term-dates/${added.body.id}`)).status).toBe(204);
    expect((await http('admin').delete(`/term-dates/${added.body.id}`)).status).toBe(404);
    group = await http('senco').get(`/provisions/${groupId}`);
    expect(group.body.sessions.planned).toBe(24);
    expect((await http('senco').get('/term-dates')).body).toEqual([]);
  });

  it('says what is wrong with a closure, field by field', async () => {
    const backwards = await http('admin').post('/term-dates', {
      name: 'Easter',
      from: '2026-04-10',
      to: '2026-04-01',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual([
      { field: 'to', message: 'The last day must be the same as or after the first day' },
    ]);
    const tooLong = await http('admin').post('/term-dates', {
      name: 'Summer',
      from: '2026-07-01',
      to: '2026-09-30',
    });
    expect(tooLong.body.errors[0].field).toBe('to');
    const noName = await http('admin').post('/term-dates', {
      name: '',
      from: '2026-04-01',
      to: '2026-04-10',
    });
    expect(noName.body.errors[0].field).toBe('name');
    const badDate = await http('admin').post('/term-dates', {
      name: 'Easter',
      from: '2026-02-30',
      to: '2026-04-10',
    });
    expect(badDate.body.errors[0].field).toBe('from');
  });

  it('lets only the school admin change term dates; teachers and TAs do not read them; other schools see nothing', async () => {
    const body = { name: 'Training day', from: '2026-01-05', to: '2026-01-05' };
    expect((await http('senco').post('/term-dates', body)).status).toBe(403);
    expect((await http('head').post('/term-dates', body)).status).toBe(403);
    expect((await http('teacher').get('/term-dates')).status).toBe(403);
    expect((await http('ta').get('/term-dates')).status).toBe(403);
    const added = await http('admin').post('/term-dates', body);
    expect(added.status).toBe(201);
    // Another school's term dates are not there at all, even for a school admin.
    const otherSchool = await ctx.t
      .http()
      .get(`/api/schools/${ctx.f.schoolB}/term-dates`)
      .auth(token.admin!, { type: 'bearer' });
    expect(otherSchool.status).toBe(404);
    expect((await http('admin').delete(`/term-dates/${added.body.id}`)).status).toBe(204);
  });
});

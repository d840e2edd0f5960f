import { signIn, withFixtureApp } from '../testing/fixture';

describe('concerns', () => {
  const ctx = withFixtureApp();
  const token: Record<string, string> = {};

  beforeAll(async () => {
    for (const who of ['senco', 'teacher', 'ta', 'head'])
      token[who] = (await signIn(ctx.t, `${who}@ashdown.test`)).token;
  });

  const as = (who: string) => ({
    get: (path: string) =>
      ctx.t.http().get(`/api/schools/${ctx.f.schoolA}${path}`).auth(token[who]!, { type: 'bearer' }),
    post: (path: string, body: object) =>
      ctx.t
        .http()
        .post(`/api/schools/${ctx.f.schoolA}${path}`)
        .auth(token[who]!, { type: 'bearer' })
        .send(body),
  });
  const observed = 'Struggles to follow two-step instructions in class';

  it('lets a teacher raise a concern about one of their pupils, and only theirs', async () => {
    const res = await as('teacher').post('/concerns', {
      pupilId: ctx.f.pupils.Ben,
      area: 'communication_and_interaction',
      observed,
      tried: 'Visual prompts',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'open',
      area: 'communication_and_interaction',
      outcome: null,
      version: 1,
    });
    expect(res.body.pupil).toMatchObject({ id: ctx.f.pupils.Ben, className: '4A' });
    const notTheirs = await as('teacher').post('/concerns', {
      pupilId: ctx.f.pupils.Finn,
      area: 'not_sure',
      observed,
    });
    expect(notTheirs.status).toBe(404);
    const short = await as('teacher').post('/concerns', {
      pupilId: ctx.f.pupils.Ben,
      area: 'feelings',
      observed: 'sad',
    });
    expect(short.status).toBe(400);
    expect(short.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['area', 'observed']);
  });

  it('lets a TA raise one about a pupil in their class', async () => {
    const res = await as('ta').post('/concerns', {
      pupilId: ctx.f.pupils.Dev,
      area: 'social_emotional_mental_health',
      observed,
    });
    expect(res.status).toBe(201);
    expect(
      (await as('ta').post('/concerns', { pupilId: ctx.f.pupils.Ada, area: 'not_sure', observed })).status,
    ).toBe(404);
  });

  it('shows the SENCO and head every concern, open first; raisers see their own', async () => {
    const list = await as('senco').get('/concerns?status=open');
    expect(list.body.total).toBe(2);
    expect((await as('head').get('/concerns')).body.total).toBe(2);
    expect((await as('teacher').get('/concerns')).status).toBe(403);
    const mine = await as('teacher').get('/concerns/mine');
    expect(mine.body.items.map((c: { pupil: { id: string } }) => c.pupil.id)).toEqual([ctx.f.pupils.Ben]);
  });

  it('triages a concern to monitoring, which changes the SEN status, and the raiser sees the outcome', async () => {
    const ben = (await as('senco').get('/concerns')).body.items.find(
      (c: { pupil: { id: string } }) => c.pupil.id === ctx.f.pupils.Ben,
    );
    expect(ben).toBeDefined();
    const stale = await as('senco').post(`/concerns/${ben.id}/triage`, {
      decision: 'monitor',
      outcome: 'Watching closely',
      version: 99,
    });
    expect(stale.status).toBe(409);
    expect(
      (await as('head').post(`/concerns/${ben.id}/triage`, { decision: 'close', outcome: 'x', version: 1 }))
        .status,
    ).toBe(403);
    const res = await as('senco').post(`/concerns/${ben.id}/triage`, {
      decision: 'monitor',
      outcome: 'We will watch Ben for half a term with language screening',
      version: ben.version,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'monitoring', triagedBy: { displayName: 'senco' }, version: 2 });
    const record = await as('senco').get(`/pupils/${ctx.f.pupils.Ben}/send`);
    expect(record.body.status).toBe('monitoring');
    expect(record.body.statusHistory[0]).toMatchObject({
      source: 'concern',
      reason: expect.stringContaining('half a term'),
    });
    const mine = await as('teacher').get('/concerns/mine');
    expect(mine.body.items[0]).toMatchObject({
      status: 'monitoring',
      outcome: 'We will watch Ben for half a term with language screening',
    });
    const again = await as('senco').post(`/concerns/${ben.id}/triage`, {
      decision: 'close',
      outcome: 'Done',
      version: 2,
    });
    expect(again.status).toBe(400);
  });

  it('refuses to move a pupil down the register through a concern', async () => {
    const dev = (await as('senco').get('/concerns?status=open')).body.items[0];
    const rec = (await as('senco').get(`/pupils/${ctx.f.pupils.Dev}/send`)).body;
    await as('senco').post(`/pupils/${ctx.f.pupils.Dev}/sen-status`, {
      status: 'K',
      effectiveFrom: '2026-01-10',
      reason: 'On SEN support',
      senVersion: rec.senVersion,
    });
    const res = await as('senco').post(`/concerns/${dev.id}/triage`, {
      decision: 'monitor',
      outcome: 'Monitor',
      version: dev.version,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/already at SEN support/);
    const closed = await as('senco').post(`/concerns/${dev.id}/triage`, {
      decision: 'close',
      outcome: 'Already supported: added to the plan review',
      version: dev.version,
    });
    expect(closed.body.status).toBe('closed');
  });
});

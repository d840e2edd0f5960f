import { signIn, withFixtureApp } from '../testing/fixture';
import { schoolToday } from './register-query';

describe('the SEND register', () => {
  const ctx = withFixtureApp();
  const token: Record<string, string> = {};
  const today = schoolToday();

  beforeAll(async () => {
    for (const who of ['senco', 'teacher', 'ta', 'head', 'admin'])
      token[who] = (await signIn(ctx.t, `${who}@ashdown.test`)).token;
  });

  const api = (who: string) => ({
    get: (path: string) =>
      ctx.t.http().get(`/api/schools/${ctx.f.schoolA}${path}`).auth(token[who]!, { type: 'bearer' }),
    post: (path: string, body: object) =>
      ctx.t
        .http()
        .post(`/api/schools/${ctx.f.schoolA}${path}`)
        .auth(token[who]!, { type: 'bearer' })
        .send(body),
    put: (path: string, body: object) =>
      ctx.t
        .http()
        .put(`/api/schools/${ctx.f.schoolA}${path}`)
        .auth(token[who]!, { type: 'bearer' })
        .send(body),
  });
  const record = async (pupil: string) =>
    (await api('senco').get(`/pupils/${ctx.f.pupils[pupil]}/send`)).body;

  it('starts everyone at N with no needs', async () => {
    const rec = await record('Ada');
    expect(rec).toMatchObject({
      status: 'N',
      statusSince: null,
      needs: [],
      senVersion: 1,
      censusProblems: [],
    });
  });

  it('moves a pupil from monitoring to SEN support with two ranked needs, keeping the history', async () => {
    let rec = await record('Ada');
    let res = await api('senco').post(`/pupils/${ctx.f.pupils.Ada}/sen-status`, {
      status: 'monitoring',
      effectiveFrom: '2025-09-15',
      reason: 'Slow progress in phonics',
      senVersion: rec.senVersion,
    });
    expect(res.status).toBe(201);
    rec = res.body;
    res = await api('senco').post(`/pupils/${ctx.f.pupils.Ada}/sen-status`, {
      status: 'K',
      effectiveFrom: '2026-01-05',
      reason: 'Assessed: dyslexic profile',
      senVersion: rec.senVersion,
    });
    expect(res.body.censusProblems).toEqual(['no-primary-need']);
    res = await api('senco').put(`/pupils/${ctx.f.pupils.Ada}/needs`, {
      effectiveFrom: '2026-01-05',
      senVersion: res.body.senVersion,
      needs: [
        { code: 'SPLD', rank: 1, description: 'Reads slowly; mixes up b and d' },
        { code: 'SLCN', rank: 2 },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'K', statusSince: '2026-01-05', censusProblems: [] });
    expect(
      res.body.needs.map((n: { code: string; rank: number; area: string }) => [n.code, n.rank, n.area]),
    ).toEqual([
      ['SPLD', 1, 'cognition_and_learning'],
      ['SLCN', 2, 'communication_and_interaction'],
    ]);
    expect(res.body.statusHistory.map((h: { status: string }) => h.status)).toEqual(['K', 'monitoring']);
    // Newest first: the needs, then SEN support (same date, recorded earlier), then monitoring.
    expect(res.body.timeline.map((e: { kind: string; date: string }) => `${e.date} ${e.kind}`)).toEqual([
      '2026-01-05 needs',
      '2026-01-05 status',
      '2025-09-15 status',
    ]);
    const changes = await ctx.t.dataSource.query(
      `SELECT entity, action FROM sen_changes WHERE pupil_id = $1 ORDER BY changed_at`,
      [ctx.f.pupils.Ada],
    );
    expect(changes.map((c: { action: string }) => c.action)).toEqual([
      'status-changed',
      'status-changed',
      'needs-set',
    ]);
  });

  it('answers the register as at any date from the history', async () => {
    const asAt = async (date: string) =>
      (await api('senco').get(`/register?asAt=${date}&q=Archer`)).body.items[0] as {
        senStatus: string;
        primaryNeed: string | null;
      };
    expect(await asAt('2025-09-01')).toMatchObject({ senStatus: 'N', primaryNeed: null });
    expect(await asAt('2025-10-01')).toMatchObject({ senStatus: 'monitoring', primaryNeed: null });
    expect(await asAt('2026-01-05')).toMatchObject({ senStatus: 'K', primaryNeed: 'SPLD' });
    expect(await asAt(today)).toMatchObject({ senStatus: 'K', primaryNeed: 'SPLD' });
  });

  it('refuses a stale SEND record with 409, changing nothing', async () => {
    const before = await record('Ada');
    const res = await api('senco').post(`/pupils/${ctx.f.pupils.Ada}/sen-status`, {
      status: 'E',
      effectiveFrom: today,
      reason: 'EHCP issued',
      senVersion: before.senVersion - 1,
    });
    expect(res.status).toBe(409);
    expect(res.body.type).toBe('/problems/stale-version');
    expect((await record('Ada')).senVersion).toBe(before.senVersion);
  });

  it('refuses needs that break the census rules, field by field', async () => {
    const rec = await record('Ben');
    const atN = await api('senco').put(`/pupils/${ctx.f.pupils.Ben}/needs`, {
      effectiveFrom: today,
      senVersion: rec.senVersion,
      needs: [{ code: 'MLD', rank: 1 }],
    });
    expect(atN.status).toBe(400);
    expect(atN.body.errors[0].message).toMatch(/SEN support or an EHCP first/);
    const unknown = await api('senco').put(`/pupils/${ctx.f.pupils.Ada}/needs`, {
      effectiveFrom: today,
      senVersion: (await record('Ada')).senVersion,
      needs: [
        { code: 'XYZ', rank: 1 },
        { code: 'SPLD', rank: 1 },
      ],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual(
      expect.arrayContaining([{ field: 'needs[0].code', message: 'XYZ is not a census type of need' }]),
    );
    const three = await api('senco').put(`/pupils/${ctx.f.pupils.Ada}/needs`, {
      effectiveFrom: today,
      senVersion: (await record('Ada')).senVersion,
      needs: [
        { code: 'ASD', rank: 1 },
        { code: 'SLCN', rank: 2 },
        { code: 'SEMH', rank: 2 },
      ],
    });
    expect(three.body.errors).toEqual([
      { field: 'needs', message: 'The census takes at most two ranked needs' },
    ]);
    const badDate = await api('senco').post(`/pupils/${ctx.f.pupils.Ben}/sen-status`, {
      status: 'K',
      effectiveFrom: '2026-02-30',
      reason: 'x x x',
      senVersion: rec.senVersion,
    });
    expect(badDate.body.errors[0].field).toBe('effectiveFrom');
  });

  it('ends the needs when a pupil comes off the register', async () => {
    const rec = await api('senco').post(`/pupils/${ctx.f.pupils.Cara}/sen-status`, {
      status: 'K',
      effectiveFrom: '2025-11-01',
      reason: 'Speech and language needs',
      senVersion: (await record('Cara')).senVersion,
    });
    const withNeeds = await api('senco').put(`/pupils/${ctx.f.pupils.Cara}/needs`, {
      effectiveFrom: '2025-11-01',
      senVersion: rec.body.senVersion,
      needs: [{ code: 'SLCN', rank: 1 }],
    });
    const off = await api('senco').post(`/pupils/${ctx.f.pupils.Cara}/sen-status`, {
      status: 'N',
      effectiveFrom: today,
      reason: 'Targets met; off the register',
      senVersion: withNeeds.body.senVersion,
    });
    expect(off.body).toMatchObject({ status: 'N', needs: [], censusProblems: [] });
    expect(off.body.needHistory).toHaveLength(1);
  });

  it('filters, sorts, counts per status and pages the register', async () => {
    const all = await api('senco').get('/register');
    expect(all.body.total).toBe(7);
    expect(all.body.statusCounts).toEqual({ N: 6, monitoring: 0, K: 1, E: 0 });
    const onRegister = await api('senco').get('/register?status=K,E');
    expect(onRegister.body.items.map((r: { legalForename: string }) => r.legalForename)).toEqual(['Ada']);
    expect(onRegister.body.statusCounts).toEqual(all.body.statusCounts);
    expect((await api('senco').get('/register?need=SLCN')).body.total).toBe(1);
    expect((await api('senco').get('/register?area=cognition_and_learning')).body.total).toBe(1);
    expect((await api('senco').get('/register?area=sensory_physical')).body.total).toBe(0);
    expect(
      (await api('senco').get('/register?yearGroup=5&sort=-name')).body.items.map(
        (r: { legalForename: string }) => r.legalForename,
      ),
    ).toEqual(['Gita', 'Finn']);
    const byStatus = await api('senco').get('/register?sort=-status&pageSize=2');
    expect(byStatus.body.items[0].legalForename).toBe('Ada');
    expect(byStatus.body.items).toHaveLength(2);
    expect((await api('senco').get('/register?pupilPremium=yes')).status).toBe(400);
    expect((await api('senco').get('/register?status=S')).body.errors[0].field).toBe('status');
  });

  it("narrows the register and SEND records to a teacher's own pupils, and keeps them from TAs and admins", async () => {
    const mine = await api('teacher').get('/register');
    expect(mine.body.items.map((r: { legalForename: string }) => r.legalForename)).toEqual([
      'Ada',
      'Ben',
      'Cara',
    ]);
    expect((await api('teacher').get(`/pupils/${ctx.f.pupils.Ada}/send`)).status).toBe(200);
    expect((await api('teacher').get(`/pupils/${ctx.f.pupils.Finn}/send`)).status).toBe(404);
    expect((await api('ta').get('/register')).status).toBe(403);
    expect((await api('admin').get(`/pupils/${ctx.f.pupils.Ada}/send`)).status).toBe(403);
    expect((await api('head').get('/register')).body.total).toBe(7);
    expect((await api('head').post(`/pupils/${ctx.f.pupils.Ada}/sen-status`, {})).status).toBe(403);
  });

  it('exports the current view as CSV, safe to open in a spreadsheet', async () => {
    await ctx.t.db.runAsSchool(ctx.f.schoolA, (m) =>
      m.query(`UPDATE pupils SET preferred_forename = '=HYPERLINK("x")' WHERE id = $1`, [ctx.f.pupils.Ada]),
    );
    const res = await api('senco').get('/register/export?status=K');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="send-register-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const lines = res.text
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^UPN,Legal surname/);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[1]).toContain('SEN support,K,2026-01-05,SPLD,SLCN');
    expect((await api('teacher').get('/register/export')).status).toBe(403);
  });

  it('lists the census pre-flight problems for a census date', async () => {
    // Data that breaks the rules, as an old import might have left it.
    await ctx.t.db.runAsSchool(ctx.f.schoolA, async (m) => {
      await m.query(
        `INSERT INTO sen_status_history (school_id, pupil_id, status, effective_from, reason) VALUES
           ($1, $2, 'E', '2024-01-01', 'EHCP'), ($1, $3, 'E', '2024-01-01', 'EHCP')`,
        [ctx.f.schoolA, ctx.f.pupils.Dev, ctx.f.pupils.Eve],
      );
      await m.query(
        `INSERT INTO pupil_needs (school_id, pupil_id, need_code, rank, effective_from) VALUES
           ($1, $2, 'NSA', 1, '2024-01-01'), ($1, $3, 'ASD', 1, '2024-01-01'), ($1, $3, 'SLCN', 2, '2024-01-01'),
           ($1, $3, 'SEMH', 3, '2024-01-01'), ($1, $4, 'MLD', 1, '2024-01-01')`,
        [ctx.f.schoolA, ctx.f.pupils.Dev, ctx.f.pupils.Eve, ctx.f.pupils.Finn],
      );
    });
    const res = await api('senco').get('/census/preflight?date=2027-01-21');
    expect(res.status).toBe(200);
    expect(res.body.censusDate).toBe('2027-01-21');
    expect(res.body.pupilsChecked).toBe(7);
    const found = res.body.problems.map((p: { name: string; rule: string }) => `${p.name}: ${p.rule}`);
    expect(found).toEqual(['Dunn, Dev: nsa-not-k', 'Evans, Eve: too-many-needs', 'Fox, Finn: needs-at-n']);
    // Before the bad data existed, nothing to report.
    expect((await api('senco').get('/census/preflight?date=2023-10-05')).body.problems).toEqual([]);
    expect((await api('head').get('/census/preflight')).status).toBe(200);
    expect((await api('teacher').get('/census/preflight')).status).toBe(403);
  });

  it('lists the census types of need from the database', async () => {
    const res = await api('teacher').get('/need-types');
    expect(res.body.map((t: { code: string }) => t.code)).toEqual(
      expect.arrayContaining(['ASD', 'NSA', 'SPLD']),
    );
    expect(res.body.find((t: { code: string }) => t.code === 'NSA')).toMatchObject({
      supportOnly: true,
      area: null,
    });
  });
});

import { signIn, withFixtureApp } from '../testing/fixture';
import { nextCensusDay } from './census.controller';
import { schoolToday } from './register-query';

/** Spring census 2026: the third Thursday of January. */
const CENSUS = '2026-01-15';

/**
 * The census SEN extract: the pupils at K or E on census day, with their ranked needs as they stood
 * that day, made only once the census check finds nothing wrong.
 */
describe('the census SEN extract', () => {
  const ctx = withFixtureApp();
  const token: Record<string, string> = {};
  const upn: Record<string, string> = {};

  const as = (who: string, schoolId = ctx.f.schoolA) => ({
    get: (path: string) =>
      ctx.t.http().get(`/api/schools/${schoolId}${path}`).auth(token[who]!, { type: 'bearer' }),
    send: (method: 'post' | 'put', path: string, body: object) =>
      ctx.t
        .http()
        [method](`/api/schools/${schoolId}${path}`)
        .auth(token[who]!, { type: 'bearer' })
        .send(body),
  });
  const extract = (who: string, date: string | null = CENSUS) =>
    as(who).get(`/reports/census-sen.csv${date ? `?date=${date}` : ''}`);
  const lines = (text: string) => text.trimEnd().split('\r\n');

  /** Status then needs, through the SENCO's own routes. */
  async function record(name: string, status: string, from: string, needs: [string, number][] = []) {
    const pupilId = ctx.f.pupils[name]!;
    const before = await as('senco').get(`/pupils/${pupilId}/send`);
    const set = await as('senco').send('post', `/pupils/${pupilId}/sen-status`, {
      status,
      effectiveFrom: from,
      reason: 'Set for the census extract tests',
      senVersion: before.body.senVersion,
    });
    expect(set.status).toBe(201);
    if (!needs.length) return;
    const res = await as('senco').send('put', `/pupils/${pupilId}/needs`, {
      effectiveFrom: from,
      senVersion: set.body.senVersion,
      needs: needs.map(([code, rank]) => ({ code, rank })),
    });
    expect(res.status).toBe(200);
  }

  beforeAll(async () => {
    for (const who of ['senco', 'teacher', 'ta', 'head', 'admin'])
      token[who] = (await signIn(ctx.t, `${who}@ashdown.test`)).token;
    const pupils: { legal_forename: string; upn: string }[] = await ctx.t.dataSource.query(
      `SELECT legal_forename, upn FROM pupils`,
    );
    for (const p of pupils) upn[p.legal_forename] = p.upn;

    // Ada: SEN support since November, a primary and a secondary need.
    await record('Ada', 'K', '2025-11-03', [
      ['SPLD', 1],
      ['SLCN', 2],
    ]);
    // Ben: watched, not on the register: N to the census.
    await record('Ben', 'monitoring', '2025-10-01');
    // Cara: an EHCP since September.
    await record('Cara', 'E', '2025-09-10', [['ASD', 1]]);
    // Eve: SEN support only from after census day.
    await record('Eve', 'K', '2026-02-02', [['MLD', 1]]);
    // Finn: on SEN support, but left before census day.
    await record('Finn', 'K', '2025-10-01', [['SEMH', 1]]);
    const finn = await as('senco').get(`/pupils/${ctx.f.pupils.Finn}`);
    const left = await as('senco').send('post', `/pupils/${ctx.f.pupils.Finn}/leaving`, {
      leavingDate: '2025-12-19',
      version: finn.body.version,
    });
    expect(left.status).toBe(200);
    // Dev: an EHCP with "no specialist assessment" (NSA is for K only), as an old import left it.
    // Hana at Beacon: on SEN support, in another school's extract only.
    await ctx.t.db.runAsSchool(ctx.f.schoolA, async (m) => {
      await m.query(
        `INSERT INTO sen_status_history (school_id, pupil_id, status, effective_from, reason)
         VALUES ($1, $2, 'E', '2024-01-01', 'EHCP')`,
        [ctx.f.schoolA, ctx.f.pupils.Dev],
      );
      await m.query(
        `INSERT INTO pupil_needs (school_id, pupil_id, need_code, rank, effective_from)
         VALUES ($1, $2, 'NSA', 1, '2024-01-01')`,
        [ctx.f.schoolA, ctx.f.pupils.Dev],
      );
    });
    await ctx.t.db.runAsSchool(ctx.f.schoolB, async (m) => {
      await m.query(
        `INSERT INTO sen_status_history (school_id, pupil_id, status, effective_from, reason)
         VALUES ($1, $2, 'K', '2025-09-01', 'Support')`,
        [ctx.f.schoolB, ctx.f.pupils.Hana],
      );
      await m.query(
        `INSERT INTO pupil_needs (school_id, pupil_id, need_code, rank, effective_from)
         VALUES ($1, $2, 'HI', 1, '2025-09-01')`,
        [ctx.f.schoolB, ctx.f.pupils.Hana],
      );
    });
  });

  it('is refused while the census check finds problems, listing them as the check does', async () => {
    const res = await extract('senco');
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({
      type: '/problems/census-check-failed',
      title: 'The census SEN extract cannot be made while the census check finds problems',
      status: 422,
      detail: `The census check for ${CENSUS} finds 1 problem. Put them right on the pupils' SEND records, then make the extract again.`,
      censusDate: CENSUS,
      pupilsChecked: 6,
    });
    expect(res.body.errors).toEqual([
      { field: upn.Dev, message: 'Dunn, Dev: ' + res.body.problems[0].message },
    ]);
    const preflight = await as('senco').get(`/census/preflight?date=${CENSUS}`);
    expect(preflight.body.problems.map((p: { rule: string }) => p.rule)).toEqual(['nsa-not-k']);
    expect(res.body.problems).toEqual(preflight.body.problems);
  });

  it('once the problems are put right, lists the K and E pupils of census day by UPN', async () => {
    const dev = await as('senco').get(`/pupils/${ctx.f.pupils.Dev}/send`);
    const fixed = await as('senco').send('put', `/pupils/${ctx.f.pupils.Dev}/needs`, {
      effectiveFrom: '2025-09-01',
      senVersion: dev.body.senVersion,
      needs: [
        { code: 'SEMH', rank: 1 },
        { code: 'SLCN', rank: 2 },
      ],
    });
    expect(fixed.status).toBe(200);

    const res = await extract('senco');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="census-sen-${CENSUS}.csv"`);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const expected = [`${upn.Ada},K,SPLD,SLCN`, `${upn.Cara},E,ASD,`, `${upn.Dev},E,SEMH,SLCN`].sort();
    expect(lines(res.text)).toEqual(['UPN,SENprovision,SENtype1,SENtype2', ...expected]);
    // Not there: Ben (monitoring), Eve (K only after census day), Finn (left), Gita (N), Hana (Beacon).
    for (const name of ['Ben', 'Eve', 'Finn', 'Gita', 'Hana']) expect(res.text).not.toContain(upn[name]);
  });

  it('reads status and needs as at the date asked for', async () => {
    // By the summer census Eve is on SEN support; Finn has still left.
    const summer = await extract('senco', '2026-05-21');
    expect(summer.status).toBe(200);
    expect(lines(summer.text)).toContain(`${upn.Eve},K,MLD,`);
    expect(summer.text).not.toContain(upn.Finn);
    // Before Ada's needs began she was not on the register at all.
    const autumn = await extract('senco', '2025-10-02');
    expect(autumn.status).toBe(200);
    expect(autumn.text).not.toContain(upn.Ada);
    expect(autumn.text).toContain(`${upn.Finn},K,SEMH,`);
  });

  it('defaults to the next census day, and refuses a date that is not a real one', async () => {
    const res = await extract('senco', null);
    expect([200, 422]).toContain(res.status);
    const date = nextCensusDay(schoolToday());
    if (res.status === 200)
      expect(res.headers['content-disposition']).toBe(`attachment; filename="census-sen-${date}.csv"`);
    else expect(res.body.censusDate).toBe(date);
    const bad = await extract('senco', '2026-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('date');
  });

  it('is for the SENCO and the head only, and only of their own school', async () => {
    expect((await extract('head')).status).toBe(200);
    for (const who of ['teacher', 'ta', 'admin']) expect((await extract(who)).status).toBe(403);
    const beacon = await as('senco', ctx.f.schoolB).get(`/reports/census-sen.csv?date=${CENSUS}`);
    expect(beacon.status).toBe(404);
  });
});

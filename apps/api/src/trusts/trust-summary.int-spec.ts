import { SUPPRESSED_LABEL, type TrustSummary } from '@sendreg/contracts';
import { hashPassword } from '../platform/auth/passwords';
import { FIXTURE_PASSWORD, signIn, withFixtureApp } from '../testing/fixture';

const F = SUPPRESSED_LABEL;

/** Every key and every string value of a JSON document, however deep. */
function everyString(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) for (const item of value) everyString(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      found.push(key);
      everyString(item, found);
    }
  }
  return found;
}

/**
 * The trust leader's comparison of the trust's schools: each school's figures computed inside that
 * school's row-level security, every small count suppressed, no pupil named or identified.
 */
describe('the trust summary', () => {
  const ctx = withFixtureApp();
  const token: Record<string, string> = {};
  const summaryOf = (who: string, trustId = ctx.f.trustId) =>
    ctx.t.http().get(`/api/trusts/${trustId}/summary`).auth(token[who]!, { type: 'bearer' });
  let otherTrustId = '';

  beforeAll(async () => {
    // Ashdown: five pupils on SEN support (SPLD) and one with an EHCP (ASD), of seven on roll.
    // Beacon: one pupil on SEN support (HI), of three on roll.
    await ctx.t.db.runAsSchool(ctx.f.schoolA, async (m) => {
      const support = ['Ada', 'Ben', 'Cara', 'Dev', 'Eve'].map((name) => ctx.f.pupils[name]);
      await m.query(
        `INSERT INTO sen_status_history (school_id, pupil_id, status, effective_from, reason)
         SELECT $1::uuid, id, 'K', '2025-09-01'::date, 'Support' FROM unnest($2::uuid[]) AS id
         UNION ALL SELECT $1::uuid, $3::uuid, 'E', '2025-09-01'::date, 'EHCP'`,
        [ctx.f.schoolA, support, ctx.f.pupils.Finn],
      );
      await m.query(
        `INSERT INTO pupil_needs (school_id, pupil_id, need_code, rank, effective_from)
         SELECT $1::uuid, id, 'SPLD', 1, '2025-09-01'::date FROM unnest($2::uuid[]) AS id
         UNION ALL SELECT $1::uuid, $3::uuid, 'ASD', 1, '2025-09-01'::date`,
        [ctx.f.schoolA, support, ctx.f.pupils.Finn],
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
    // Another trust, with a leader of its own (platform rows, written as the owner).
    const [other] = await ctx.t.dataSource.query(
      `INSERT INTO trusts (name) VALUES ('Other Learning Trust') RETURNING id`,
    );
    otherTrustId = other.id;
    const [leader] = await ctx.t.dataSource.query(
      `INSERT INTO users (email, display_name, password_hash) VALUES ('leader@other.test', 'Other Leader', $1)
       RETURNING id`,
      [await hashPassword(FIXTURE_PASSWORD)],
    );
    await ctx.t.dataSource.query(
      `INSERT INTO trust_memberships (trust_id, user_id, roles) VALUES ($1, $2, '{trust_leader}')`,
      [otherTrustId, leader.id],
    );
    token.leader = (await signIn(ctx.t, 'leader@trust.test')).token;
    token.other = (await signIn(ctx.t, 'leader@other.test')).token;
    for (const who of ['senco', 'head']) token[who] = (await signIn(ctx.t, `${who}@ashdown.test`)).token;
  });

  it("compares the trust's schools for its leader, with the national figures", async () => {
    const res = await summaryOf('leader');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const body = res.body as TrustSummary;
    expect(body.trust).toEqual({ id: ctx.f.trustId, name: 'Fixture Learning Trust' });
    expect(body.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.national.senSupportPercent).toBe(14.2);
    expect(body.schools.map((s) => s.school)).toEqual([
      { id: ctx.f.schoolA, name: 'Ashdown Primary' },
      { id: ctx.f.schoolB, name: 'Beacon School' },
    ]);
    expect(Date.parse(body.computedAt!)).toBeLessThanOrEqual(Date.now());
    // Asked again in a new request: nothing of the last school visited lingers (the figures are
    // computed afresh each time here, with no snapshot under test, so only their time moves on).
    expect((await summaryOf('leader')).body).toEqual({ ...body, computedAt: expect.any(String) });
    // Live figures keep no snapshot.
    expect(await ctx.t.dataSource.query(`SELECT count(*)::int AS n FROM school_measures`)).toEqual([
      { n: 0 },
    ]);
  });

  it('shows counts of 5 and over, and suppresses the rest with their percentages', async () => {
    const [ashdown, beacon] = (await summaryOf('leader')).body.schools as TrustSummary['schools'];
    expect(ashdown).toMatchObject({
      onRoll: 7,
      senSupport: 5,
      ehcp: F,
      ehcpPercent: null,
      monitoring: F,
    });
    expect(ashdown!.senSupportPercent).toBeCloseTo(71.4, 1);
    expect(ashdown!.byPrimaryNeed[0]).toEqual({
      code: 'SPLD',
      label: expect.any(String),
      pupils: 5,
    });
    expect(ashdown!.byPrimaryNeed.find((n) => n.code === 'ASD')!.pupils).toBe(F);
    expect(ashdown!.trend.at(-1)!.onRegister).toBe(6);
    expect(ashdown!.costs).toMatchObject({ pupils: F, perPupilPlannedPence: null });
    expect(ashdown!.impact).toEqual({ interventions: 0, pupilsMeasured: F, improvedPercent: null });

    expect(beacon).toMatchObject({
      onRoll: F,
      senSupport: F,
      senSupportPercent: null,
      ehcp: F,
      ehcpPercent: null,
      monitoring: F,
    });
    expect(beacon!.trend.every((p) => p.onRegister === F)).toBe(true);
    // Both schools list the same needs, so a listed need tells nothing about who has it.
    expect(beacon!.byPrimaryNeed.map((n) => n.code).sort()).toEqual(
      ashdown!.byPrimaryNeed.map((n) => n.code).sort(),
    );
    expect(beacon!.byPrimaryNeed.every((n) => n.pupils === F)).toBe(true);
  });

  it('names and identifies no pupil anywhere in the answer', async () => {
    const res = await summaryOf('leader');
    const pupils: { id: string; upn: string; legal_forename: string; legal_surname: string }[] =
      await ctx.t.dataSource.query(`SELECT id, upn, legal_forename, legal_surname FROM pupils`);
    expect(pupils).toHaveLength(10);
    const strings = everyString(res.body);
    expect(strings.length).toBeGreaterThan(50);
    const leaks: string[] = [];
    for (const p of pupils) {
      for (const value of [p.id, p.upn, p.legal_forename, p.legal_surname]) {
        const word = new RegExp(`\\b${value}\\b`, 'i');
        leaks.push(...strings.filter((s) => word.test(s)).map((s) => `${value} in "${s}"`));
      }
    }
    expect(leaks).toEqual([]);
    expect(JSON.stringify(res.body)).not.toMatch(/pupilId|upn|forename|surname|interventionId/i);
  });

  it("is 404 to another trust's leader and for a trust that does not exist", async () => {
    expect((await summaryOf('other')).status).toBe(404);
    const own = await summaryOf('other', otherTrustId);
    expect(own.status).toBe(200);
    expect(own.body.schools).toEqual([]);
    expect((await summaryOf('leader', otherTrustId)).status).toBe(404);
    expect((await summaryOf('leader', '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await summaryOf('leader', 'not-a-trust')).status).toBe(404);
  });

  it('is 404 to school staff, who belong to no trust (as for any trust they are not in)', async () => {
    for (const who of ['senco', 'head']) {
      const res = await summaryOf(who);
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('Ashdown');
    }
  });
});

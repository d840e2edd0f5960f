import { deliveredCost, roundPence, type DeliveredSession } from '@sendreg/contracts';
import { signIn, withFixtureApp } from '../testing/fixture';
import { deliveredPerPlace, sessionCosts } from './costing-sql';
import { datesOn, ProvisionRecords } from './testing/sessions-fixture';

/**
 * The SQL aggregates of costing-sql.ts against the pure rules of @sendreg/contracts (costing.ts), on
 * the worked example of DOMAIN.md: a TA at GBP 15.50 an hour, 30-minute sessions for 3 pupils on
 * Mondays and Thursdays from 5 January to 27 March 2026 (24 sessions) costs GBP 62.00 a pupil.
 */
describe('costing SQL matches the pure costing rules', () => {
  const ctx = withFixtureApp();
  let rec: ProvisionRecords;
  let provisionId: string;
  let ta: string;
  const sessionDays = datesOn('2026-01-05', '2026-03-27', [1, 4]);

  /** Each pupil's delivered cost and counts, straight from the SQL, as the school. */
  const deliveredSql = (from = '2025-09-01', to = '2026-08-31') =>
    rec.inSchool(
      (m) =>
        m.query(
          `SELECT d.pupil_id AS "pupilId", d.delivered, d.listed::int AS listed, d.attended::int AS attended
             FROM ${deliveredPerPlace('s.provision_id = $1 AND s.held_on BETWEEN $2::date AND $3::date')} d`,
          [provisionId, from, to],
        ) as Promise<{ pupilId: string; delivered: string; listed: number; attended: number }[]>,
    );

  /** The same sessions priced by the pure module, with the rate the test expects on each date. */
  const deliveredPure = (rateOn: (day: string) => number, days = sessionDays) =>
    deliveredCost(
      days.map<DeliveredSession>((day) => ({
        hourlyRatePence: rateOn(day),
        minutes: 30,
        resourcePence: 0,
        pupilsListed: 3,
      })),
    );

  beforeAll(async () => {
    rec = new ProvisionRecords(ctx.t, ctx.f.schoolA);
    ta = ctx.f.users['ta@ashdown.test']!;
    const intervention = await rec.intervention({ name: 'Phonics catch-up', deliveredBy: 'ta' });
    await rec.rate({ role: 'ta', pence: 1550, from: '2025-09-01' });
    provisionId = await rec.provision({
      interventionId: intervention,
      name: 'Phonics Mon/Thu',
      weekdays: [1, 4],
      minutes: 30,
      startDate: '2026-01-05',
      endDate: '2026-03-27',
      staff: [ta],
    });
    for (const pupil of ['Ada', 'Ben', 'Cara']) {
      await rec.place({ provisionId, pupilId: ctx.f.pupils[pupil]!, joinedOn: '2026-01-05' });
    }
    // The TA logs all 24 sessions through the API, with everyone listed (Ben off ill once).
    const { token } = await signIn(ctx.t, 'ta@ashdown.test');
    for (const [index, heldOn] of sessionDays.entries()) {
      const res = await ctx.t
        .http()
        .post(`/api/schools/${ctx.f.schoolA}/provisions/${provisionId}/sessions`)
        .auth(token, { type: 'bearer' })
        .send({
          heldOn,
          status: 'held',
          minutes: 30,
          attendance: ['Ada', 'Ben', 'Cara'].map((p) => ({
            pupilId: ctx.f.pupils[p],
            attended: !(p === 'Ben' && index === 3),
            ...(p === 'Ben' && index === 3 ? { absenceReason: 'ill' } : {}),
          })),
        });
      expect(res.status).toBe(201);
    }
  });

  it('logs the 24 sessions of the worked example', () => {
    expect(sessionDays).toHaveLength(24);
  });

  it('prices each held session at 775p exactly (GBP 15.50 × 0.5 h), listing 3 pupils', async () => {
    const rows: { cost: string; listed: string; hourly_rate_pence: number }[] = await rec.inSchool((m) =>
      m.query(
        `SELECT sc.cost, sc.listed, sc.hourly_rate_pence FROM ${sessionCosts('s.provision_id = $1')} sc`,
        [provisionId],
      ),
    );
    expect(rows).toHaveLength(24);
    for (const row of rows) {
      expect(Number(row.cost)).toBe(775);
      expect(Number(row.listed)).toBe(3);
      expect(row.hourly_rate_pence).toBe(1550);
    }
  });

  it('delivers 6,200p to each pupil, as deliveredCost() does, absent or not', async () => {
    const rows = await deliveredSql();
    expect(rows).toHaveLength(3);
    const pure = roundPence(deliveredPure(() => 1550));
    expect(pure).toBe(6200);
    for (const row of rows) {
      expect(roundPence(Number(row.delivered))).toBe(pure);
      expect(row.listed).toBe(24);
    }
    expect(rows.find((r) => r.pupilId === ctx.f.pupils.Ben)!.attended).toBe(23);
    expect(rows.find((r) => r.pupilId === ctx.f.pupils.Ada)!.attended).toBe(24);
  });

  it('counts only the sessions in the held_on range given', async () => {
    const january = sessionDays.filter((d) => d <= '2026-01-31');
    expect(january).toHaveLength(8);
    const rows = await deliveredSql('2026-01-01', '2026-01-31');
    const pure = roundPence(deliveredPure(() => 1550, january));
    expect(pure).toBe(2067); // 8 × 258⅓p
    for (const row of rows) expect(roundPence(Number(row.delivered))).toBe(pure);
  });

  it('prices each session at the role rate in force on its date when the rate changes mid-way', async () => {
    await rec.rate({ role: 'ta', pence: 1800, from: '2026-02-16' });
    const rateOn = (day: string) => (day >= '2026-02-16' ? 1800 : 1550);
    const pure = roundPence(deliveredPure(rateOn));
    // 12 sessions at 775p and 12 at 900p, shared by 3: 3,100p + 3,600p.
    expect(pure).toBe(6700);
    for (const row of await deliveredSql()) expect(roundPence(Number(row.delivered))).toBe(pure);
  });

  it("prices the TA's own rate over the role's from the day it applies", async () => {
    await rec.rate({ userId: ta, pence: 2000, from: '2026-03-01' });
    const rateOn = (day: string) => (day >= '2026-03-01' ? 2000 : day >= '2026-02-16' ? 1800 : 1550);
    const pure = roundPence(deliveredPure(rateOn));
    // 12 × 258⅓p + 4 × 300p + 8 × 333⅓p = 3,100p + 1,200p + 2,666⅔p.
    expect(pure).toBe(6967);
    for (const row of await deliveredSql()) expect(roundPence(Number(row.delivered))).toBe(pure);
  });

  it("plans the group at the role's rate when it starts, whatever was delivered", async () => {
    const { token } = await signIn(ctx.t, 'senco@ashdown.test');
    const res = await ctx.t
      .http()
      .get(`/api/schools/${ctx.f.schoolA}/pupils/${ctx.f.pupils.Ada}/provision?date=2026-02-01`)
      .auth(token, { type: 'bearer' });
    expect(res.status).toBe(200);
    expect(res.body.places).toHaveLength(1);
    expect(res.body.places[0]).toMatchObject({
      plannedSessions: 24,
      heldSessions: 24,
      place: { plannedPence: 6200, deliveredPence: 6967, attended: 24, listed: 24 },
    });
    expect(res.body.costs).toEqual({ plannedPence: 6200, deliveredPence: 6967, topUp: 'below' });
  });
});

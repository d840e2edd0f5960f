import { randomUUID } from 'node:crypto';
import { signIn, withFixtureApp } from '../testing/fixture';
import { seedYearFixture, type YearFixture } from './testing/sessions-fixture';

/** One pupil's provision over the hand-worked year of seedYearFixture (2024 to 2025). */
describe("a pupil's provision, planned and delivered", () => {
  const ctx = withFixtureApp();
  const token: Record<string, string> = {};
  let year: YearFixture;
  const DATE = '2025-01-15';

  beforeAll(async () => {
    year = await seedYearFixture(ctx.t, ctx.f);
    for (const who of ['senco', 'teacher', 'ta', 'head', 'admin'])
      token[who] = (await signIn(ctx.t, `${who}@ashdown.test`)).token;
    token.beacon = (await signIn(ctx.t, 'senco@beacon.test')).token;
  });

  const provisionOf = (who: string, name: string, date = DATE, school = ctx.f.schoolA) =>
    ctx.t
      .http()
      .get(`/api/schools/${school}/pupils/${ctx.f.pupils[name] ?? name}/provision?date=${date}`)
      .auth(token[who]!, { type: 'bearer' });

  it('costs a 1:1 TA place of 2 hours a day at 552,000p: approaching the GBP 6,000 threshold', async () => {
    const res = await provisionOf('senco', 'Eve');
    expect(res.status).toBe(200);
    expect(res.body.pupil).toEqual({
      id: ctx.f.pupils.Eve,
      name: 'Eve Evans',
      yearGroup: '4',
      className: '4B',
    });
    expect(res.body.academicYear.label).toBe('2024 to 2025');
    expect(res.body.places).toHaveLength(1);
    const [eve] = res.body.places;
    expect(eve.provision).toMatchObject({
      id: year.groups.eve,
      name: 'Eve 1:1',
      minutes: 120,
      staff: [{ displayName: 'ta' }],
    });
    expect(eve).toMatchObject({
      plannedSessions: 230,
      heldSessions: 2,
      measure: { name: 'Standardised score', unit: 'points', higherIsBetter: true },
      place: {
        joinedOn: '2024-09-02',
        leftOn: null,
        entryScore: null,
        progress: null,
        attended: 2,
        listed: 2,
        plannedPence: 552_000,
        deliveredPence: 4_800,
      },
    });
    expect(res.body.costs).toEqual({ plannedPence: 552_000, deliveredPence: 4_800, topUp: 'approaching' });
  });

  it('flags a 1:1 place of 2½ hours a day (690,000p) as a top-up candidate', async () => {
    const res = await provisionOf('head', 'Gita');
    expect(res.body.costs).toEqual({ plannedPence: 690_000, deliveredPence: 0, topUp: 'above' });
  });

  it('lists every place in the year, clipped to it, with measures and attendance', async () => {
    const res = await provisionOf('senco', 'Finn');
    expect(
      res.body.places.map(
        (p: { provision: { name: string }; plannedSessions: number; heldSessions: number }) => [
          p.provision.name,
          p.plannedSessions,
          p.heldSessions,
        ],
      ),
    ).toEqual([
      ['Social skills group', 16, 4],
      ['Phonics summer', 13, 0],
    ]);
    expect(res.body.places[0].place).toMatchObject({
      entryScore: 18,
      exitScore: 20,
      progress: -2, // lower is better
      attended: 3,
      listed: 4,
      plannedPence: 24_800,
      deliveredPence: 6_200,
    });
    expect(res.body.costs).toEqual({ plannedPence: 32_600, deliveredPence: 6_200, topUp: 'below' });
    const next = await provisionOf('senco', 'Finn', '2025-10-01');
    expect(next.body.places.map((p: { plannedSessions: number }) => p.plannedSessions)).toEqual([9]);
    expect(next.body.costs.plannedPence).toBe(5_400);
  });

  it('counts held sessions only, and shows entry, target and exit', async () => {
    const res = await provisionOf('senco', 'Ada');
    expect(res.body.places[0]).toMatchObject({
      plannedSessions: 24,
      heldSessions: 10,
      place: {
        entryScore: 80,
        targetScore: 95,
        exitScore: 90,
        exitDate: '2025-03-28',
        progress: 10,
        plannedPence: 4_800,
      },
    });
  });

  it("shows a teacher their own pupil's provision without costs, and hides other pupils", async () => {
    const res = await provisionOf('teacher', 'Ada');
    expect(res.status).toBe(200);
    expect(res.body.places.map((p: { provision: { name: string } }) => p.provision.name)).toEqual([
      'Phonics Mon/Thu',
    ]);
    expect(res.body.places[0].place).toMatchObject({
      plannedPence: null,
      deliveredPence: null,
      attended: 10,
    });
    expect(res.body.costs).toBeNull();
    expect((await provisionOf('teacher', 'Dev')).status).toBe(404);
  });

  it('shows a TA only the groups they deliver, without costs', async () => {
    const eve = await provisionOf('ta', 'Eve');
    expect(eve.body.places.map((p: { provision: { name: string } }) => p.provision.name)).toEqual([
      'Eve 1:1',
    ]);
    expect(eve.body.costs).toBeNull();
    // Dev is in the TA's class, but his group is the SENCO's.
    const dev = await provisionOf('ta', 'Dev');
    expect(dev.status).toBe(200);
    expect(dev.body.places).toEqual([]);
  });

  it('is 404 for another school and for no such pupil, 403 without the permission', async () => {
    expect((await provisionOf('beacon', 'Ada')).status).toBe(404);
    expect((await provisionOf('beacon', 'Ada', DATE, ctx.f.schoolB)).status).toBe(404);
    expect((await provisionOf('senco', randomUUID())).status).toBe(404);
    expect((await provisionOf('senco', 'not-a-uuid')).status).toBe(404);
    expect((await provisionOf('admin', 'Ada')).status).toBe(403);
    expect((await provisionOf('senco', 'Ada', '15/01/2025')).status).toBe(400);
  });
});

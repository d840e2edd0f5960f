import {
  addDays,
  AREAS_OF_NEED,
  type AreaOfNeed,
  type DashboardCosts,
  type DashboardImpact,
} from '@sendreg/contracts';
import type { EntityManager } from 'typeorm';
import { buildDemoTrust } from '../demo/demo-trust';
import { seedDemo } from '../demo/seed-demo';
import { provisionCosts, provisionImpact } from '../provision/provision-reports.service';
import { datesOn, ProvisionRecords, seedYearFixture } from '../provision/testing/sessions-fixture';
import { schoolToday } from '../register/register-query';
import { signIn, withFixtureApp } from '../testing/fixture';
import { startTestApp, type TestApp } from '../testing/test-app';
import { dashboardCostsSql, dashboardImpactSql } from './costs-sql';

/**
 * The dashboard's costs computed by PostgreSQL (costs-sql.ts) against the costs report that loads
 * every place into Node (provisionCosts()): the same figures to the penny, on the hand-worked year of
 * the provision reports, on groups whose pupils come and go around closures and whose shares are
 * thirds of a penny, and on the seeded demo trust.
 */

/** The dashboard's costs as the costs report gives them. */
async function reportCosts(m: EntityManager, date: string): Promise<DashboardCosts> {
  const report = await provisionCosts(m, date);
  return {
    academicYear: report.academicYear,
    ...report.totals,
    byArea: report.byArea.map((line) => ({
      area: line.key as AreaOfNeed,
      plannedPence: line.plannedPence,
      deliveredPence: line.deliveredPence,
      pupils: line.pupils,
    })),
    approachingThreshold: report.pupils.filter((p) => p.topUp === 'approaching').length,
    aboveThreshold: report.pupils.filter((p) => p.topUp === 'above').length,
  };
}

/** The dashboard's impact as the impact report (with costs) gives it. */
async function reportImpact(m: EntityManager, date: string): Promise<DashboardImpact[]> {
  const report = await provisionImpact(m, date, true);
  return report.interventions.map(({ intervention, summary }) => ({
    interventionId: intervention.id,
    name: intervention.name,
    area: intervention.area,
    summary,
  }));
}

/** Both computations in the school, as the application role: costs and impact. */
function bothIn(t: TestApp, schoolId: string, date: string) {
  return t.dataSource.transaction((m) =>
    t.db.within(m, { schoolId, userId: null }, async (tx) => ({
      sql: await dashboardCostsSql(tx, date),
      report: await reportCosts(tx, date),
      impactSql: await dashboardImpactSql(tx, date),
      impactReport: await reportImpact(tx, date),
    })),
  );
}

describe('dashboard costs in SQL match the costs report', () => {
  const ctx = withFixtureApp();
  const DATES = ['2024-06-01', '2025-01-15', '2025-10-01', '2026-03-01'];

  beforeAll(async () => {
    const { f, t } = ctx;
    await seedYearFixture(t, f);
    const ta = f.users['ta@ashdown.test']!;
    const a = new ProvisionRecords(t, f.schoolA);
    const pupil = (name: string) => f.pupils[name]!;

    // Term dates: overlapping closures (a day in both counts once), a single day, one removed.
    const closure = (rec: ProvisionRecords, name: string, from: string, to: string, removed = false) =>
      rec.inSchool((m) =>
        m.query(
          `INSERT INTO school_closures (school_id, name, starts_on, ends_on, removed_at)
           VALUES (app_current_school(), $1, $2, $3, ${removed ? 'now()' : 'NULL'})`,
          [name, from, to],
        ),
      );
    await closure(a, 'Half term', '2024-10-28', '2024-11-01');
    await closure(a, 'Christmas', '2024-12-23', '2025-01-03');
    await closure(a, 'Training days', '2025-01-02', '2025-01-07');
    await closure(a, 'Bank holiday', '2025-05-05', '2025-05-05');
    await closure(a, 'Removed', '2025-02-17', '2025-02-21', true);
    await closure(a, 'Autumn 2025', '2025-10-27', '2025-10-31');

    // The planning rate changes mid-year: groups starting after it are planned at the new rate.
    await a.rate({ role: 'ta', pence: 1550, from: '2025-02-01' });
    const reading = await a.intervention({
      name: 'Reading',
      area: 'sensory_physical',
      resourcePence: 35,
    });
    const rolling = await a.provision({
      interventionId: reading,
      name: 'Rolling group',
      weekdays: [1, 3, 5],
      minutes: 25,
      startDate: '2024-09-10',
      endDate: '2025-07-15',
      staff: [ta],
    });
    await a.place({ provisionId: rolling, pupilId: pupil('Ada'), joinedOn: '2024-09-10' });
    await a.place({
      provisionId: rolling,
      pupilId: pupil('Ben'),
      joinedOn: '2024-11-05',
      leftOn: '2025-02-14',
    });
    await a.place({
      provisionId: rolling,
      pupilId: pupil('Cara'),
      joinedOn: '2024-09-10',
      leftOn: '2024-09-11',
    });
    await a.place({ provisionId: rolling, pupilId: pupil('Dev'), joinedOn: '2025-06-01' });
    await a.place({ provisionId: rolling, pupilId: pupil('Eve'), joinedOn: '2025-08-01' });
    await a.place({
      provisionId: rolling,
      pupilId: pupil('Gita'),
      joinedOn: '2024-12-01',
      leftOn: '2025-03-31',
    });
    const across = await a.provision({
      interventionId: reading,
      name: 'Across two years',
      weekdays: [2, 4],
      minutes: 40,
      startDate: '2025-05-01',
      endDate: '2025-12-19',
      staff: [ta],
    });
    await a.place({ provisionId: across, pupilId: pupil('Finn'), joinedOn: '2025-05-01' });
    await a.place({
      provisionId: across,
      pupilId: pupil('Gita'),
      joinedOn: '2025-05-20',
      leftOn: '2025-09-30',
    });
    await a.place({ provisionId: across, pupilId: pupil('Cara'), joinedOn: '2025-09-01' });

    // Delivered sessions shared by three (thirds of a penny), logged by the TA.
    const { token } = await signIn(t, 'ta@ashdown.test');
    for (const heldOn of datesOn('2024-12-02', '2024-12-20', [1, 3, 5])) {
      const res = await t
        .http()
        .post(`/api/schools/${f.schoolA}/provisions/${rolling}/sessions`)
        .auth(token, { type: 'bearer' })
        .send({
          heldOn,
          status: 'held',
          minutes: 25,
          attendance: ['Ada', 'Ben', 'Gita'].map((name) => ({ pupilId: pupil(name), attended: true })),
        });
      expect(res.status).toBe(201);
    }

    // Beacon: its own closures and a group of three, so neither school's closures reach the other.
    const b = new ProvisionRecords(t, f.schoolB);
    await b.rate({ role: 'teacher', pence: 2900, from: '2024-01-01' });
    await closure(b, 'Beacon half term', '2025-02-17', '2025-02-21');
    const maths = await b.intervention({ name: 'Maths', deliveredBy: 'teacher', resourcePence: 7 });
    const group = await b.provision({
      interventionId: maths,
      name: 'Maths catch-up',
      weekdays: [2],
      minutes: 35,
      startDate: '2025-01-07',
      endDate: '2025-04-01',
      staff: [f.users['senco@beacon.test']!],
    });
    await b.place({ provisionId: group, pupilId: pupil('Hana'), joinedOn: '2025-01-07' });
    await b.place({ provisionId: group, pupilId: pupil('Ivan'), joinedOn: '2025-01-07' });
    await b.place({
      provisionId: group,
      pupilId: pupil('Jade'),
      joinedOn: '2025-02-04',
      leftOn: '2025-03-11',
    });
  });

  it.each(DATES)('gives the costs and impact reports’ figures in each school on %s', async (date) => {
    for (const school of [ctx.f.schoolA, ctx.f.schoolB]) {
      const { sql, report, impactSql, impactReport } = await bothIn(ctx.t, school, date);
      expect(sql).toEqual(report);
      expect(impactSql).toEqual(impactReport);
    }
  });

  it('has costs to compare: the hand-worked year plus the groups above', async () => {
    const { sql } = await bothIn(ctx.t, ctx.f.schoolA, '2025-01-15');
    expect(sql.pupils).toBe(7);
    expect(sql.byArea.map((a) => a.area)).toEqual(AREAS_OF_NEED);
    expect(sql.approachingThreshold).toBe(1);
    expect(sql.aboveThreshold).toBe(1);
    const beacon = await bothIn(ctx.t, ctx.f.schoolB, '2025-01-15');
    expect(beacon.sql.pupils).toBe(3);
    expect(beacon.sql.plannedPence).toBeGreaterThan(0);
  });
});

describe('dashboard costs in SQL match the costs report on the demo trust', () => {
  let t: TestApp;
  let schools: { id: string; name: string }[];

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemo(t.dataSource, t.db, 'Demo-Password-1', buildDemoTrust());
    schools = await t.dataSource.query(`SELECT id, name FROM schools ORDER BY name`);
  });
  afterAll(() => t?.close());

  it('gives the same figures in every school, this year and the year before', async () => {
    const today = schoolToday();
    expect(schools.length).toBeGreaterThan(1);
    for (const school of schools) {
      for (const date of [today, addDays(today, -365)]) {
        const { sql, report, impactSql, impactReport } = await bothIn(t, school.id, date);
        expect({ school: school.name, date, ...sql }).toEqual({ school: school.name, date, ...report });
        expect({ school: school.name, date, impactSql }).toEqual({
          school: school.name,
          date,
          impactSql: impactReport,
        });
      }
    }
    const { sql, impactSql } = await bothIn(t, schools[0]!.id, today);
    expect(sql.pupils).toBeGreaterThan(0);
    expect(impactSql.some((i) => i.summary.pupilsMeasured > 0)).toBe(true);
  });
});

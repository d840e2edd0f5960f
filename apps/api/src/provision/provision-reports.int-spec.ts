import { signIn, withFixtureApp } from '../testing/fixture';
import { seedYearFixture, type YearFixture } from './testing/sessions-fixture';

/** The school's reports over the hand-worked year of seedYearFixture (2024 to 2025). */
describe('provision costs, impact and the whole-school map', () => {
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

  const get = (who: string, path: string, school = ctx.f.schoolA) =>
    ctx.t.http().get(`/api/schools/${school}${path}`).auth(token[who]!, { type: 'bearer' });

  describe('costs', () => {
    it('totals planned and delivered costs per pupil against the notional threshold', async () => {
      const res = await get('senco', `/reports/provision-costs?date=${DATE}`);
      expect(res.status).toBe(200);
      expect(res.body.academicYear).toEqual({ from: '2024-09-01', to: '2025-08-31', label: '2024 to 2025' });
      // Planned: 3 × 4,800 + 24,800 + (24,800 + 7,800) + 552,000 + 690,000; delivered: 3 × 2,000 + 2 × 6,200 + 4,800.
      expect(res.body.totals).toEqual({
        pupils: 7,
        plannedPence: 1_313_800,
        deliveredPence: 23_200,
        perPupilPlannedPence: 187_686,
      });
      expect(
        res.body.pupils.map(
          (p: { pupil: { name: string }; plannedPence: number; deliveredPence: number; topUp: string }) => [
            p.pupil.name,
            p.plannedPence,
            p.deliveredPence,
            p.topUp,
          ],
        ),
      ).toEqual([
        ['Gita Gray', 690_000, 0, 'above'],
        ['Eve Evans', 552_000, 4_800, 'approaching'],
        ['Finn Fox', 32_600, 6_200, 'below'],
        ['Dev Dunn', 24_800, 6_200, 'below'],
        ['Ada Archer', 4_800, 2_000, 'below'],
        ['Ben Baker', 4_800, 2_000, 'below'],
        ['Cara Cole', 4_800, 2_000, 'below'],
      ]);
      expect(res.body.pupils[0].pupil).toMatchObject({ yearGroup: '5', className: '5A' });
    });

    it('totals by intervention, by area of need and by year group', async () => {
      const res = await get('senco', `/reports/provision-costs?date=${DATE}`);
      const line = (l: { label: string; pupils: number; plannedPence: number; deliveredPence: number }) => [
        l.label,
        l.pupils,
        l.plannedPence,
        l.deliveredPence,
      ];
      expect(res.body.byIntervention.map(line)).toEqual([
        ['1:1 TA support', 2, 1_242_000, 4_800],
        ['Phonics', 4, 22_200, 6_000],
        ['Social skills', 2, 49_600, 12_400],
      ]);
      expect(res.body.byArea.map(line)).toEqual([
        ['Cognition and learning', 4, 22_200, 6_000],
        ['Communication and interaction', 2, 1_242_000, 4_800],
        ['Social, emotional and mental health', 2, 49_600, 12_400],
      ]);
      expect(res.body.byYearGroup.map(line)).toEqual([
        ['Year 4', 5, 591_200, 17_000],
        ['Year 5', 2, 722_600, 6_200],
      ]);
      expect(res.body.byYearGroup.map((l: { key: string }) => l.key)).toEqual(['4', '5']);
    });

    it('counts only the year asked about', async () => {
      const res = await get('head', '/reports/provision-costs?date=2025-10-01');
      expect(res.status).toBe(200);
      expect(res.body.pupils).toEqual([
        expect.objectContaining({
          pupil: expect.objectContaining({ name: 'Finn Fox' }),
          plannedPence: 5_400,
        }),
      ]);
    });

    it('is for the SENCO and the head only', async () => {
      for (const who of ['ta', 'teacher', 'admin'])
        expect((await get(who, `/reports/provision-costs?date=${DATE}`)).status).toBe(403);
      expect((await get('senco', '/reports/provision-costs?date=2025-13-01')).status).toBe(400);
    });
  });

  describe('impact', () => {
    it('summarises progress, attendance, delivery and cost per intervention', async () => {
      const res = await get('senco', `/reports/provision-impact?date=${DATE}`);
      expect(res.status).toBe(200);
      const byName = Object.fromEntries(
        res.body.interventions.map((i: { intervention: { name: string } }) => [i.intervention.name, i]),
      );
      expect(Object.keys(byName)).toEqual(['1:1 TA support', 'Phonics', 'Social skills']);
      expect(byName.Phonics).toEqual({
        intervention: {
          id: year.interventions.phonics,
          name: 'Phonics',
          area: 'cognition_and_learning',
          measure: { name: 'Standardised score', unit: 'points', higherIsBetter: true },
        },
        summary: {
          pupils: 4,
          pupilsMeasured: 2,
          meanProgress: 6.5, // (+10 +3) / 2
          improvedShare: 1,
          attendanceRate: 0.967, // 29 of 30
          plannedSessions: 46, // 24 + 13 (summer, in this year) + 9 (empty group)
          deliveredSessions: 10,
          cancelledSessions: 2,
          deliveryRate: 0.217,
          costPerUnitProgressPence: 308, // 4,000p / 13 points
        },
        deliveredPence: 6_000,
      });
      expect(byName['Social skills'].summary).toEqual({
        pupils: 2,
        pupilsMeasured: 2,
        meanProgress: 2, // lower is better: Dev 20 → 14 is +6, Finn 18 → 20 is −2
        improvedShare: 0.5,
        attendanceRate: 0.875,
        plannedSessions: 16,
        deliveredSessions: 4,
        cancelledSessions: 0,
        deliveryRate: 0.25,
        costPerUnitProgressPence: 3_100, // 12,400p / 4 points
      });
      expect(byName['Social skills'].deliveredPence).toBe(12_400);
      expect(byName['1:1 TA support'].summary).toMatchObject({
        pupils: 2,
        pupilsMeasured: 0,
        meanProgress: null,
        attendanceRate: 1,
        plannedSessions: 460,
        deliveredSessions: 2,
        costPerUnitProgressPence: null,
      });
    });

    it('is for school summary readers only', async () => {
      for (const who of ['ta', 'teacher', 'admin'])
        expect((await get(who, `/reports/provision-impact?date=${DATE}`)).status).toBe(403);
      expect((await get('head', `/reports/provision-impact?date=${DATE}`)).status).toBe(200);
    });
  });

  describe('the whole-school map', () => {
    type MapBody = {
      groupedBy: string;
      groups: {
        key: string;
        label: string;
        pupils: number;
        plannedPence: number | null;
        provisions: { name: string; yearGroups: string[]; plannedPence: number | null }[];
      }[];
    };
    const sections = (body: MapBody) =>
      body.groups.map((g) => [g.label, g.provisions.map((p) => p.name), g.pupils, g.plannedPence]);

    it('groups the year by intervention', async () => {
      const res = await get('senco', `/provision-map?by=intervention&date=${DATE}`);
      expect(res.status).toBe(200);
      expect(res.body.groupedBy).toBe('intervention');
      expect(sections(res.body)).toEqual([
        ['1:1 TA support', ['Eve 1:1', 'Gita 1:1'], 2, 1_242_000],
        ['Phonics', ['Empty group', 'Phonics Mon/Thu', 'Phonics summer'], 4, 22_200],
        ['Social skills', ['Social skills group'], 2, 49_600],
      ]);
    });

    it('groups by year group, a group under each year group of its pupils', async () => {
      const res = await get('senco', `/provision-map?by=yearGroup&date=${DATE}`);
      expect(sections(res.body)).toEqual([
        ['Year 4', ['Eve 1:1', 'Phonics Mon/Thu', 'Social skills group'], 5, 591_200],
        ['Year 5', ['Gita 1:1', 'Phonics summer', 'Social skills group'], 2, 722_600],
        ['No pupils yet', ['Empty group'], 0, 0],
      ]);
      const social = res.body.groups[0].provisions[2];
      expect(social).toMatchObject({
        id: year.groups.social,
        yearGroups: ['4', '5'],
        plannedPence: 49_600,
        intervention: { name: 'Social skills', area: 'social_emotional_mental_health', delivery: 'group' },
        weekdays: [3],
        minutes: 60,
        startDate: '2024-09-04',
        endDate: '2024-12-18',
        state: 'ended',
      });
    });

    it('groups by area of need, in the Code of Practice order', async () => {
      const res = await get('head', `/provision-map?by=area&date=${DATE}`);
      expect(sections(res.body)).toEqual([
        ['Cognition and learning', ['Empty group', 'Phonics Mon/Thu', 'Phonics summer'], 4, 22_200],
        ['Communication and interaction', ['Eve 1:1', 'Gita 1:1'], 2, 1_242_000],
        ['Social, emotional and mental health', ['Social skills group'], 2, 49_600],
      ]);
      expect((await get('senco', '/provision-map?by=colour')).status).toBe(400);
    });

    it('downloads as CSV, one row per group and pupil, costs in pounds', async () => {
      const res = await get('senco', `/provision-map.csv?by=yearGroup&date=${DATE}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="provision-map-2024-2025-by-yearGroup.csv"',
      );
      const lines = res.text
        .replace(/^\ufeff/, '')
        .trimEnd()
        .split('\r\n');
      expect(lines[0]).toBe(
        'Group,Intervention,Area of need,Staff,Schedule,Start date,End date,Pupil,Year group,Entry,Target,Exit,Planned (£),Delivered (£)',
      );
      expect(
        lines
          .slice(1)
          .map((l) => l.split(',')[0] + ' / ' + (l.match(/,([A-Z][a-z]+ [A-Z][a-z]+),/)?.[1] ?? '')),
      ).toEqual([
        'Eve 1:1 / Eve Evans',
        'Phonics Mon/Thu / Ada Archer',
        'Phonics Mon/Thu / Ben Baker',
        'Phonics Mon/Thu / Cara Cole',
        'Social skills group / Dev Dunn',
        'Gita 1:1 / Gita Gray',
        'Phonics summer / Finn Fox',
        'Social skills group / Finn Fox',
        'Empty group / ',
      ]);
      expect(lines[2]).toBe(
        'Phonics Mon/Thu,Phonics,Cognition and learning,ta,"Mon, Thu × 30 min",2025-01-06,2025-03-28,Ada Archer,Year 4,80,95,90,48.00,20.00',
      );
      expect(lines[9]).toBe(
        'Empty group,Phonics,Cognition and learning,ta,Fri × 30 min,2024-10-01,2024-11-30,,,,,,,',
      );
    });

    it('is for school summary readers only, and never another school', async () => {
      for (const who of ['ta', 'teacher', 'admin']) {
        expect((await get(who, '/provision-map')).status).toBe(403);
        expect((await get(who, '/provision-map.csv')).status).toBe(403);
      }
      expect((await get('beacon', '/provision-map')).status).toBe(404);
      expect((await get('beacon', '/reports/provision-costs')).status).toBe(404);
      // Beacon's own map shows nothing of Ashdown's.
      const own = await get('beacon', `/provision-map?date=${DATE}`, ctx.f.schoolB);
      expect(own.status).toBe(200);
      expect(own.body.groups).toEqual([]);
      const costs = await get('beacon', `/reports/provision-costs?date=${DATE}`, ctx.f.schoolB);
      expect(costs.body.totals).toEqual({
        pupils: 0,
        plannedPence: 0,
        deliveredPence: 0,
        perPupilPlannedPence: 0,
      });
    });
  });
});

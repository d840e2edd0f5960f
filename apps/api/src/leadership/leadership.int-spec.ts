import {
  academicYear,
  addDays,
  addMonths,
  isoWeekday,
  NATIONAL_SEN_FIGURES,
  type SchoolDashboard,
  type TrendPoint,
} from '@sendreg/contracts';
import { T, withReviewApp } from '../reviews/testing/review-fixture';
import { signIn } from '../testing/fixture';

/** The last day of the month `k` months before this one (k = 1: last month). */
const monthEnd = (k: number) => addDays(`${addMonths(T(0), 1 - k).slice(0, 7)}-01`, -1);

/**
 * The head's dashboard, every figure checked against a count made by hand from the situation below
 * (Ashdown; T(n) is n days from today, ME(k) the last day of the month k months ago).
 *
 * | pupil | year | today      | history                              | need (rank 1) | PP  | EAL | LAC |
 * | Ada   | 4    | K          | K from T(-500)                       | SPLD          | yes |     |     |
 * | Ben   | 4    | K          | K from T(-500)                       | SLCN (was ASD)|     | yes |     |
 * | Cara  | 4    | K          | monitoring T(-500), K from ME(6)+1   | SPLD          |     |     |     |
 * | Dev   | 4    | E          | K T(-500), E from ME(3)              | ASD           | yes |     |     |
 * | Eve   | 4    | E          | E from T(-500)                       | ASD           |     |     | yes |
 * | Finn  | 5    | monitoring | K then monitoring, both T(-500)      | SEMH          |     | yes |     |
 * | Gita  | R    | N          | none                                 |               | yes |     |     |
 * | Lew   | 5    | left ME(2) | K from T(-500)                       | SPLD          | yes |     |     |
 * | Nia   | 5    | joins T(1) | K from T(-500)                       |               |     |     |     |
 *
 * On roll today 7 (Lew has left, Nia has not joined): 1 N, 1 monitoring, 3 K, 2 E.
 */
describe('head dashboard', () => {
  const { ctx, as, user, pupil, addPupil, statuses, plans, ehcp, sql } = withReviewApp();
  const year = academicYear(T(0));
  // The first ten Mondays of the academic year: every group below meets on them.
  const firstMonday = addDays(year.from, (8 - isoWeekday(year.from)) % 7);
  const monday = (n: number) => addDays(firstMonday, 7 * (n - 1));
  let leaderToken = '';

  const A = () => ctx.f.schoolA;

  async function needs(name: string, rows: [string, number, string, string | null][]): Promise<void> {
    for (const [code, rank, from, to] of rows) {
      await sql(
        `INSERT INTO pupil_needs (school_id, pupil_id, need_code, rank, effective_from, effective_to)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [A(), pupil(name), code, rank, from, to],
      );
    }
  }

  async function intervention(name: string, area: string, delivery: string, resourcePence: number) {
    const [row] = (await sql(
      `INSERT INTO interventions (school_id, name, area, delivery, usual_group_size, delivered_by, usual_minutes,
                                  usual_sessions_per_week, resource_cost_per_session_pence, measure_name,
                                  measure_unit, higher_is_better)
       VALUES ($1, $2, $3, $4, $5, 'ta', 30, 1, $6, 'Score', 'points', true) RETURNING id`,
      [A(), name, area, delivery, delivery === 'group' ? 6 : 1, resourcePence],
    )) as { id: string }[];
    return row!.id;
  }

  /** A group meeting on the first ten Mondays of the year, with its pupils (and their scores). */
  async function group(interventionId: string, name: string, pupils: [string, number?, number?][]) {
    const [row] = (await sql(
      `INSERT INTO provisions (school_id, intervention_id, name, sessions_per_week, minutes, weekdays, start_date,
                               end_date)
       VALUES ($1, $2, $3, 1, 30, '{1}'::smallint[], $4, $5) RETURNING id`,
      [A(), interventionId, name, monday(1), monday(10)],
    )) as { id: string }[];
    for (const [who, entry, exit] of pupils) {
      await sql(
        `INSERT INTO provision_pupils (school_id, provision_id, pupil_id, joined_on, entry_score, entry_date,
                                       exit_score, exit_date)
         VALUES ($1, $2, $3, $4, $5, CASE WHEN $5::numeric IS NULL THEN NULL ELSE $4::date END,
                 $6, CASE WHEN $6::numeric IS NULL THEN NULL ELSE $7::date END)`,
        [A(), row!.id, pupil(who), monday(1), entry ?? null, exit ?? null, monday(10)],
      );
    }
    return row!.id;
  }

  /** A session on the nth Monday: held with who attended (true) or not, or cancelled. */
  async function session(groupId: string, n: number, attendance: Record<string, boolean> | 'cancelled') {
    const held = attendance !== 'cancelled';
    const [row] = (await sql(
      `INSERT INTO provision_sessions (school_id, provision_id, held_on, status, minutes, cancel_reason,
                                       delivered_by, logged_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
      [
        A(),
        groupId,
        monday(n),
        held ? 'held' : 'cancelled',
        held ? 30 : null,
        held ? null : 'trip',
        user('ta'),
      ],
    )) as { id: string }[];
    if (!held) return;
    for (const [who, attended] of Object.entries(attendance)) {
      await sql(
        `INSERT INTO session_attendance (school_id, session_id, pupil_id, attended, absence_reason)
         VALUES ($1, $2, $3, $4, $5)`,
        [A(), row!.id, pupil(who), attended, attended ? null : 'ill'],
      );
    }
  }

  async function passport(name: string, number: number): Promise<string> {
    const [row] = (await sql(
      `INSERT INTO passport_versions (school_id, pupil_id, number, content, change_note)
       VALUES ($1, $2, $3, '{}'::jsonb, 'Published') RETURNING id`,
      [A(), pupil(name), number],
    )) as { id: string }[];
    return row!.id;
  }

  /** A concern raised at noon (in England) on a date, with a status. */
  async function concern(schoolId: string, name: string, raisedOn: string, status = 'open'): Promise<void> {
    await sql(
      `INSERT INTO concerns (school_id, pupil_id, raised_by, raised_at, area, observed, status)
       VALUES ($1, $2, $3, ($4::date + time '12:00') AT TIME ZONE 'Europe/London', 'not_sure', 'Observed', $5)`,
      [schoolId, pupil(name), user('senco'), raisedOn, status],
    );
  }

  beforeAll(async () => {
    leaderToken = (await signIn(ctx.t, 'leader@trust.test')).token;

    // The register.
    await addPupil({
      forename: 'Lew',
      surname: 'Lamb',
      className: '5A',
      yearGroup: '5',
      leavingDate: monthEnd(2),
    });
    await addPupil({ forename: 'Nia', surname: 'Nash', className: '5A', yearGroup: '5' });
    await sql(`UPDATE pupils SET admission_date = $1 WHERE id = $2`, [T(1), pupil('Nia')]);
    await sql(`UPDATE pupils SET year_group = 'R' WHERE id = $1`, [pupil('Gita')]);
    for (const name of ['Ada', 'Dev', 'Gita', 'Lew'])
      await sql(`UPDATE pupils SET pupil_premium = true WHERE id = $1`, [pupil(name)]);
    for (const name of ['Ben', 'Finn'])
      await sql(`UPDATE pupils SET eal = true WHERE id = $1`, [pupil(name)]);
    await sql(`UPDATE pupils SET looked_after = true WHERE id = $1`, [pupil('Eve')]);

    await statuses('Ada', [['K', T(-500)]]);
    await statuses('Ben', [['K', T(-500)]]);
    await statuses('Cara', [
      ['monitoring', T(-500)],
      ['K', addDays(monthEnd(6), 1)],
    ]);
    await statuses('Dev', [
      ['K', T(-500)],
      ['E', monthEnd(3)],
    ]);
    await statuses('Eve', [['E', T(-500)]]);
    // Two records for one day: the later one (monitoring) is the status.
    await statuses('Finn', [
      ['K', T(-500)],
      ['monitoring', T(-500)],
    ]);
    await statuses('Lew', [['K', T(-500)]]);
    await statuses('Nia', [['K', T(-500)]]);
    await statuses('Hana', [['K', T(-500)]]);

    await needs('Ada', [
      ['SPLD', 1, T(-500), null],
      ['SLCN', 2, T(-500), null],
    ]);
    await needs('Ben', [
      ['ASD', 1, T(-500), T(-30)],
      ['SLCN', 1, T(-30), null],
    ]);
    await needs('Cara', [['SPLD', 1, T(-100), null]]);
    await needs('Dev', [['ASD', 1, T(-500), null]]);
    await needs('Eve', [['ASD', 1, T(-500), null]]);
    await needs('Finn', [['SEMH', 1, T(-500), null]]);
    await needs('Lew', [['SPLD', 1, T(-500), null]]);

    // Costs and impact: three interventions on the first ten Mondays; no staff rates, so a session
    // costs its resources.
    const speech = await intervention(
      'Speech therapy',
      'communication_and_interaction',
      'one_to_one',
      60_000,
    );
    const language = await intervention(
      'Language therapy',
      'communication_and_interaction',
      'one_to_one',
      50_000,
    );
    const reading = await intervention('Reading group', 'cognition_and_learning', 'group', 1_000);
    const devGroup = await group(speech, 'Speech with Dev', [['Dev']]);
    await group(language, 'Language with Eve', [['Eve']]);
    const readingGroup = await group(reading, 'Reading group 1', [
      ['Ada', 10, 16],
      ['Ben', 10, 12],
      ['Cara', 10, 9],
    ]);
    await session(devGroup, 1, { Dev: true });
    await session(readingGroup, 1, { Ada: true, Ben: true, Cara: true });
    await session(readingGroup, 2, { Ada: true, Ben: true, Cara: false });
    await session(readingGroup, 3, 'cancelled');

    // Plans and reviews.
    await plans('Ada', {
      heldOn: [T(-300), T(-200), T(-100)],
      current: { status: 'active', reviewDate: T(-10) },
    });
    // The review held 200 days ago was due 5 days before.
    await sql(`UPDATE support_plans SET review_date = $1 WHERE pupil_id = $2 AND cycle = 2`, [
      T(-205),
      pupil('Ada'),
    ]);
    await plans('Ben', {
      heldOn: [addMonths(T(0), -12), T(-90)],
      current: { status: 'active', reviewDate: T(14) },
    });
    await sql(`UPDATE support_plans SET review_date = $1 WHERE pupil_id = $2 AND cycle = 2`, [
      T(-80),
      pupil('Ben'),
    ]);
    await plans('Dev', { current: { status: 'active', reviewDate: T(0) } });
    await plans('Eve', { current: { status: 'draft', reviewDate: null } });
    await plans('Finn', { current: { status: 'active', reviewDate: T(-1) } });
    await plans('Lew', { heldOn: [T(-100)], current: { status: 'active', reviewDate: T(-50) } });
    await sql(`UPDATE support_plans SET review_date = $1 WHERE pupil_id = $2 AND cycle = 1`, [
      T(-110),
      pupil('Lew'),
    ]);
    // The decision whether to assess was due six weeks after the request: overdue for Dev (and for
    // Lew, who has left); not yet due for Eve.
    await ehcp('Dev', { requested_on: T(-60) });
    await ehcp('Eve', { requested_on: T(-20) });
    await ehcp('Lew', { requested_on: T(-60) });

    // Passports: Ada's read by her class teacher; Dev's second version not yet read by the TA of 4B
    // (who read the first); Finn (monitoring) and Lew (left) have one too.
    const ada = await passport('Ada', 1);
    const dev1 = await passport('Dev', 1);
    await passport('Dev', 2);
    await passport('Finn', 1);
    await passport('Lew', 1);
    await sql(`INSERT INTO passport_receipts (school_id, version_id, user_id) VALUES ($1, $2, $3)`, [
      A(),
      ada,
      user('teacher'),
    ]);
    await sql(`INSERT INTO passport_receipts (school_id, version_id, user_id) VALUES ($1, $2, $3)`, [
      A(),
      dev1,
      user('ta'),
    ]);

    // Concerns: open ones at the boundaries of the ages; triaged and closed ones do not count.
    for (const days of [0, 6, 7, 28, 29]) await concern(A(), 'Gita', T(-days));
    await concern(A(), 'Ben', T(-50), 'monitoring');
    await concern(A(), 'Ben', T(-100), 'closed');
    await concern(ctx.f.schoolB, 'Ivan', T(-60));
  });

  const dashboard = async (): Promise<SchoolDashboard> => {
    const res = await as('head').get('/reports/dashboard');
    expect(res.status).toBe(200);
    return res.body as SchoolDashboard;
  };

  it('names the school and sets it against the national figures, counting only pupils on roll today', async () => {
    const body = await dashboard();
    expect(body.school).toEqual({ id: A(), name: 'Ashdown Primary' });
    expect(body.national).toEqual(NATIONAL_SEN_FIGURES);
    expect(body.today).toBe(T(0));
    // 7 fixture pupils; Lew has left, Nia joins tomorrow.
    expect(body.onRoll).toBe(7);
  });

  it('counts the register by status, as a share of the pupils on roll', async () => {
    // 1 N (Gita), 1 monitoring (Finn), 3 K (Ada, Ben, Cara), 2 E (Dev, Eve) of 7:
    // 14.29 → 14.3, 42.86 → 42.9, 28.57 → 28.6.
    expect((await dashboard()).byStatus).toEqual([
      { status: 'N', count: 1, percent: 14.3 },
      { status: 'monitoring', count: 1, percent: 14.3 },
      { status: 'K', count: 3, percent: 42.9 },
      { status: 'E', count: 2, percent: 28.6 },
    ]);
  });

  it('counts the primary needs of pupils on the register, largest first', async () => {
    // SPLD: Ada, Cara (K; Lew has left). ASD: Dev, Eve (E); Ben's ASD ended 30 days ago. SLCN: Ben
    // (K; Ada's SLCN is rank 2). Finn's SEMH is not counted: he is monitoring.
    expect((await dashboard()).byPrimaryNeed).toEqual([
      {
        code: 'ASD',
        label: 'Autistic spectrum disorder',
        area: 'communication_and_interaction',
        senSupport: 0,
        ehcp: 2,
      },
      {
        code: 'SPLD',
        label: 'Specific learning difficulty',
        area: 'cognition_and_learning',
        senSupport: 2,
        ehcp: 0,
      },
      {
        code: 'SLCN',
        label: 'Speech, language and communication needs',
        area: 'communication_and_interaction',
        senSupport: 1,
        ehcp: 0,
      },
    ]);
  });

  it('counts each year group in school order (Reception before Year 4)', async () => {
    // R: Gita. 4: Ada, Ben, Cara (K), Dev, Eve (E). 5: Finn (Lew left, Nia not joined).
    expect((await dashboard()).byYearGroup).toEqual([
      { yearGroup: 'R', onRoll: 1, senSupport: 0, ehcp: 0 },
      { yearGroup: '4', onRoll: 5, senSupport: 3, ehcp: 2 },
      { yearGroup: '5', onRoll: 1, senSupport: 0, ehcp: 0 },
    ]);
  });

  it('crosses the register with pupil premium, EAL and looked after', async () => {
    expect((await dashboard()).byCharacteristic).toEqual([
      {
        // With: Ada (K), Dev (E), Gita (N); Lew has left. Without: Ben, Cara (K), Eve (E), Finn.
        characteristic: 'pupilPremium',
        label: 'Pupil premium',
        withIt: { onRoll: 3, senSupport: 1, ehcp: 1 },
        without: { onRoll: 4, senSupport: 2, ehcp: 1 },
      },
      {
        // With: Ben (K), Finn (monitoring). Without: Ada, Cara (K), Dev, Eve (E), Gita.
        characteristic: 'eal',
        label: 'English as an additional language',
        withIt: { onRoll: 2, senSupport: 1, ehcp: 0 },
        without: { onRoll: 5, senSupport: 2, ehcp: 2 },
      },
      {
        // With: Eve (E). Without: the other six.
        characteristic: 'lookedAfter',
        label: 'Looked after',
        withIt: { onRoll: 1, senSupport: 0, ehcp: 1 },
        without: { onRoll: 6, senSupport: 3, ehcp: 1 },
      },
    ]);
  });

  it('traces the register at the end of each of the last 12 months, then today', async () => {
    const point = (date: string, monitoring: number, senSupport: number, ehcp: number): TrendPoint => ({
      date,
      monitoring,
      senSupport,
      ehcp,
    });
    const expected: TrendPoint[] = [];
    // Cara monitoring until ME(6); Dev K until ME(4); Lew on roll (K) until ME(3).
    for (let k = 12; k >= 6; k--) expected.push(point(monthEnd(k), 2, 4, 1));
    // Cara K from the day after ME(6).
    for (const k of [5, 4]) expected.push(point(monthEnd(k), 1, 5, 1));
    // Dev E from ME(3) itself.
    expected.push(point(monthEnd(3), 1, 4, 2));
    // Lew left on ME(2): not on roll that day.
    for (const k of [2, 1]) expected.push(point(monthEnd(k), 1, 3, 2));
    expected.push(point(T(0), 1, 3, 2));
    expect((await dashboard()).trend).toEqual(expected);
  });

  it("takes this academic year's costs from the costs report, with the pupils near and over the threshold", async () => {
    // Planned: Dev 10 × £600 = £6,000 (above); Eve 10 × £500 = £5,000 (approaching); Ada, Ben and Cara
    // share 10 × £10 (£33.33⅓ each). Delivered: one speech session (£600) and two reading sessions (£10
    // each); the cancelled one costs nothing.
    expect((await dashboard()).costs).toEqual({
      academicYear: year,
      plannedPence: 1_110_000,
      deliveredPence: 62_000,
      pupils: 5,
      perPupilPlannedPence: 222_000,
      byArea: [
        { area: 'cognition_and_learning', plannedPence: 10_000, deliveredPence: 2_000, pupils: 3 },
        { area: 'communication_and_interaction', plannedPence: 1_100_000, deliveredPence: 60_000, pupils: 2 },
      ],
      approachingThreshold: 1,
      aboveThreshold: 1,
    });
  });

  it('takes the impact of each intervention from the impact report', async () => {
    const base = {
      pupils: 1,
      pupilsMeasured: 0,
      meanProgress: null,
      improvedShare: null,
      plannedSessions: 10,
    };
    expect((await dashboard()).impact).toEqual([
      {
        interventionId: expect.any(String),
        name: 'Language therapy',
        area: 'communication_and_interaction',
        summary: {
          ...base,
          attendanceRate: null,
          deliveredSessions: 0,
          cancelledSessions: 0,
          deliveryRate: 0,
          costPerUnitProgressPence: null,
        },
      },
      {
        // Progress +6, +2, -1: mean 2.33, 2 of 3 improved; attended 5 of 6 listed; 2 of 10 sessions
        // held, 1 cancelled; £20 over 7 points = 286p a point.
        interventionId: expect.any(String),
        name: 'Reading group',
        area: 'cognition_and_learning',
        summary: {
          pupils: 3,
          pupilsMeasured: 3,
          meanProgress: 2.33,
          improvedShare: 0.667,
          attendanceRate: 0.833,
          plannedSessions: 10,
          deliveredSessions: 2,
          cancelledSessions: 1,
          deliveryRate: 0.2,
          costPerUnitProgressPence: 286,
        },
      },
      {
        interventionId: expect.any(String),
        name: 'Speech therapy',
        area: 'communication_and_interaction',
        summary: {
          ...base,
          attendanceRate: 1,
          deliveredSessions: 1,
          cancelledSessions: 0,
          deliveryRate: 0.1,
          costPerUnitProgressPence: null,
        },
      },
    ]);
  });

  it('measures review compliance', async () => {
    // Active plans of pupils on roll: Ada (due T(-10)) and Finn (T(-1)) overdue; Ben (T(14)) and Dev
    // (today) on time; Lew's does not count (left).
    // Held in (a year ago, today]: Ada's three (the one at T(-200) was due T(-205): late), Ben's at
    // T(-90) (due T(-80)), not his exactly a year ago; Lew's at T(-100), due T(-110): late. 5, 3 on time.
    // Without an active plan: Cara (K) and Eve (E, a draft only). Below the meeting expectation: Ben
    // (K all year, 1 review). EHCP: Dev's decision to assess is overdue (Lew's does not count).
    expect((await dashboard()).reviews).toEqual({
      activePlans: 4,
      onTime: 2,
      overdue: 2,
      heldLast12Months: 5,
      heldOnTime: 3,
      withoutActivePlan: 2,
      belowMeetingExpectation: 1,
      ehcpStepsOverdue: 1,
    });
  });

  it('measures passport coverage', async () => {
    // On the register: Ada, Ben, Cara, Dev, Eve; with a passport: Ada, Dev. Readers: 4A's teacher for
    // Ada (read), 4B's TA for Dev (read version 1 only); 5A, Finn's class, has no staff.
    expect((await dashboard()).passports).toEqual({
      pupilsWithPassport: 2,
      pupilsOnRegister: 5,
      readersExpected: 2,
      readersConfirmed: 1,
    });
  });

  it('ages the open concerns at the week and four-week boundaries', async () => {
    // Raised 0 and 6 days ago: under a week; 7 and 28: one to four weeks; 29: over four weeks.
    expect((await dashboard()).concerns).toEqual({
      open: 5,
      underAWeek: 2,
      oneToFourWeeks: 2,
      overFourWeeks: 1,
      oldestDays: 29,
    });
  });

  it('gives the SENCO the same figures, and names no pupil', async () => {
    const res = await as('senco').get('/reports/dashboard');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    // Computed afresh for each request here (no snapshot under test), so only the time differs.
    expect(res.body).toEqual({ ...(await dashboard()), computedAt: expect.any(String) });
    expect(JSON.stringify(res.body)).not.toMatch(/Archer|Baker|Cole|Dunn|Evans|Fox|Gray|Lamb|Nash/);
  });

  it("keeps each school's figures to its own pupils", async () => {
    const res = await as('senco@beacon').get('/reports/dashboard');
    expect(res.status).toBe(200);
    const beacon = res.body as SchoolDashboard;
    expect(beacon.school.name).toBe('Beacon School');
    expect(beacon.onRoll).toBe(3);
    expect(beacon.byStatus).toEqual([
      { status: 'N', count: 2, percent: 66.7 },
      { status: 'monitoring', count: 0, percent: 0 },
      { status: 'K', count: 1, percent: 33.3 },
      { status: 'E', count: 0, percent: 0 },
    ]);
    expect(beacon.costs.pupils).toBe(0);
    expect(beacon.impact).toEqual([]);
    expect(beacon.concerns).toEqual({
      open: 1,
      underAWeek: 0,
      oneToFourWeeks: 0,
      overFourWeeks: 1,
      oldestDays: 60,
    });
  });

  it('refuses teachers, TAs and the school admin (403); another school and the trust leader get 404', async () => {
    for (const who of ['teacher', 'ta', 'admin'] as const)
      expect((await as(who).get('/reports/dashboard')).status).toBe(403);
    expect((await as('head', ctx.f.schoolB).get('/reports/dashboard')).status).toBe(404);
    expect((await as('senco', ctx.f.schoolB).get('/reports/dashboard')).status).toBe(404);
    const leader = await ctx.t
      .http()
      .get(`/api/schools/${A()}/reports/dashboard`)
      .auth(leaderToken, { type: 'bearer' });
    expect(leader.status).toBe(404);
  });
});

import { randomUUID } from 'node:crypto';
import type { SchoolRole } from '@sendreg/contracts';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../platform/auth/passwords';
import { FIXTURE_PASSWORD, signIn, type Fixture } from '../../testing/fixture';
import type { TestApp } from '../../testing/test-app';

/**
 * The provision map's records for session and report tests, written straight into one school with
 * SQL (as the application role, with the school set, as the seed does): the catalogue, rates,
 * groups and places do not depend on the routes that manage them.
 */
export class ProvisionRecords {
  constructor(
    private readonly t: TestApp,
    readonly schoolId: string,
  ) {}

  /** Runs SQL inside the school, as the application role (RLS applies, as it does to requests). */
  inSchool<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.t.dataSource.transaction((m) =>
      this.t.db.within(m, { schoolId: this.schoolId, userId: null }, fn),
    );
  }

  /** A member of staff who can sign in with the fixture password; returns their user id. */
  async addStaff(email: string, roles: SchoolRole[]): Promise<string> {
    const id = randomUUID();
    const hash = await hashPassword(FIXTURE_PASSWORD);
    await this.inSchool(async (m) => {
      await m.query(`INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, $2, $3, $4)`, [
        id,
        email,
        email.split('@')[0],
        hash,
      ]);
      await m.query(
        `INSERT INTO memberships (school_id, user_id, roles) VALUES (app_current_school(), $1, $2)`,
        [id, roles],
      );
    });
    return id;
  }

  async intervention(
    o: {
      name?: string;
      area?: string;
      delivery?: 'group' | 'one_to_one';
      deliveredBy?: 'ta' | 'teacher' | 'senco';
      resourcePence?: number;
      measureName?: string;
      higherIsBetter?: boolean;
    } = {},
  ): Promise<string> {
    const delivery = o.delivery ?? 'group';
    const [row] = await this.inSchool((m) =>
      m.query(
        `INSERT INTO interventions (school_id, name, area, delivery, usual_group_size, delivered_by, usual_minutes,
                                    usual_sessions_per_week, resource_cost_per_session_pence, measure_name,
                                    measure_unit, higher_is_better)
         VALUES (app_current_school(), $1, $2, $3, $4, $5, 30, 2, $6, $7, 'points', $8) RETURNING id`,
        [
          o.name ?? `Intervention ${randomUUID().slice(0, 8)}`,
          o.area ?? 'cognition_and_learning',
          delivery,
          delivery === 'group' ? 6 : 1,
          o.deliveredBy ?? 'ta',
          o.resourcePence ?? 0,
          o.measureName ?? 'Standardised score',
          o.higherIsBetter ?? true,
        ],
      ),
    );
    return row.id;
  }

  /** An hourly rate for a role, or for one person, from a date. */
  async rate(o: {
    role?: 'ta' | 'teacher' | 'senco';
    userId?: string;
    pence: number;
    from: string;
  }): Promise<void> {
    await this.inSchool((m) =>
      m.query(
        `INSERT INTO staff_rates (school_id, role, user_id, hourly_rate_pence, effective_from)
         VALUES (app_current_school(), $1, $2, $3, $4)`,
        [o.role ?? null, o.userId ?? null, o.pence, o.from],
      ),
    );
  }

  async provision(o: {
    interventionId: string;
    name?: string;
    weekdays: number[];
    minutes: number;
    startDate: string;
    endDate: string;
    staff: string[];
    location?: string;
  }): Promise<string> {
    return this.inSchool(async (m) => {
      const [row] = await m.query(
        `INSERT INTO provisions (school_id, intervention_id, name, sessions_per_week, minutes, weekdays, start_date,
                                 end_date, location)
         VALUES (app_current_school(), $1, $2, $3, $4, $5::smallint[], $6, $7, $8) RETURNING id`,
        [
          o.interventionId,
          o.name ?? `Group ${randomUUID().slice(0, 8)}`,
          o.weekdays.length,
          o.minutes,
          o.weekdays,
          o.startDate,
          o.endDate,
          o.location ?? '',
        ],
      );
      for (const userId of o.staff) {
        await m.query(
          `INSERT INTO provision_staff (school_id, provision_id, user_id) VALUES (app_current_school(), $1, $2)`,
          [row.id, userId],
        );
      }
      return row.id as string;
    });
  }

  async place(o: {
    provisionId: string;
    pupilId: string;
    joinedOn: string;
    leftOn?: string;
    entry?: [number, string];
    target?: number;
    exit?: [number, string];
  }): Promise<void> {
    await this.inSchool((m) =>
      m.query(
        `INSERT INTO provision_pupils (school_id, provision_id, pupil_id, joined_on, left_on, entry_score, entry_date,
                                       target_score, exit_score, exit_date)
         VALUES (app_current_school(), $1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          o.provisionId,
          o.pupilId,
          o.joinedOn,
          o.leftOn ?? null,
          o.entry?.[0] ?? null,
          o.entry?.[1] ?? null,
          o.target ?? null,
          o.exit?.[0] ?? null,
          o.exit?.[1] ?? null,
        ],
      ),
    );
  }

  /** Moves a session's logging time back, as if it had been logged that many days ago. */
  async backdateLog(sessionId: string, days: number): Promise<void> {
    await this.inSchool((m) =>
      m.query(`UPDATE provision_sessions SET logged_at = now() - make_interval(days => $2) WHERE id = $1`, [
        sessionId,
        days,
      ]),
    );
  }

  /** Rows of a table in this school, for counting what a request wrote. */
  async count(
    table: 'provision_sessions' | 'session_attendance' | 'provision_changes',
    where = 'true',
    params: unknown[] = [],
  ) {
    const [row] = await this.inSchool((m) =>
      m.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params),
    );
    return row.n as number;
  }
}

/** The dates between two dates, both included (YYYY-MM-DD), that fall on the given ISO weekdays. */
export function datesOn(from: string, to: string, weekdays: number[]): string[] {
  const out: string[] = [];
  for (let d = Date.parse(`${from}T00:00:00Z`); d <= Date.parse(`${to}T00:00:00Z`); d += 86_400_000) {
    const day = new Date(d);
    const iso = ((day.getUTCDay() + 6) % 7) + 1;
    if (weekdays.includes(iso)) out.push(day.toISOString().slice(0, 10));
  }
  return out;
}

export interface YearFixture {
  rec: ProvisionRecords;
  interventions: { phonics: string; social: string; oneToOne: string };
  groups: {
    phonics: string;
    social: string;
    eve: string;
    gita: string;
    summer: string;
    empty: string;
  };
}

/**
 * A small school year (2024 to 2025) at Ashdown whose figures are worked out by hand in the report
 * tests. Rates: TA GBP 12.00 an hour, teacher GBP 30.00, from 2020.
 *
 * - "Phonics Mon/Thu" (Phonics, TA, 30 min, Mon and Thu, 6 Jan to 28 Mar 2025: 24 sessions of 600p):
 *   Ada (entry 80, target 95, exit 90), Ben (85 to 88), Cara (90, no exit). The TA logs the first 10
 *   sessions held (Ben off ill on the 2nd) and the next 2 cancelled: 2,000p delivered each.
 * - "Social skills group" (Social skills, teacher, 60 min + 100p resources, Wednesdays 4 Sep to 18 Dec
 *   2024: 16 sessions of 3,100p): Dev (Y4; 20 to 14, lower is better) and Finn (Y5; 18 to 20). The SENCO
 *   delivers it and logs 4 sessions (Finn absent once): 6,200p delivered each.
 * - "Eve 1:1" and "Gita 1:1" (1:1 TA support, every weekday 2 Sep 2024 to 18 Jul 2025: 230 sessions)
 *   of 120 and 150 minutes: 552,000p (approaching) and 690,000p (above) planned. The TA logs 2 of Eve's
 *   (120 minutes each): 4,800p delivered.
 * - "Phonics summer" (Phonics, TA, 30 min, Tuesdays 3 Jun to 28 Oct 2025): Finn, 13 sessions in the
 *   year (7,800p) and 9 in the next.
 * - "Empty group" (Phonics, Oct to Nov 2024) with no pupils.
 */
export async function seedYearFixture(t: TestApp, f: Fixture): Promise<YearFixture> {
  const rec = new ProvisionRecords(t, f.schoolA);
  const ta = f.users['ta@ashdown.test']!;
  const senco = f.users['senco@ashdown.test']!;
  const pupil = (name: string) => f.pupils[name]!;
  await rec.rate({ role: 'ta', pence: 1200, from: '2020-01-01' });
  await rec.rate({ role: 'teacher', pence: 3000, from: '2020-01-01' });
  const phonics = await rec.intervention({ name: 'Phonics', area: 'cognition_and_learning' });
  const social = await rec.intervention({
    name: 'Social skills',
    area: 'social_emotional_mental_health',
    deliveredBy: 'teacher',
    resourcePence: 100,
    measureName: 'Difficulties score',
    higherIsBetter: false,
  });
  const oneToOne = await rec.intervention({
    name: '1:1 TA support',
    area: 'communication_and_interaction',
    delivery: 'one_to_one',
  });
  const groups = {
    phonics: await rec.provision({
      interventionId: phonics,
      name: 'Phonics Mon/Thu',
      weekdays: [1, 4],
      minutes: 30,
      startDate: '2025-01-06',
      endDate: '2025-03-28',
      staff: [ta],
    }),
    social: await rec.provision({
      interventionId: social,
      name: 'Social skills group',
      weekdays: [3],
      minutes: 60,
      startDate: '2024-09-04',
      endDate: '2024-12-18',
      staff: [senco],
    }),
    eve: await rec.provision({
      interventionId: oneToOne,
      name: 'Eve 1:1',
      weekdays: [1, 2, 3, 4, 5],
      minutes: 120,
      startDate: '2024-09-02',
      endDate: '2025-07-18',
      staff: [ta],
    }),
    gita: await rec.provision({
      interventionId: oneToOne,
      name: 'Gita 1:1',
      weekdays: [1, 2, 3, 4, 5],
      minutes: 150,
      startDate: '2024-09-02',
      endDate: '2025-07-18',
      staff: [ta],
    }),
    summer: await rec.provision({
      interventionId: phonics,
      name: 'Phonics summer',
      weekdays: [2],
      minutes: 30,
      startDate: '2025-06-03',
      endDate: '2025-10-28',
      staff: [ta],
    }),
    empty: await rec.provision({
      interventionId: phonics,
      name: 'Empty group',
      weekdays: [5],
      minutes: 30,
      startDate: '2024-10-01',
      endDate: '2024-11-30',
      staff: [ta],
    }),
  };
  await rec.place({
    provisionId: groups.phonics,
    pupilId: pupil('Ada'),
    joinedOn: '2025-01-06',
    entry: [80, '2025-01-06'],
    target: 95,
    exit: [90, '2025-03-28'],
  });
  await rec.place({
    provisionId: groups.phonics,
    pupilId: pupil('Ben'),
    joinedOn: '2025-01-06',
    entry: [85, '2025-01-06'],
    exit: [88, '2025-03-28'],
  });
  await rec.place({
    provisionId: groups.phonics,
    pupilId: pupil('Cara'),
    joinedOn: '2025-01-06',
    entry: [90, '2025-01-06'],
  });
  await rec.place({
    provisionId: groups.social,
    pupilId: pupil('Dev'),
    joinedOn: '2024-09-04',
    entry: [20, '2024-09-04'],
    exit: [14, '2024-12-18'],
  });
  await rec.place({
    provisionId: groups.social,
    pupilId: pupil('Finn'),
    joinedOn: '2024-09-04',
    entry: [18, '2024-09-04'],
    exit: [20, '2024-12-18'],
  });
  await rec.place({ provisionId: groups.eve, pupilId: pupil('Eve'), joinedOn: '2024-09-02' });
  await rec.place({ provisionId: groups.gita, pupilId: pupil('Gita'), joinedOn: '2024-09-02' });
  await rec.place({ provisionId: groups.summer, pupilId: pupil('Finn'), joinedOn: '2025-06-03' });

  const log = async (who: string, provisionId: string, body: object) => {
    const { token } = await signIn(t, who);
    const res = await t
      .http()
      .post(`/api/schools/${f.schoolA}/provisions/${provisionId}/sessions`)
      .auth(token, { type: 'bearer' })
      .send(body);
    if (res.status !== 201) throw new Error(`Logging failed: ${res.status} ${JSON.stringify(res.body)}`);
  };
  const phonicsDays = datesOn('2025-01-06', '2025-03-28', [1, 4]);
  for (const [index, heldOn] of phonicsDays.slice(0, 10).entries()) {
    await log('ta@ashdown.test', groups.phonics, {
      heldOn,
      status: 'held',
      minutes: 30,
      attendance: ['Ada', 'Ben', 'Cara'].map((name) =>
        name === 'Ben' && index === 1
          ? { pupilId: pupil(name), attended: false, absenceReason: 'ill' }
          : { pupilId: pupil(name), attended: true },
      ),
    });
  }
  for (const heldOn of phonicsDays.slice(10, 12)) {
    await log('ta@ashdown.test', groups.phonics, { heldOn, status: 'cancelled', cancelReason: 'cover' });
  }
  for (const heldOn of ['2024-09-04', '2024-09-11', '2024-09-18', '2024-09-25']) {
    await log('senco@ashdown.test', groups.social, {
      heldOn,
      status: 'held',
      minutes: 60,
      attendance: [
        { pupilId: pupil('Dev'), attended: true },
        heldOn === '2024-09-25'
          ? { pupilId: pupil('Finn'), attended: false, absenceReason: 'absent_from_school' }
          : { pupilId: pupil('Finn'), attended: true },
      ],
    });
  }
  for (const heldOn of ['2024-09-02', '2024-09-03']) {
    await log('ta@ashdown.test', groups.eve, {
      heldOn,
      status: 'held',
      minutes: 120,
      attendance: [{ pupilId: pupil('Eve'), attended: true }],
    });
  }
  return { rec, interventions: { phonics, social, oneToOne }, groups };
}

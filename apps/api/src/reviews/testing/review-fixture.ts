import { computeUpnCheckLetter, type SenStatus, type YearGroup } from '@sendreg/contracts';
import { daysFromToday } from '../../provision/testing/records-fixture';
import { signIn, withFixtureApp } from '../../testing/fixture';

/** People of the fixture trust, by the part of their email before the @ (Ashdown unless named). */
export const PEOPLE = ['senco', 'teacher', 'ta', 'head', 'admin', 'senco@beacon', 'teacher@beacon'] as const;
export type Person = (typeof PEOPLE)[number];

export const email = (who: Person) => (who.includes('@') ? `${who}.test` : `${who}@ashdown.test`);

/** A date relative to the school's today: T(-10) is ten days ago. */
export const T = daysFromToday;

/**
 * The fixture app (Ashdown: the teacher has 4A with Ada, Ben and Cara; the TA 4B with Dev and Eve;
 * Finn and Gita are in 5A, which has no staff; Beacon has Hana, Ivan and Jade in 7A) with everyone
 * signed in, and helpers that write the records the dashboard and the digest read straight into the
 * test database as its owner (as the migrations' owner, not through the application role): the
 * situations do not depend on the routes that would make them.
 */
export function withReviewApp() {
  const ctx = withFixtureApp();
  const token = {} as Record<Person, string>;
  let serial = 100;

  beforeAll(async () => {
    for (const who of PEOPLE) token[who] = (await signIn(ctx.t, email(who))).token;
  });

  const school = (who: Person) => (who.endsWith('@beacon') ? ctx.f.schoolB : ctx.f.schoolA);
  const as = (who: Person, schoolId?: string) => ({
    get: (path: string) =>
      ctx.t
        .http()
        .get(`/api/schools/${schoolId ?? school(who)}${path}`)
        .auth(token[who], { type: 'bearer' }),
  });
  const user = (who: Person) => ctx.f.users[email(who)]!;
  const pupil = (name: string) => {
    const id = ctx.f.pupils[name];
    if (!id) throw new Error(`No fixture pupil ${name}`);
    return id;
  };
  const schoolOf = async (pupilId: string): Promise<string> => {
    const [row] = (await ctx.t.dataSource.query(`SELECT school_id FROM pupils WHERE id = $1`, [pupilId])) as {
      school_id: string;
    }[];
    return row!.school_id;
  };
  const sql = (text: string, params: unknown[]) => ctx.t.dataSource.query(text, params);

  /** A pupil added to a class of Ashdown (or Beacon), optionally already left. */
  async function addPupil(o: {
    forename: string;
    surname: string;
    className: string;
    yearGroup: YearGroup;
    schoolId?: string;
    leavingDate?: string;
  }): Promise<string> {
    const schoolId = o.schoolId ?? ctx.f.schoolA;
    const body = `999100126${String(serial++).padStart(3, '0')}`;
    const [row] = (await sql(
      `INSERT INTO pupils (school_id, upn, legal_forename, legal_surname, date_of_birth, gender, year_group,
                           class_id, admission_date, leaving_date)
       VALUES ($1, $2, $3, $4, '2017-01-15', 'M', $5, $6, '2021-09-01', $7) RETURNING id`,
      [
        schoolId,
        `${computeUpnCheckLetter(body)}${body}`,
        o.forename,
        o.surname,
        o.yearGroup,
        ctx.f.classes[`${schoolId === ctx.f.schoolA ? 'A' : 'B'}:${o.className}`],
        o.leavingDate ?? null,
      ],
    )) as { id: string }[];
    ctx.f.pupils[o.forename] = row!.id;
    return row!.id;
  }

  /** SEN statuses from dates, in order (the last recorded wins a day with two). */
  async function statuses(name: string, history: [SenStatus, string][]): Promise<void> {
    const pupilId = pupil(name);
    const schoolId = await schoolOf(pupilId);
    let minute = 0;
    for (const [status, from] of history) {
      await sql(
        `INSERT INTO sen_status_history (school_id, pupil_id, status, effective_from, reason, recorded_at)
         VALUES ($1, $2, $3, $4, 'Test', now() - interval '1 day' + make_interval(mins => $5))`,
        [schoolId, pupilId, status, from, minute++],
      );
    }
  }

  /**
   * A pupil's plans: a closed plan per review held (its review recorded on that day), then the plan
   * of the current cycle, active with its review date (or a draft, or none).
   */
  async function plans(
    name: string,
    o: { heldOn?: string[]; current?: { status: 'active' | 'draft'; reviewDate: string | null } | null },
  ): Promise<void> {
    const pupilId = pupil(name);
    const schoolId = await schoolOf(pupilId);
    let cycle = 1;
    let previous: string | null = null;
    for (const heldOn of o.heldOn ?? []) {
      const [plan] = (await sql(
        `INSERT INTO support_plans (school_id, pupil_id, cycle, status, format, review_date, started_on, closed_on,
                                    closed_reason)
         VALUES ($1, $2, $3, 'closed', 'sen-support-plan', $4, $5, $4, 'reviewed') RETURNING id`,
        [schoolId, pupilId, cycle++, heldOn, previous ?? T(-500)],
      )) as { id: string }[];
      await sql(`INSERT INTO plan_reviews (school_id, plan_id, pupil_id, held_on) VALUES ($1, $2, $3, $4)`, [
        schoolId,
        plan!.id,
        pupilId,
        heldOn,
      ]);
      previous = heldOn;
    }
    if (o.current) {
      await sql(
        `INSERT INTO support_plans (school_id, pupil_id, cycle, status, format, review_date, started_on)
         VALUES ($1, $2, $3, $4, 'sen-support-plan', $5, $6)`,
        [
          schoolId,
          pupilId,
          cycle,
          o.current.status,
          o.current.reviewDate,
          o.current.status === 'active' ? (previous ?? T(-60)) : null,
        ],
      );
    }
  }

  /** An EHCP record with the dates given (columns by name). */
  async function ehcp(name: string, dates: Record<string, string | number | null>): Promise<void> {
    const pupilId = pupil(name);
    const schoolId = await schoolOf(pupilId);
    const columns = Object.keys(dates);
    await sql(
      `INSERT INTO ehcp_records (school_id, pupil_id, local_authority${columns.map((c) => `, ${c}`).join('')})
       VALUES ($1, $2, 'Testshire'${columns.map((_, i) => `, $${i + 3}`).join('')})`,
      [schoolId, pupilId, ...Object.values(dates)],
    );
  }

  /** Puts a member of staff on a group's staff with the pupil in it (a current place). */
  async function groupWith(staff: Person, pupilName: string): Promise<void> {
    const pupilId = pupil(pupilName);
    const schoolId = await schoolOf(pupilId);
    const [intervention] = (await sql(
      `INSERT INTO interventions (school_id, name, area, delivery, usual_group_size, delivered_by, usual_minutes,
                                  usual_sessions_per_week, resource_cost_per_session_pence, measure_name,
                                  measure_unit, higher_is_better)
       VALUES ($1, 'Reading group', 'cognition_and_learning', 'group', 6, 'teacher', 30, 2, 0, 'Score', 'points', true)
       RETURNING id`,
      [schoolId],
    )) as { id: string }[];
    const [group] = (await sql(
      `INSERT INTO provisions (school_id, intervention_id, name, sessions_per_week, minutes, weekdays, start_date,
                               end_date, location)
       VALUES ($1, $2, 'Reading group 1', 1, 30, '{1}'::smallint[], $3, $4, '') RETURNING id`,
      [schoolId, intervention!.id, T(-30), T(60)],
    )) as { id: string }[];
    await sql(`INSERT INTO provision_staff (school_id, provision_id, user_id) VALUES ($1, $2, $3)`, [
      schoolId,
      group!.id,
      user(staff),
    ]);
    await sql(
      `INSERT INTO provision_pupils (school_id, provision_id, pupil_id, joined_on) VALUES ($1, $2, $3, $4)`,
      [schoolId, group!.id, pupilId, T(-30)],
    );
  }

  return { ctx, as, user, pupil, addPupil, statuses, plans, ehcp, groupWith, sql };
}

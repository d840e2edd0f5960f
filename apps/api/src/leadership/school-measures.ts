import type {
  ConcernAges,
  PassportCoverageFigures,
  ReviewCompliance,
  SchoolMeasures,
} from '@sendreg/contracts';
import type { EntityManager } from 'typeorm';
import { ehcpClocks } from '../ehcp/ehcp-clocks';
import { onRoll, READER_ROLES, readsCtes } from '../passports/passport-sql';
import { onRollCondition, registerFrom, SqlParams } from '../register/register-query';
import { countMeetingShortfalls, countWithoutActivePlan } from '../reviews/plan-coverage.queries';
import { dashboardCostsSql, dashboardImpactSql } from './costs-sql';
import { registerMeasures, registerTrend } from './register-measures';

/**
 * Every figure of the head's dashboard for the school in the transaction's scope (row-level security),
 * as at the school's today. Each panel is counted by PostgreSQL, mostly in one statement, or taken
 * from the report that already computes it (the review dashboard's lists, the EHCP clocks), so the
 * dashboard never disagrees with the pages it summarises. The costs and impact are the costs and
 * impact reports' own rules summed by PostgreSQL (costs-sql.ts), checked against those reports to
 * the penny by costs-sql.int-spec.ts. The trust summary calls it once per school.
 */
export async function schoolMeasures(m: EntityManager, today: string): Promise<SchoolMeasures> {
  const register = await registerMeasures(m, today);
  const trend = await registerTrend(m, today);
  const costs = await dashboardCostsSql(m, today);
  const impact = await dashboardImpactSql(m, today);
  const reviews = await reviewCompliance(m, today);
  const passports = await passportFigures(m, today);
  const concerns = await concernAges(m, today);
  return { today, ...register, trend, costs, impact, reviews, passports, concerns };
}

/**
 * Support plans and reviews. Active plans are those of pupils on roll (as the review dashboard lists
 * them), on time while their review date has not passed. Reviews held in the last 12 months, (today
 * less a year, today] as the meeting expectation counts them, are all the school held, leavers'
 * included; one is on time when held on or before its plan's review date (a review closes its plan
 * and never changes that date, so it is the date the review was due). The pupils without an active
 * plan and below the meeting expectation are the review dashboard's own lists, counted; the EHCP
 * steps overdue are the EHCP clocks' (computed in Node from one query).
 */
export async function reviewCompliance(m: EntityManager, today: string): Promise<ReviewCompliance> {
  const [row] = (await m.query(
    `SELECT plans.active, plans.on_time AS "onTime", plans.active - plans.on_time AS overdue,
            held.n AS "heldLast12Months", held.on_time AS "heldOnTime"
       FROM (SELECT count(*)::int AS active, count(*) FILTER (WHERE sp.review_date >= $1::date)::int AS on_time
               FROM support_plans sp JOIN pupils p ON p.school_id = sp.school_id AND p.id = sp.pupil_id
              WHERE sp.status = 'active' AND ${onRoll('p', '$1')}) plans,
            (SELECT count(*)::int AS n, count(*) FILTER (WHERE pr.held_on <= sp.review_date)::int AS on_time
               FROM plan_reviews pr JOIN support_plans sp ON sp.school_id = pr.school_id AND sp.id = pr.plan_id
              WHERE pr.held_on > ($1::date - interval '1 year')::date AND pr.held_on <= $1::date) held`,
    [today],
  )) as { active: number; onTime: number; overdue: number; heldLast12Months: number; heldOnTime: number }[];
  const withoutActivePlan = await countWithoutActivePlan(m, today);
  const belowMeetingExpectation = await countMeetingShortfalls(m, today);
  const clocks = await ehcpClocks(m, today);
  return {
    activePlans: row!.active,
    onTime: row!.onTime,
    overdue: row!.overdue,
    heldLast12Months: row!.heldLast12Months,
    heldOnTime: row!.heldOnTime,
    withoutActivePlan,
    belowMeetingExpectation,
    ehcpStepsOverdue: clocks.reduce((sum, { clock }) => sum + clock.overdue, 0),
  };
}

/**
 * Passports: of the pupils on the register today (the register's status, registerFrom()), those with
 * a published passport; and the passport coverage's (pupil, reader) pairs (readsCtes()), read or not.
 */
export async function passportFigures(m: EntityManager, today: string): Promise<PassportCoverageFigures> {
  const params = new SqlParams();
  const at = params.add(today);
  const readers = params.add(READER_ROLES);
  const from = registerFrom(params, today, false);
  const roll = onRollCondition(params, today);
  const [row] = (await m.query(
    `WITH ${readsCtes(at, readers)}
     SELECT r.with_passport AS "pupilsWithPassport", r.on_register AS "pupilsOnRegister",
            (SELECT count(*)::int FROM reads) AS "readersExpected",
            (SELECT count(*) FILTER (WHERE reads.read)::int FROM reads) AS "readersConfirmed"
       FROM (SELECT count(*)::int AS on_register,
                    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM passport_versions v
                                                    WHERE v.school_id = p.school_id AND v.pupil_id = p.id))::int
                      AS with_passport
               FROM ${from}
              WHERE ${roll} AND s.status IN ('K', 'E')) r`,
    params.values,
  )) as PassportCoverageFigures[];
  return row!;
}

/**
 * Open concerns (not yet triaged) by whole days since they were raised, in England: under 7, 7 to 28,
 * over 28; and the oldest's age.
 */
export async function concernAges(m: EntityManager, today: string): Promise<ConcernAges> {
  const [row] = (await m.query(
    `SELECT count(*)::int AS open,
            count(*) FILTER (WHERE c.age < 7)::int AS "underAWeek",
            count(*) FILTER (WHERE c.age BETWEEN 7 AND 28)::int AS "oneToFourWeeks",
            count(*) FILTER (WHERE c.age > 28)::int AS "overFourWeeks",
            max(c.age) AS "oldestDays"
       FROM (SELECT $1::date - (raised_at AT TIME ZONE 'Europe/London')::date AS age
               FROM concerns WHERE status = 'open') c`,
    [today],
  )) as ConcernAges[];
  return row!;
}

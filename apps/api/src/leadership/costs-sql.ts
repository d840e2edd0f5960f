import {
  academicYear,
  AREAS_OF_NEED,
  type DashboardImpact,
  type ImpactSummary,
  NOTIONAL_SEN_THRESHOLD_PENCE,
  ratio,
  round2,
  TOP_UP_APPROACHING_PENCE,
  type DashboardCosts,
} from '@sendreg/contracts';
import type { EntityManager } from 'typeorm';
import { plannedRate, sessionCosts } from '../provision/costing-sql';
import type { Period } from '../provision/provision-map.queries';
import { SqlParams } from '../register/register-query';

/**
 * The costs report's figures (provisionCosts() in provision-reports.service.ts) and the impact
 * report's inputs (provisionImpact()) computed by PostgreSQL, for the head's dashboard and the trust
 * summary, which want totals only: no place, session or day reaches Node. costs-sql.int-spec.ts checks
 * every figure against those reports, to the penny.
 *
 * The planned side is planGroup() (libs/contracts/src/costing.ts) in SQL:
 * - a group's span is its dates clipped to the period; a place's span is from joining to leaving (or
 *   the group's end) clipped to the group's span, none when it left before it joined;
 * - the group's days are cut wherever its size can change (someone joins, or the day after someone
 *   leaves); each piece's scheduled sessions (its days on the group's weekdays that are not in a
 *   closure) are shared equally among the pupils in the group then;
 * - a session is priced at the delivering role's rate in force on the group's first day in the period
 *   (0 when none is set), times its minutes, plus the intervention's resources.
 * The delivered side is deliveredPerPlace() (provision/costing-sql.ts) over the held sessions in the
 * period, as the report reads it: sessionCosts() shared equally among the pupils listed.
 *
 * Amounts stay exact (numeric) until a total is rounded, as roundPence() does: to 6 decimals first
 * (numeric division keeps at least 16 significant digits, so ⅓-pence shares summed back must land
 * on the whole penny the pure rules give), then half away from zero.
 */

/** roundPence() in SQL: to 6 decimals (ignoring division dust), then to whole pence, half away from zero. */
const roundPenceSql = (expr: string) => `round(round(${expr}, 6))::bigint`;

/**
 * The open days on the given ISO weekdays (a smallint[] expression) after the day of calendar row
 * `before` up to the day of calendar row `upto`: scheduledSessions() from two cumulative counts.
 */
const sessionsBetween = (weekdays: string, upto: string, before: string) =>
  `(${[1, 2, 3, 4, 5, 6, 7]
    .map((dow) => `CASE WHEN ${dow} = ANY (${weekdays}) THEN ${upto}.c${dow} - ${before}.c${dow} ELSE 0 END`)
    .join(' + ')})`;

/**
 * Every place costed in the period, as CTEs ending in `costed` (columns provision_id, pupil_id, area,
 * planned and delivered, exact numeric pence): the places with a span in the period, with their
 * planned cost, and every place delivered in it. Parameters `from` and `to` are SQL placeholders of
 * the period's dates. On the way: `grp` (the groups running in the period, g_from..g_to their span),
 * `spans` (each place's span), `calendar` (the period's days with the open days up to each, per
 * weekday, for sessionsBetween()) and `delivered` (deliveredPerPlace's rows in the period, from
 * `held_sessions`).
 */
export function costedPlacesCtes(from: string, to: string): string {
  return `grp AS (
      SELECT pr.school_id, pr.id AS provision_id, pr.intervention_id, pr.weekdays,
             greatest(pr.start_date, ${from}::date) AS g_from, least(pr.end_date, ${to}::date) AS g_to,
             -- A session's cost times 60, exact: rate × minutes + 60 × resources.
             (coalesce(rate.pence, 0) * pr.minutes + 60 * i.resource_cost_per_session_pence)::numeric AS cost60
        FROM provisions pr
        JOIN interventions i ON i.school_id = pr.school_id AND i.id = pr.intervention_id
        LEFT JOIN LATERAL ${plannedRate('pr.school_id', 'i.delivered_by', `greatest(pr.start_date, ${from}::date)`)} rate ON true
       WHERE pr.start_date <= ${to}::date AND pr.end_date >= ${from}::date
         AND greatest(pr.start_date, ${from}::date) <= least(pr.end_date, ${to}::date)),
    spans AS (
      SELECT g.provision_id, pp.pupil_id,
             greatest(pp.joined_on, g.g_from) AS p_from, least(coalesce(pp.left_on, g.g_to), g.g_to) AS p_to
        FROM grp g
        JOIN provision_pupils pp ON pp.school_id = g.school_id AND pp.provision_id = g.provision_id
       WHERE (pp.left_on IS NULL OR pp.left_on >= pp.joined_on)
         AND greatest(pp.joined_on, g.g_from) <= least(coalesce(pp.left_on, g.g_to), g.g_to)),
    cuts AS (
      SELECT s.provision_id, c.day, sum(c.delta) AS delta
        FROM spans s CROSS JOIN LATERAL (VALUES (s.p_from, 1), (s.p_to + 1, -1)) c(day, delta)
       GROUP BY s.provision_id, c.day),
    -- The pieces of each group's days between two cuts, with the pupils in the group throughout.
    pieces AS (
      SELECT provision_id, day AS s_from,
             lead(day) OVER (PARTITION BY provision_id ORDER BY day) - 1 AS s_to,
             sum(delta) OVER (PARTITION BY provision_id ORDER BY day) AS size
        FROM cuts),
    -- The days in the period on which the school is closed (closures may overlap): the closures are
    -- read once, rather than once for each day of the year.
    closed AS (
      SELECT DISTINCT generate_series(greatest(c.starts_on, ${from}::date), least(c.ends_on, ${to}::date),
                                      interval '1 day')::date AS day
        FROM school_closures c
       WHERE c.removed_at IS NULL AND c.starts_on <= ${to}::date AND c.ends_on >= ${from}::date),
    -- Each day of the period (and the day before it) with, per ISO weekday, the open days up to it:
    -- the sessions scheduled between two dates are then two look-ups, not a walk through the days.
    days AS MATERIALIZED (
      SELECT d::date AS day, extract(isodow FROM d)::int AS dow, d >= ${from}::date AND cl.day IS NULL AS open
        FROM generate_series(${from}::date - 1, ${to}::date, interval '1 day') d
        LEFT JOIN closed cl ON cl.day = d::date),
    calendar AS (
      SELECT day, ${[1, 2, 3, 4, 5, 6, 7]
        .map((dow) => `count(*) FILTER (WHERE open AND dow = ${dow}) OVER running AS c${dow}`)
        .join(', ')}
        FROM days WINDOW running AS (ORDER BY day)),
    shares AS (
      SELECT pc.provision_id, pc.s_from, pc.s_to,
             ${sessionsBetween('g.weekdays', 'upto', 'before')} * g.cost60 / (60 * pc.size) AS share
        FROM pieces pc
        JOIN grp g ON g.provision_id = pc.provision_id
        JOIN calendar upto ON upto.day = pc.s_to
        JOIN calendar before ON before.day = pc.s_from - 1
       WHERE pc.size > 0),
    planned AS (
      SELECT s.provision_id, s.pupil_id, coalesce(sum(sh.share), 0) AS planned
        FROM spans s
        LEFT JOIN shares sh ON sh.provision_id = s.provision_id AND sh.s_from >= s.p_from AND sh.s_to <= s.p_to
       GROUP BY s.provision_id, s.pupil_id),
    -- deliveredPerPlace()'s figures, with each held session costed (and its pupils counted) once
    -- before it is shared out: summed straight from sessionCosts(), PostgreSQL would count a
    -- session's pupils again for every pupil in it.
    held_sessions AS MATERIALIZED (
      SELECT * FROM ${sessionCosts(`s.held_on BETWEEN ${from}::date AND ${to}::date`)} sc),
    delivered AS (
      SELECT h.provision_id, a.pupil_id, sum(h.cost / h.listed) AS delivered, count(*) AS listed,
             count(*) FILTER (WHERE a.attended) AS attended
        FROM held_sessions h
        JOIN session_attendance a ON a.school_id = h.school_id AND a.session_id = h.session_id
       GROUP BY h.provision_id, a.pupil_id),
    costed AS (
      SELECT pd.provision_id, pd.pupil_id, i.area, pd.planned, pd.delivered
        FROM (SELECT coalesce(p.provision_id, d.provision_id) AS provision_id,
                     coalesce(p.pupil_id, d.pupil_id) AS pupil_id,
                     coalesce(p.planned, 0) AS planned, coalesce(d.delivered, 0) AS delivered
                FROM planned p
                FULL JOIN delivered d ON d.provision_id = p.provision_id AND d.pupil_id = p.pupil_id) pd
        JOIN provisions pr ON pr.id = pd.provision_id
        JOIN interventions i ON i.school_id = pr.school_id AND i.id = pr.intervention_id)`;
}

/**
 * The dashboard's costs over the academic year containing `today`, in the school of the transaction
 * (row-level security), in one statement.
 */
export async function dashboardCostsSql(m: EntityManager, today: string): Promise<DashboardCosts> {
  const year = academicYear(today);
  return { academicYear: year, ...(await costFigures(m, year)) };
}

/** The figures of DashboardCosts over a period (the report's totals, lines by area and top-up counts). */
export async function costFigures(
  m: EntityManager,
  period: Period,
): Promise<Omit<DashboardCosts, 'academicYear'>> {
  const params = new SqlParams();
  const from = params.add(period.from);
  const to = params.add(period.to);
  const areas = params.add(AREAS_OF_NEED);
  const approaching = params.add(TOP_UP_APPROACHING_PENCE);
  const above = params.add(NOTIONAL_SEN_THRESHOLD_PENCE);
  const [row] = (await m.query(
    `WITH ${costedPlacesCtes(from, to)},
     per_pupil AS (SELECT pupil_id, ${roundPenceSql('sum(planned)')} AS planned FROM costed GROUP BY pupil_id),
     by_area AS (
       SELECT area, ${roundPenceSql('sum(planned)')} AS planned, ${roundPenceSql('sum(delivered)')} AS delivered,
              count(DISTINCT pupil_id)::int AS pupils
         FROM costed GROUP BY area)
     SELECT t.planned::int AS "plannedPence", t.delivered::int AS "deliveredPence", t.pupils AS "pupils",
            CASE WHEN t.pupils > 0 THEN ${roundPenceSql('t.planned_exact / t.pupils')} ELSE 0 END::int
              AS "perPupilPlannedPence",
            coalesce((SELECT json_agg(json_build_object('area', a.area, 'plannedPence', a.planned,
                                                        'deliveredPence', a.delivered, 'pupils', a.pupils)
                                      ORDER BY coalesce(array_position(${areas}::text[], a.area::text), 0), a.area)
                        FROM by_area a), '[]'::json) AS "byArea",
            (SELECT count(*) FROM per_pupil WHERE planned >= ${approaching}::int AND planned < ${above}::int)::int
              AS "approachingThreshold",
            (SELECT count(*) FROM per_pupil WHERE planned >= ${above}::int)::int AS "aboveThreshold"
       FROM (SELECT coalesce(sum(planned), 0) AS planned_exact,
                    ${roundPenceSql('coalesce(sum(planned), 0)')} AS planned,
                    ${roundPenceSql('coalesce(sum(delivered), 0)')} AS delivered,
                    count(DISTINCT pupil_id)::int AS pupils
               FROM costed) t`,
    params.values,
  )) as Omit<DashboardCosts, 'academicYear'>[];
  return row!;
}

/**
 * Each intervention's impact over the academic year containing `today` (provisionImpact() with its
 * costs, as the dashboard reads it), its inputs summed by PostgreSQL in one statement: per
 * intervention running in the year, its places with a span (pupils), those measured at entry and exit
 * with their total progress, how many improved and their exact delivered cost, the sessions attended
 * and listed in those places, the groups' scheduled sessions, and the sessions held and cancelled.
 * impactSummary()'s last step (rounding and ratios) is applied to those totals in impactFromTotals().
 */
export async function dashboardImpactSql(m: EntityManager, today: string): Promise<DashboardImpact[]> {
  const year = academicYear(today);
  const params = new SqlParams();
  const from = params.add(year.from);
  const to = params.add(year.to);
  const rows = (await m.query(
    `WITH ${costedPlacesCtes(from, to)},
     progress AS (
       SELECT s.provision_id, s.pupil_id, d.delivered, d.listed, d.attended,
              CASE WHEN i.higher_is_better THEN pp.exit_score - pp.entry_score
                   ELSE pp.entry_score - pp.exit_score END AS change
         FROM spans s
         JOIN grp g ON g.provision_id = s.provision_id
         JOIN interventions i ON i.school_id = g.school_id AND i.id = g.intervention_id
         JOIN provision_pupils pp ON pp.school_id = g.school_id AND pp.provision_id = s.provision_id
                                 AND pp.pupil_id = s.pupil_id
         LEFT JOIN delivered d ON d.provision_id = s.provision_id AND d.pupil_id = s.pupil_id),
     per_intervention AS (
       SELECT g.intervention_id,
              sum(${sessionsBetween('g.weekdays', 'upto', 'before')})::int AS planned
         FROM grp g
         JOIN calendar upto ON upto.day = g.g_to
         JOIN calendar before ON before.day = g.g_from - 1
        GROUP BY g.intervention_id),
     places AS (
       SELECT g.intervention_id, count(*)::int AS pupils,
              count(p.change)::int AS measured,
              coalesce(sum(p.change), 0) AS total,
              count(*) FILTER (WHERE p.change > 0)::int AS improved,
              coalesce(sum(coalesce(p.delivered, 0)) FILTER (WHERE p.change IS NOT NULL), 0) AS measured_cost,
              coalesce(sum(p.attended), 0)::int AS attended,
              coalesce(sum(p.listed), 0)::int AS listed
         FROM progress p JOIN grp g ON g.provision_id = p.provision_id
        GROUP BY g.intervention_id),
     held AS (
       SELECT pr.intervention_id,
              count(*) FILTER (WHERE s.status = 'held')::int AS held,
              count(*) FILTER (WHERE s.status = 'cancelled')::int AS cancelled
         FROM provision_sessions s
         JOIN provisions pr ON pr.school_id = s.school_id AND pr.id = s.provision_id
        WHERE s.held_on BETWEEN ${from}::date AND ${to}::date
          AND pr.start_date <= ${to}::date AND pr.end_date >= ${from}::date
        GROUP BY pr.intervention_id)
     SELECT i.id AS "interventionId", i.name, i.area, coalesce(pl.pupils, 0) AS pupils, pi.planned,
            coalesce(pl.measured, 0) AS measured, coalesce(pl.total, 0)::text AS total,
            coalesce(pl.improved, 0) AS improved, coalesce(pl.measured_cost, 0)::text AS "measuredCost",
            coalesce(pl.attended, 0) AS attended, coalesce(pl.listed, 0) AS listed,
            coalesce(h.held, 0) AS held, coalesce(h.cancelled, 0) AS cancelled
       FROM per_intervention pi
       JOIN interventions i ON i.id = pi.intervention_id
       LEFT JOIN places pl ON pl.intervention_id = pi.intervention_id
       LEFT JOIN held h ON h.intervention_id = pi.intervention_id
      ORDER BY i.name, i.id`,
    params.values,
  )) as (Omit<DashboardImpact, 'summary'> & ImpactTotals)[];
  return rows.map(({ interventionId, name, area, ...totals }) => ({
    interventionId,
    name,
    area,
    summary: impactFromTotals(totals),
  }));
}

/** An intervention's impact inputs, summed; `total` and `measuredCost` exact (numeric as text). */
export interface ImpactTotals {
  pupils: number;
  planned: number;
  measured: number;
  total: string;
  improved: number;
  measuredCost: string;
  attended: number;
  listed: number;
  held: number;
  cancelled: number;
}

/**
 * impactSummary()'s arithmetic (libs/contracts/src/impact.ts) on totals rather than on the list of
 * places: progress is exit minus entry of two-decimal scores, so summed exactly it is what the pure
 * function sums, with impact.ts's own round2() and ratio() (costs-sql.int-spec.ts compares the two).
 */
export function impactFromTotals(t: ImpactTotals): ImpactSummary {
  const total = Number(t.total);
  return {
    pupils: t.pupils,
    pupilsMeasured: t.measured,
    meanProgress: t.measured ? round2(total / t.measured) : null,
    improvedShare: ratio(t.improved, t.measured),
    attendanceRate: ratio(t.attended, t.listed),
    plannedSessions: t.planned,
    deliveredSessions: t.held,
    cancelledSessions: t.cancelled,
    deliveryRate: ratio(t.held, t.planned),
    costPerUnitProgressPence: total > 0 ? Math.round(Number(t.measuredCost) / total) : null,
  };
}

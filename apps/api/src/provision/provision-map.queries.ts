import type { YearGroup } from '@sendreg/contracts';
import type { EntityManager } from 'typeorm';
import { SqlParams } from '../register/register-query';
import { deliveredPerPlace, plannedRate } from './costing-sql';
import { schoolClosures } from './school-closures';
import { planGroup, type PlannedPlaceResult } from '@sendreg/contracts';

/**
 * SQL pieces the provision map's views share (my groups, a pupil's provision, costs, impact, the
 * whole-school map, a staff member's groups), so a group or a pupil reads the same everywhere.
 */

/** A pupil's name as staff use it: preferred (else legal) forename and surname. */
export const pupilName = (p: string) =>
  `coalesce(${p}.preferred_forename, ${p}.legal_forename) || ' ' || ${p}.legal_surname`;

/** PupilRef as JSON, from pupils alias p (classes joined by the subquery). */
export const pupilRefJson = (p: string) => `json_build_object('id', ${p}.id, 'name', ${pupilName(p)},
  'yearGroup', ${p}.year_group,
  'className', (SELECT c.name FROM classes c WHERE c.school_id = ${p}.school_id AND c.id = ${p}.class_id))`;

const ymd = (expr: string) => `to_char(${expr}, 'YYYY-MM-DD')`;

/**
 * ProvisionSummary as JSON, for provisions alias pr joined to interventions alias i, read as the
 * provisions routes read it (pupilCount: places not left). `today` is a SQL date expression (a
 * placeholder) that decides the state.
 */
export function provisionSummaryJson(pr: string, i: string, today: string): string {
  return `json_build_object(
    'id', ${pr}.id, 'name', ${pr}.name,
    'intervention', json_build_object('id', ${i}.id, 'name', ${i}.name, 'area', ${i}.area, 'delivery', ${i}.delivery),
    'staff', coalesce((SELECT json_agg(json_build_object('id', u.id, 'displayName', u.display_name)
                                       ORDER BY u.display_name, u.id)
                         FROM provision_staff ps JOIN users u ON u.id = ps.user_id
                        WHERE ps.school_id = ${pr}.school_id AND ps.provision_id = ${pr}.id), '[]'::json),
    'weekdays', ${pr}.weekdays, 'sessionsPerWeek', ${pr}.sessions_per_week, 'minutes', ${pr}.minutes,
    'startDate', ${ymd(`${pr}.start_date`)}, 'endDate', ${ymd(`${pr}.end_date`)}, 'location', ${pr}.location,
    'pupilCount', (SELECT count(*) FROM provision_pupils pp
                    WHERE pp.school_id = ${pr}.school_id AND pp.provision_id = ${pr}.id AND pp.left_on IS NULL),
    'state', CASE WHEN ${pr}.start_date > ${today}::date THEN 'planned'
                  WHEN ${pr}.end_date < ${today}::date THEN 'ended' ELSE 'running' END,
    'version', ${pr}.version)`;
}

export interface Period {
  from: string;
  to: string;
}

export interface PlannedPlace extends PlannedPlaceResult {
  joinedOn: string;
  leftOn: string | null;
  entryScore: number | null;
  targetScore: number | null;
  exitScore: number | null;
  yearGroup: YearGroup;
}

export interface PlannedGroup {
  provisionId: string;
  interventionId: string;
  /** The group's span in the period and its scheduled sessions there. */
  span: Period | null;
  sessions: number;
  /** Every place of the group; those outside the period have a null span and nothing planned. */
  places: PlannedPlace[];
}

/**
 * The groups running in a period with each place's planned sessions and exact planned pence. One row
 * per group (its places as a small JSON array) is read, and the school's closures; the sharing is done
 * by planGroup() with the
 * pure costing rules. The planning rate is the delivering role's rate in force when the group starts
 * in the period. `where` narrows the groups (aliases pr, i) with parameters added to `params`.
 */
export async function plannedGroups(
  m: EntityManager,
  period: Period,
  where: string[] = [],
  params = new SqlParams(),
): Promise<PlannedGroup[]> {
  const from = params.add(period.from);
  const to = params.add(period.to);
  const rows: {
    id: string;
    interventionId: string;
    startDate: string;
    endDate: string;
    weekdays: number[];
    minutes: number;
    resourcePence: number;
    hourlyRatePence: number;
    places: Omit<PlannedPlace, 'span' | 'sessions' | 'exactPence'>[];
  }[] = await m.query(
    `SELECT pr.id, i.id AS "interventionId", ${ymd('pr.start_date')} AS "startDate", ${ymd('pr.end_date')} AS "endDate",
            pr.weekdays, pr.minutes, i.resource_cost_per_session_pence AS "resourcePence",
            coalesce(rate.pence, 0) AS "hourlyRatePence",
            coalesce((SELECT json_agg(json_build_object('pupilId', pp.pupil_id, 'joinedOn', pp.joined_on,
                                        'leftOn', pp.left_on, 'entryScore', pp.entry_score, 'targetScore', pp.target_score,
                                        'exitScore', pp.exit_score,
                                        'yearGroup', p.year_group) ORDER BY pp.pupil_id)
                        FROM provision_pupils pp JOIN pupils p ON p.school_id = pp.school_id AND p.id = pp.pupil_id
                       WHERE pp.school_id = pr.school_id AND pp.provision_id = pr.id), '[]'::json) AS places
       FROM provisions pr
       JOIN interventions i ON i.school_id = pr.school_id AND i.id = pr.intervention_id
       LEFT JOIN LATERAL ${plannedRate('pr.school_id', 'i.delivered_by', `greatest(pr.start_date, ${from}::date)`)} rate ON true
      WHERE pr.start_date <= ${to}::date AND pr.end_date >= ${from}::date ${where.map((w) => `AND ${w}`).join(' ')}
      ORDER BY pr.name, pr.id`,
    params.values,
  );
  const closures = await schoolClosures(m);
  return rows.map((r) => {
    const plan = planGroup({ ...r, weekdays: r.weekdays.map(Number), closures }, period);
    return {
      provisionId: r.id,
      interventionId: r.interventionId,
      span: plan.span,
      sessions: plan.sessions,
      places: r.places.map((place, index) => ({ ...place, ...plan.places[index]! })),
    };
  });
}

export interface DeliveredPlace {
  provisionId: string;
  pupilId: string;
  /** Exact pence (from numeric): round only totals. */
  delivered: number;
  listed: number;
  attended: number;
}

/**
 * Each place's delivered cost, listed and attended counts over the held sessions in a period,
 * aggregated by PostgreSQL (deliveredPerPlace): no session or attendance row reaches Node. `where`
 * narrows the sessions (aliases s, pr, i).
 */
export async function deliveredPlaces(
  m: EntityManager,
  period: Period,
  where: string[] = [],
  params = new SqlParams(),
): Promise<DeliveredPlace[]> {
  const range = `s.held_on BETWEEN ${params.add(period.from)}::date AND ${params.add(period.to)}::date`;
  const rows: {
    provisionId: string;
    pupilId: string;
    delivered: string;
    listed: number;
    attended: number;
  }[] = await m.query(
    `SELECT d.provision_id AS "provisionId", d.pupil_id AS "pupilId", d.delivered,
              d.listed::int AS listed, d.attended::int AS attended
         FROM ${deliveredPerPlace([range, ...where].join(' AND '))} d`,
    params.values,
  );
  return rows.map((r) => ({ ...r, delivered: Number(r.delivered) }));
}

/** Index rows by provision and pupil. */
export const placeKey = (provisionId: string, pupilId: string) => `${provisionId}:${pupilId}`;

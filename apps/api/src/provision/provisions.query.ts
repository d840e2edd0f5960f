import { Injectable } from '@nestjs/common';
import {
  planGroup,
  progress,
  roundPence,
  scheduledSessions,
  sessionCost,
  type InterventionMeasure,
  type Provision,
  type ProvisionPlace,
  type ProvisionSummary,
} from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { notFound } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { ownPupilsCondition } from '../pupils/own-pupils';
import { schoolToday } from '../register/register-query';
import { deliveredPerPlace, plannedRate } from './costing-sql';
import { schoolClosures } from './school-closures';
import { canReadCosts } from './interventions.service';

/** A provision with its intervention: pr and i, as the summary columns expect. */
export const PROVISION_FROM = `provisions pr
  JOIN interventions i ON i.school_id = pr.school_id AND i.id = pr.intervention_id`;

/** Planned until it starts, ended once its end date has passed, running in between. */
export function provisionStateSql(alias: string, today: string): string {
  return `CASE WHEN ${alias}.start_date > ${today} THEN 'planned'
               WHEN ${alias}.end_date < ${today} THEN 'ended' ELSE 'running' END`;
}

/**
 * The columns of a ProvisionSummary over PROVISION_FROM. `today` is a SQL date expression (usually a
 * parameter holding schoolToday()).
 */
export function provisionSummaryColumns(today: string): string {
  return `pr.id, pr.name,
    json_build_object('id', i.id, 'name', i.name, 'area', i.area, 'delivery', i.delivery) AS intervention,
    coalesce((SELECT json_agg(json_build_object('id', u.id, 'displayName', u.display_name)
                              ORDER BY u.display_name, u.id)
                FROM provision_staff ps JOIN users u ON u.id = ps.user_id
               WHERE ps.school_id = pr.school_id AND ps.provision_id = pr.id), '[]') AS staff,
    pr.weekdays, pr.sessions_per_week AS "sessionsPerWeek", pr.minutes,
    to_char(pr.start_date, 'YYYY-MM-DD') AS "startDate", to_char(pr.end_date, 'YYYY-MM-DD') AS "endDate",
    pr.location,
    (SELECT count(*)::int FROM provision_pupils pp
      WHERE pp.school_id = pr.school_id AND pp.provision_id = pr.id AND pp.left_on IS NULL) AS "pupilCount",
    ${provisionStateSql('pr', today)} AS state,
    pr.version`;
}

/** The pupil as other lists show them: preferred name first, with year and class. */
export const PUPIL_REF_SQL = `json_build_object('id', p.id,
  'name', coalesce(p.preferred_forename, p.legal_forename) || ' ' || p.legal_surname,
  'yearGroup', p.year_group, 'className', cl.name)`;

interface DetailRow extends ProvisionSummary {
  measure: InterventionMeasure;
  resource_pence: number;
  planned_rate: number | null;
  held: number;
  cancelled: number;
  delivers: boolean;
}

interface PlaceRow extends Omit<ProvisionPlace, 'progress' | 'plannedPence' | 'deliveredPence'> {
  delivered: string;
  visible: boolean;
}

/**
 * Reads one provision as its detail (Provision): schedule, places with measures, progress, attendance
 * and cost, and session counts. Shared by the routes that answer with the detail after a change.
 */
@Injectable()
export class ProvisionDetailReader {
  constructor(private readonly db: DbContext) {}

  /** The detail, or the standard 404. Callers check visibility first (assertProvisionVisible). */
  async read(auth: RequestAuth, provisionId: string): Promise<Provision> {
    const m = this.db.manager;
    const [row]: DetailRow[] = await m.query(
      `SELECT ${provisionSummaryColumns('$2::date')},
              json_build_object('name', i.measure_name, 'unit', i.measure_unit, 'higherIsBetter', i.higher_is_better) AS measure,
              i.resource_cost_per_session_pence AS resource_pence, rate.pence AS planned_rate,
              (SELECT count(*) FILTER (WHERE s.status = 'held')::int FROM provision_sessions s
                WHERE s.school_id = pr.school_id AND s.provision_id = pr.id) AS held,
              (SELECT count(*) FILTER (WHERE s.status = 'cancelled')::int FROM provision_sessions s
                WHERE s.school_id = pr.school_id AND s.provision_id = pr.id) AS cancelled,
              EXISTS (SELECT 1 FROM provision_staff ps
                       WHERE ps.school_id = pr.school_id AND ps.provision_id = pr.id AND ps.user_id = $3) AS delivers
         FROM ${PROVISION_FROM}
         LEFT JOIN LATERAL ${plannedRate('pr.school_id', 'i.delivered_by', 'pr.start_date')} rate ON true
        WHERE pr.id = $1`,
      [provisionId, schoolToday(), auth.principal.userId],
    );
    if (!row) throw notFound();

    // Whoever delivers the group (and a whole-school grant) sees every place; a teacher who sees the
    // group because a pupil of their class is in it sees only the places of pupils they may see.
    const own = row.delivers ? null : ownPupilsCondition(auth, 'p', 2);
    const places: PlaceRow[] = await m.query(
      `SELECT ${PUPIL_REF_SQL} AS pupil,
              to_char(pp.joined_on, 'YYYY-MM-DD') AS "joinedOn", to_char(pp.left_on, 'YYYY-MM-DD') AS "leftOn",
              pp.entry_score::float8 AS "entryScore", to_char(pp.entry_date, 'YYYY-MM-DD') AS "entryDate",
              pp.target_score::float8 AS "targetScore",
              pp.exit_score::float8 AS "exitScore", to_char(pp.exit_date, 'YYYY-MM-DD') AS "exitDate",
              coalesce(d.attended, 0)::int AS attended, coalesce(d.listed, 0)::int AS listed,
              coalesce(d.delivered, 0)::text AS delivered, pp.version,
              ${own ?? 'true'} AS visible
         FROM provision_pupils pp
         JOIN pupils p ON p.school_id = pp.school_id AND p.id = pp.pupil_id
         LEFT JOIN classes cl ON cl.school_id = p.school_id AND cl.id = p.class_id
         LEFT JOIN ${deliveredPerPlace('s.provision_id = $1')} d
           ON d.school_id = pp.school_id AND d.provision_id = pp.provision_id AND d.pupil_id = pp.pupil_id
        WHERE pp.provision_id = $1
        ORDER BY (pp.left_on IS NULL) DESC, p.legal_surname, p.legal_forename, p.id`,
      own ? [provisionId, auth.principal.userId] : [provisionId],
    );

    const {
      measure,
      resource_pence: resourcePence,
      planned_rate: hourlyRatePence,
      held,
      cancelled,
      delivers: _delivers,
      ...summary
    } = row;
    // Planned over the group's whole life, each scheduled day (the school open) shared among the pupils
    // in it that day.
    const closures = await schoolClosures(m);
    const plan = planGroup(
      {
        startDate: summary.startDate,
        endDate: summary.endDate,
        weekdays: summary.weekdays,
        minutes: summary.minutes,
        hourlyRatePence: hourlyRatePence ?? 0,
        resourcePence,
        places: places.map((p) => ({ pupilId: p.pupil.id, joinedOn: p.joinedOn, leftOn: p.leftOn })),
        closures,
      },
      { from: summary.startDate, to: summary.endDate },
    );
    // Totals are over every place (people who may read costs see the whole group), kept exact until
    // rounded once.
    const costed = places.map((p, index) => ({
      place: p,
      planned: plan.places[index]?.exactPence ?? 0,
      delivered: Number(p.delivered),
    }));
    const costs = canReadCosts(auth);
    return {
      ...summary,
      measure,
      places: costed
        .filter(({ place }) => place.visible)
        .map(({ place: { delivered: _d, visible: _v, ...place }, planned, delivered }) => ({
          ...place,
          progress: progress(place, measure.higherIsBetter),
          plannedPence: costs ? roundPence(planned) : null,
          deliveredPence: costs ? roundPence(delivered) : null,
        })),
      sessions: {
        planned: scheduledSessions(summary.startDate, summary.endDate, summary.weekdays, closures),
        held,
        cancelled,
      },
      costs: costs
        ? {
            sessionCostPence: roundPence(
              sessionCost({ hourlyRatePence: hourlyRatePence ?? 0, minutes: summary.minutes, resourcePence }),
            ),
            hourlyRatePence,
            plannedPence: roundPence(costed.reduce((sum, c) => sum + c.planned, 0)),
            deliveredPence: roundPence(costed.reduce((sum, c) => sum + c.delivered, 0)),
          }
        : null,
    };
  }
}

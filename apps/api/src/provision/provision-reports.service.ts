import { Injectable } from '@nestjs/common';
import {
  academicYear,
  AREA_LABELS,
  AREAS_OF_NEED,
  impactSummary,
  roundPence,
  topUpStatus,
  YEAR_GROUPS,
  yearGroupLabel,
  type AreaOfNeed,
  type CostLine,
  type ImpactReport,
  type InterventionMeasure,
  type ProvisionCostsReport,
  type PupilRef,
} from '@sendreg/contracts';
import type { EntityManager } from 'typeorm';
import type { RequestAuth } from '../platform/auth/principal';
import { DbContext } from '../platform/tenancy/db-context';
import {
  deliveredPlaces,
  placeKey,
  plannedGroups,
  pupilRefJson,
  type DeliveredPlace,
  type Period,
  type PlannedGroup,
} from './provision-map.queries';

interface InterventionRow {
  id: string;
  name: string;
  area: AreaOfNeed;
  measure: InterventionMeasure;
}

/** A place's planned and delivered cost in the year, exact. */
interface CostedPlace {
  provisionId: string;
  pupilId: string;
  planned: number;
  delivered: number;
}

class Line {
  readonly pupils = new Set<string>();
  planned = 0;
  delivered = 0;
  constructor(
    readonly key: string,
    readonly label: string,
  ) {}
  add(place: CostedPlace): void {
    this.pupils.add(place.pupilId);
    this.planned += place.planned;
    this.delivered += place.delivered;
  }
  toCostLine(): CostLine {
    return {
      key: this.key,
      label: this.label,
      pupils: this.pupils.size,
      plannedPence: roundPence(this.planned),
      deliveredPence: roundPence(this.delivered),
    };
  }
}

function lineFor(lines: Map<string, Line>, key: string, label: string): Line {
  let line = lines.get(key);
  if (!line) lines.set(key, (line = new Line(key, label)));
  return line;
}

/**
 * Every place with a planned span or a delivered session in the period: planned from the schedule
 * (clipped to the period, in Node with the pure rules), delivered aggregated by PostgreSQL.
 */
export function costedPlaces(groups: PlannedGroup[], delivered: DeliveredPlace[]): CostedPlace[] {
  const places = new Map<string, CostedPlace>();
  for (const g of groups) {
    for (const p of g.places) {
      if (!p.span) continue;
      places.set(placeKey(g.provisionId, p.pupilId), {
        provisionId: g.provisionId,
        pupilId: p.pupilId,
        planned: p.exactPence,
        delivered: 0,
      });
    }
  }
  for (const d of delivered) {
    const key = placeKey(d.provisionId, d.pupilId);
    const place = places.get(key);
    if (place) place.delivered = d.delivered;
    else
      places.set(key, { provisionId: d.provisionId, pupilId: d.pupilId, planned: 0, delivered: d.delivered });
  }
  return [...places.values()];
}

/**
 * The costs report over the academic year containing the date, in the school of the transaction
 * (row-level security): the route's answer, and the figures the head's dashboard takes from it.
 */
export async function provisionCosts(m: EntityManager, date: string): Promise<ProvisionCostsReport> {
  const year = academicYear(date);
  const places = costedPlaces(await plannedGroups(m, year), await deliveredPlaces(m, year));
  const provisions = await interventionsOf(m, [...new Set(places.map((p) => p.provisionId))]);
  const pupils: { pupil: PupilRef }[] = await m.query(
    `SELECT ${pupilRefJson('p')} AS pupil FROM pupils p WHERE p.id = ANY ($1::uuid[])`,
    [[...new Set(places.map((p) => p.pupilId))]],
  );
  const pupilById = new Map(pupils.map((r) => [r.pupil.id, r.pupil]));

  const perPupil = new Map<string, Line>();
  const byIntervention = new Map<string, Line>();
  const byArea = new Map<string, Line>();
  const byYearGroup = new Map<string, Line>();
  const total = new Line('total', 'Total');
  for (const place of places) {
    const intervention = provisions.get(place.provisionId)!;
    const pupil = pupilById.get(place.pupilId)!;
    total.add(place);
    lineFor(perPupil, pupil.id, pupil.name).add(place);
    lineFor(byIntervention, intervention.id, intervention.name).add(place);
    lineFor(byArea, intervention.area, AREA_LABELS[intervention.area]).add(place);
    const yearGroup = pupil.yearGroup ?? 'none';
    lineFor(byYearGroup, yearGroup, pupil.yearGroup ? yearGroupLabel(pupil.yearGroup) : 'No year group').add(
      place,
    );
  }
  const ordered = (lines: Map<string, Line>, order: readonly string[]) =>
    [...lines.values()]
      .sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key) || a.label.localeCompare(b.label))
      .map((l) => l.toCostLine());
  const pupilsCount = total.pupils.size;
  return {
    academicYear: year,
    totals: {
      pupils: pupilsCount,
      plannedPence: roundPence(total.planned),
      deliveredPence: roundPence(total.delivered),
      perPupilPlannedPence: pupilsCount ? roundPence(total.planned / pupilsCount) : 0,
    },
    pupils: [...perPupil.values()]
      .map((line) => {
        const plannedPence = roundPence(line.planned);
        return {
          pupil: pupilById.get(line.key)!,
          plannedPence,
          deliveredPence: roundPence(line.delivered),
          topUp: topUpStatus(plannedPence),
        };
      })
      .sort((a, b) => b.plannedPence - a.plannedPence || a.pupil.name.localeCompare(b.pupil.name)),
    byIntervention: ordered(byIntervention, []),
    byArea: ordered(byArea, AREAS_OF_NEED),
    byYearGroup: ordered(byYearGroup, [...YEAR_GROUPS, 'none']),
  };
}

/**
 * The impact report over the academic year containing the date, in the school of the transaction:
 * the route's answer, and the head's dashboard's. Without `withCosts` the money is left out.
 */
export async function provisionImpact(
  m: EntityManager,
  date: string,
  withCosts: boolean,
): Promise<ImpactReport> {
  const year = academicYear(date);
  const groups = await plannedGroups(m, year);
  const delivered = new Map(
    (await deliveredPlaces(m, year)).map((d) => [placeKey(d.provisionId, d.pupilId), d]),
  );
  const sessions = await sessionCounts(m, year);
  const interventions: InterventionRow[] = await m.query(
    `SELECT i.id, i.name, i.area,
            json_build_object('name', i.measure_name, 'unit', i.measure_unit, 'higherIsBetter', i.higher_is_better) AS measure
       FROM interventions i WHERE i.id = ANY ($1::uuid[]) ORDER BY i.name, i.id`,
    [[...new Set(groups.map((g) => g.interventionId))]],
  );
  return {
    academicYear: year,
    interventions: interventions.map((intervention) => {
      const mine = groups.filter((g) => g.interventionId === intervention.id);
      let attended = 0;
      let listed = 0;
      let deliveredTotal = 0;
      const places = mine.flatMap((g) =>
        g.places
          .filter((p) => p.span)
          .map((p) => {
            const done = delivered.get(placeKey(g.provisionId, p.pupilId));
            attended += done?.attended ?? 0;
            listed += done?.listed ?? 0;
            deliveredTotal += done?.delivered ?? 0;
            return {
              entryScore: p.entryScore,
              exitScore: p.exitScore,
              deliveredPence: done?.delivered ?? 0,
            };
          }),
      );
      const counts = sessions.get(intervention.id);
      const summary = impactSummary({
        higherIsBetter: intervention.measure.higherIsBetter,
        places,
        attendedCount: attended,
        listedCount: listed,
        plannedSessions: mine.reduce((sum, g) => sum + g.sessions, 0),
        deliveredSessions: counts?.held ?? 0,
        cancelledSessions: counts?.cancelled ?? 0,
      });
      return {
        intervention,
        summary: withCosts ? summary : { ...summary, costPerUnitProgressPence: null },
        deliveredPence: withCosts ? roundPence(deliveredTotal) : null,
      };
    }),
  };
}

/** Held and cancelled sessions per intervention in the period, of groups running in it: counted by SQL. */
async function sessionCounts(
  m: EntityManager,
  period: Period,
): Promise<Map<string, { held: number; cancelled: number }>> {
  const rows: { interventionId: string; held: number; cancelled: number }[] = await m.query(
    `SELECT pr.intervention_id AS "interventionId",
            count(*) FILTER (WHERE s.status = 'held')::int AS held,
            count(*) FILTER (WHERE s.status = 'cancelled')::int AS cancelled
       FROM provision_sessions s
       JOIN provisions pr ON pr.school_id = s.school_id AND pr.id = s.provision_id
      WHERE s.held_on BETWEEN $1::date AND $2::date AND pr.start_date <= $2::date AND pr.end_date >= $1::date
      GROUP BY pr.intervention_id`,
    [period.from, period.to],
  );
  return new Map(rows.map((r) => [r.interventionId, r]));
}

/** Each group's intervention. */
async function interventionsOf(
  m: EntityManager,
  provisionIds: string[],
): Promise<Map<string, Omit<InterventionRow, 'measure'>>> {
  const rows: { provisionId: string; id: string; name: string; area: AreaOfNeed }[] = await m.query(
    `SELECT pr.id AS "provisionId", i.id, i.name, i.area
       FROM provisions pr JOIN interventions i ON i.school_id = pr.school_id AND i.id = pr.intervention_id
      WHERE pr.id = ANY ($1::uuid[])`,
    [provisionIds],
  );
  return new Map(rows.map(({ provisionId, ...i }) => [provisionId, i]));
}

/** The school's provision costs and impact over an academic year. */
@Injectable()
export class ProvisionReportsService {
  constructor(private readonly db: DbContext) {}

  costs(date: string): Promise<ProvisionCostsReport> {
    return provisionCosts(this.db.manager, date);
  }

  impact(auth: RequestAuth, date: string): Promise<ImpactReport> {
    return provisionImpact(this.db.manager, date, auth.grants['cost.read'] !== undefined);
  }
}

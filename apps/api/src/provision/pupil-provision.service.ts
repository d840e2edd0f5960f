import { Injectable } from '@nestjs/common';
import {
  academicYear,
  progress,
  roundPence,
  topUpStatus,
  type InterventionMeasure,
  type ProvisionSummary,
  type PupilProvision,
  type PupilRef,
} from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { notFound } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { assertPupilVisible } from '../pupils/own-pupils';
import { schoolToday, SqlParams } from '../register/register-query';
import { visibleProvisionsCondition } from './provision-access';
import { deliveredPlaces, plannedGroups, provisionSummaryJson, pupilRefJson } from './provision-map.queries';

interface PlaceRow {
  provisionId: string;
  provision: ProvisionSummary;
  measure: InterventionMeasure;
  joinedOn: string;
  leftOn: string | null;
  entryScore: string | null;
  entryDate: string | null;
  targetScore: string | null;
  exitScore: string | null;
  exitDate: string | null;
  version: number;
  held: number;
}

const num = (value: string | null) => (value === null ? null : Number(value));

/** Everything one pupil receives in an academic year: each place, planned against delivered. */
@Injectable()
export class PupilProvisionService {
  constructor(private readonly db: DbContext) {}

  async forPupil(auth: RequestAuth, pupilId: string, date: string): Promise<PupilProvision> {
    const m = this.db.manager;
    await assertPupilVisible(m, auth, pupilId);
    const year = academicYear(date);
    const [found] = (await m.query(`SELECT ${pupilRefJson('p')} AS pupil FROM pupils p WHERE p.id = $1`, [
      pupilId,
    ])) as { pupil: PupilRef }[];
    if (!found) throw notFound();
    const pupil = found.pupil;

    // The pupil's groups in the year; with an "own" grant, only the groups the caller may see.
    const params = new SqlParams();
    const where = [
      `EXISTS (SELECT 1 FROM provision_pupils mine WHERE mine.school_id = pr.school_id
                 AND mine.provision_id = pr.id AND mine.pupil_id = ${params.add(pupilId)})`,
    ];
    const own = visibleProvisionsCondition(auth, 'pr', params.values.length + 1);
    if (own) {
      params.add(auth.principal.userId);
      where.push(own);
    }
    const planned = (await plannedGroups(m, year, where, params))
      .map((g) => ({ group: g, place: g.places.find((p) => p.pupilId === pupilId)! }))
      .filter((x) => x.place?.span);
    const ids = planned.map((x) => x.group.provisionId);
    const withCosts = auth.grants['cost.read'] !== undefined;
    if (ids.length === 0) {
      return {
        pupil,
        academicYear: year,
        places: [],
        costs: withCosts ? { plannedPence: 0, deliveredPence: 0, topUp: topUpStatus(0) } : null,
      };
    }

    const rows: PlaceRow[] = await m.query(
      `SELECT pr.id AS "provisionId", ${provisionSummaryJson('pr', 'i', '$5')} AS provision,
              json_build_object('name', i.measure_name, 'unit', i.measure_unit, 'higherIsBetter', i.higher_is_better) AS measure,
              to_char(pp.joined_on, 'YYYY-MM-DD') AS "joinedOn", to_char(pp.left_on, 'YYYY-MM-DD') AS "leftOn",
              pp.entry_score AS "entryScore", to_char(pp.entry_date, 'YYYY-MM-DD') AS "entryDate",
              pp.target_score AS "targetScore",
              pp.exit_score AS "exitScore", to_char(pp.exit_date, 'YYYY-MM-DD') AS "exitDate", pp.version,
              (SELECT count(*)::int FROM provision_sessions s
                WHERE s.school_id = pr.school_id AND s.provision_id = pr.id AND s.status = 'held'
                  AND s.held_on BETWEEN greatest(pp.joined_on, pr.start_date, $3::date)
                                    AND least(coalesce(pp.left_on, pr.end_date), pr.end_date, $4::date)) AS held
         FROM provision_pupils pp
         JOIN provisions pr ON pr.school_id = pp.school_id AND pr.id = pp.provision_id
         JOIN interventions i ON i.school_id = pr.school_id AND i.id = pr.intervention_id
        WHERE pp.pupil_id = $1 AND pp.provision_id = ANY ($2::uuid[])
        ORDER BY pr.start_date, pr.name, pr.id`,
      [pupilId, ids, year.from, year.to, schoolToday()],
    );
    const dp = new SqlParams();
    const delivered = (
      await deliveredPlaces(m, year, [`s.provision_id = ANY (${dp.add(ids)}::uuid[])`], dp)
    ).filter((d) => d.pupilId === pupilId);

    let plannedTotal = 0;
    let deliveredTotal = 0;
    const places = rows.map((r) => {
      const plan = planned.find((x) => x.group.provisionId === r.provisionId)!;
      const done = delivered.find((d) => d.provisionId === r.provisionId);
      plannedTotal += plan.place.exactPence;
      deliveredTotal += done?.delivered ?? 0;
      const entryScore = num(r.entryScore);
      const exitScore = num(r.exitScore);
      return {
        provision: r.provision,
        measure: r.measure,
        place: {
          pupil,
          joinedOn: r.joinedOn,
          leftOn: r.leftOn,
          entryScore,
          entryDate: r.entryDate,
          targetScore: num(r.targetScore),
          exitScore,
          exitDate: r.exitDate,
          progress: progress({ entryScore, exitScore }, r.measure.higherIsBetter),
          attended: done?.attended ?? 0,
          listed: done?.listed ?? 0,
          plannedPence: withCosts ? roundPence(plan.place.exactPence) : null,
          deliveredPence: withCosts ? roundPence(done?.delivered ?? 0) : null,
          version: r.version,
        },
        plannedSessions: plan.place.sessions,
        heldSessions: r.held,
      };
    });
    const plannedPence = roundPence(plannedTotal);
    return {
      pupil,
      academicYear: year,
      places,
      costs: withCosts
        ? { plannedPence, deliveredPence: roundPence(deliveredTotal), topUp: topUpStatus(plannedPence) }
        : null,
    };
  }
}

import { Injectable } from '@nestjs/common';
import type { Intervention, InterventionInput, Page } from '@sendreg/contracts';
import type { EntityManager } from 'typeorm';
import type { RequestAuth } from '../platform/auth/principal';
import { FieldError, notFound, validationProblem } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { schoolToday } from '../register/register-query';
import { staleVersion } from '../register/sen-record.writer';
import type {
  InterventionDto,
  ListInterventionsQueryDto,
  UpdateInterventionDto,
} from './dto/intervention.dto';
import { changedFields, logProvisionChange, sentFields } from './provisions.change-log';

/** $1 is today (the school's date), for the count of groups that have not ended. */
const INTERVENTION_COLUMNS = `i.id, i.name, i.area, i.description, i.delivery,
  i.usual_group_size AS "usualGroupSize", i.delivered_by AS "deliveredBy", i.usual_minutes AS "usualMinutes",
  i.usual_sessions_per_week AS "usualSessionsPerWeek",
  i.resource_cost_per_session_pence AS "resourceCostPerSessionPence",
  json_build_object('name', i.measure_name, 'unit', i.measure_unit, 'higherIsBetter', i.higher_is_better) AS measure,
  i.archived_at IS NOT NULL AS archived,
  (SELECT count(*)::int FROM provisions pr
    WHERE pr.school_id = i.school_id AND pr.intervention_id = i.id AND pr.end_date >= $1::date) AS "runningProvisions",
  i.version`;

/** The editable state of an intervention, in the request's words: what the change log records. */
type InterventionState = Required<InterventionInput> & { archived: boolean };

interface InterventionRow {
  name: string;
  area: InterventionState['area'];
  description: string;
  delivery: InterventionState['delivery'];
  usual_group_size: number;
  delivered_by: InterventionState['deliveredBy'];
  usual_minutes: number;
  usual_sessions_per_week: number;
  resource_cost_per_session_pence: number;
  measure_name: string;
  measure_unit: string;
  higher_is_better: boolean;
  archived: boolean;
  version: number;
}

function stateOf(row: InterventionRow): InterventionState {
  return {
    name: row.name,
    area: row.area,
    description: row.description,
    delivery: row.delivery,
    usualGroupSize: row.usual_group_size,
    deliveredBy: row.delivered_by,
    usualMinutes: row.usual_minutes,
    usualSessionsPerWeek: row.usual_sessions_per_week,
    resourceCostPerSessionPence: row.resource_cost_per_session_pence,
    measureName: row.measure_name,
    measureUnit: row.measure_unit,
    higherIsBetter: row.higher_is_better,
    archived: row.archived,
  };
}

/** Costs are shown only to people who may read them (PRODUCT.md: not teachers or TAs). */
export function canReadCosts(auth: RequestAuth): boolean {
  return auth.grants['cost.read'] !== undefined;
}

/** The school's catalogue of interventions: what each is, who delivers it, how it is measured. */
@Injectable()
export class InterventionsService {
  constructor(private readonly db: DbContext) {}

  async list(auth: RequestAuth, query: ListInterventionsQueryDto): Promise<Page<Intervention>> {
    const rows: (Intervention & { total: number })[] = await this.db.manager.query(
      `SELECT ${INTERVENTION_COLUMNS}, count(*) OVER ()::int AS total FROM interventions i
        ${query.includeArchived ? '' : 'WHERE i.archived_at IS NULL'}
        ORDER BY lower(i.name), i.id LIMIT $2 OFFSET $3`,
      [schoolToday(), query.pageSize, (query.page - 1) * query.pageSize],
    );
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && query.page > 1) {
      const [row] = await this.db.manager.query(
        `SELECT count(*)::int AS total FROM interventions i ${query.includeArchived ? '' : 'WHERE i.archived_at IS NULL'}`,
      );
      total = row.total;
    }
    return {
      items: rows.map(({ total: _t, ...i }) => this.present(auth, i)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(auth: RequestAuth, interventionId: string): Promise<Intervention> {
    const [row] = await this.db.manager.query(
      `SELECT ${INTERVENTION_COLUMNS} FROM interventions i WHERE i.id = $2`,
      [schoolToday(), interventionId],
    );
    if (!row) throw notFound();
    return this.present(auth, row);
  }

  async create(auth: RequestAuth, dto: InterventionDto): Promise<Intervention> {
    const m = this.db.manager;
    const state: InterventionState = {
      ...dto,
      name: dto.name.trim(),
      description: dto.description?.trim() ?? '',
      measureName: dto.measureName.trim(),
      measureUnit: dto.measureUnit.trim(),
      archived: false,
    };
    await this.check(m, state, null);
    const [row] = await m.query(
      `INSERT INTO interventions (school_id, name, area, description, delivery, usual_group_size, delivered_by,
         usual_minutes, usual_sessions_per_week, resource_cost_per_session_pence, measure_name, measure_unit,
         higher_is_better)
       VALUES (app_current_school(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        state.name,
        state.area,
        state.description,
        state.delivery,
        state.usualGroupSize,
        state.deliveredBy,
        state.usualMinutes,
        state.usualSessionsPerWeek,
        state.resourceCostPerSessionPence,
        state.measureName,
        state.measureUnit,
        state.higherIsBetter,
      ],
    );
    await logProvisionChange(m, {
      entity: 'intervention',
      entityId: row.id,
      action: 'created',
      before: null,
      after: state,
      userId: auth.principal.userId,
    });
    return this.get(auth, row.id);
  }

  async update(auth: RequestAuth, interventionId: string, dto: UpdateInterventionDto): Promise<Intervention> {
    const m = this.db.manager;
    const [row]: InterventionRow[] = await m.query(
      `SELECT name, area, description, delivery, usual_group_size, delivered_by, usual_minutes,
              usual_sessions_per_week, resource_cost_per_session_pence, measure_name, measure_unit,
              higher_is_better, archived_at IS NOT NULL AS archived, version
         FROM interventions WHERE id = $1 FOR UPDATE`,
      [interventionId],
    );
    if (!row) throw notFound();
    if (row.version !== dto.version) throw staleVersion('this intervention');
    const before = stateOf(row);
    const { version: _v, ...changes } = sentFields(dto);
    const after: InterventionState = {
      ...before,
      ...changes,
      ...(dto.name !== undefined && { name: dto.name.trim() }),
      ...(dto.description !== undefined && { description: dto.description.trim() }),
      ...(dto.measureName !== undefined && { measureName: dto.measureName.trim() }),
      ...(dto.measureUnit !== undefined && { measureUnit: dto.measureUnit.trim() }),
    };
    const diff = changedFields(before, after);
    // Nothing to change: the version stays, so another person's open form is not made stale for nothing.
    if (!diff) return this.get(auth, interventionId);
    await this.check(m, after, interventionId);
    await m.query(
      `UPDATE interventions SET name = $2, area = $3, description = $4, delivery = $5, usual_group_size = $6,
         delivered_by = $7, usual_minutes = $8, usual_sessions_per_week = $9, resource_cost_per_session_pence = $10,
         measure_name = $11, measure_unit = $12, higher_is_better = $13,
         archived_at = CASE WHEN NOT $14::boolean THEN NULL ELSE coalesce(archived_at, now()) END,
         version = version + 1
       WHERE id = $1`,
      [
        interventionId,
        after.name,
        after.area,
        after.description,
        after.delivery,
        after.usualGroupSize,
        after.deliveredBy,
        after.usualMinutes,
        after.usualSessionsPerWeek,
        after.resourceCostPerSessionPence,
        after.measureName,
        after.measureUnit,
        after.higherIsBetter,
        after.archived,
      ],
    );
    const onlyArchiving = Object.keys(diff.after).length === 1 && 'archived' in diff.after;
    await logProvisionChange(m, {
      entity: 'intervention',
      entityId: interventionId,
      action: onlyArchiving ? (after.archived ? 'archived' : 'restored') : 'updated',
      ...diff,
      userId: auth.principal.userId,
    });
    return this.get(auth, interventionId);
  }

  /** The rules across fields and rows: 1:1 means a group of one, and names are unique in the school. */
  private async check(m: EntityManager, state: InterventionState, ownId: string | null): Promise<void> {
    const errors: FieldError[] = [];
    if (state.delivery === 'one_to_one' && state.usualGroupSize !== 1) {
      errors.push({ field: 'usualGroupSize', message: 'A 1:1 intervention has a group size of 1' });
    }
    const [taken] = await m.query(
      `SELECT archived_at IS NOT NULL AS archived FROM interventions
        WHERE lower(name) = lower($1) AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [state.name, ownId],
    );
    if (taken) {
      errors.push({
        field: 'name',
        message: taken.archived
          ? `There is already an archived intervention called ${state.name}: restore it, or choose another name`
          : `There is already an intervention called ${state.name}: choose another name`,
      });
    }
    if (errors.length) throw validationProblem(errors);
  }

  private present(auth: RequestAuth, intervention: Intervention): Intervention {
    return canReadCosts(auth) ? intervention : { ...intervention, resourceCostPerSessionPence: null };
  }
}

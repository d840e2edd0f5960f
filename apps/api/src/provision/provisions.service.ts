import { Injectable } from '@nestjs/common';
import type { Page, Provision, ProvisionSummary } from '@sendreg/contracts';
import type { EntityManager } from 'typeorm';
import type { RequestAuth } from '../platform/auth/principal';
import { FieldError, notFound, validationProblem } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { schoolToday } from '../register/register-query';
import { staleVersion } from '../register/sen-record.writer';
import type { ListProvisionsQueryDto, ProvisionDto, UpdateProvisionDto } from './dto/provision.dto';
import { assertProvisionVisible, visibleProvisionsCondition } from './provision-access';
import { changedFields, logProvisionChange, sentFields } from './provisions.change-log';
import {
  PROVISION_FROM,
  ProvisionDetailReader,
  provisionStateSql,
  provisionSummaryColumns,
} from './provisions.query';
import { deliveringStaffErrors } from './provisions.staff';

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** A group's schedule and staff, in the request's words: what the change log records. */
interface ProvisionState {
  name: string;
  staffIds: string[];
  weekdays: number[];
  minutes: number;
  startDate: string;
  endDate: string;
  location: string;
}

/** Days in order, so [4, 1] and [1, 4] are the same schedule. */
const inOrder = (days: readonly number[]) => [...days].sort((a, b) => a - b);

/** Provisions: running groups of an intervention, with their staff, schedule and dates. */
@Injectable()
export class ProvisionsService {
  constructor(
    private readonly db: DbContext,
    private readonly details: ProvisionDetailReader,
  ) {}

  async list(auth: RequestAuth, query: ListProvisionsQueryDto): Promise<Page<ProvisionSummary>> {
    const params: unknown[] = [schoolToday()];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    const own = visibleProvisionsCondition(auth, 'pr', params.length + 1);
    if (own) {
      params.push(auth.principal.userId);
      where.push(own);
    }
    if (query.state) where.push(`${provisionStateSql('pr', '$1::date')} = ${add(query.state)}`);
    if (query.interventionId) where.push(`pr.intervention_id = ${add(query.interventionId)}`);
    if (query.staffId) {
      where.push(`EXISTS (SELECT 1 FROM provision_staff fs
        WHERE fs.school_id = pr.school_id AND fs.provision_id = pr.id AND fs.user_id = ${add(query.staffId)})`);
    }
    const q = query.q?.trim();
    if (q) where.push(`pr.name ILIKE ${add(`%${escapeLike(q)}%`)}`);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const rows: (ProvisionSummary & { total: number })[] = await this.db.manager.query(
      `SELECT ${provisionSummaryColumns('$1::date')}, count(*) OVER ()::int AS total
         FROM ${PROVISION_FROM} ${filter}
        ORDER BY array_position(ARRAY['running', 'planned', 'ended'], ${provisionStateSql('pr', '$1::date')}),
                 lower(pr.name), pr.start_date, pr.id
        LIMIT ${add(query.pageSize)} OFFSET ${add((query.page - 1) * query.pageSize)}`,
      params,
    );
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && query.page > 1) {
      const [row] = await this.db.manager.query(
        `SELECT count(*)::int AS total FROM ${PROVISION_FROM} ${filter}`,
        params.slice(0, params.length - 2),
      );
      total = row.total;
    }
    return {
      items: rows.map(({ total: _t, ...p }) => p),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(auth: RequestAuth, provisionId: string): Promise<Provision> {
    await assertProvisionVisible(this.db.manager, auth, provisionId);
    return this.details.read(auth, provisionId);
  }

  async create(auth: RequestAuth, dto: ProvisionDto): Promise<Provision> {
    const m = this.db.manager;
    const state: ProvisionState = {
      name: dto.name.trim(),
      staffIds: dto.staffIds.map((id) => id.toLowerCase()),
      weekdays: inOrder(dto.weekdays),
      minutes: dto.minutes,
      startDate: dto.startDate,
      endDate: dto.endDate,
      location: dto.location?.trim() ?? '',
    };
    const errors: FieldError[] = [];
    const [intervention] = await m.query(
      `SELECT archived_at IS NOT NULL AS archived FROM interventions WHERE id = $1`,
      [dto.interventionId],
    );
    if (!intervention) {
      errors.push({ field: 'interventionId', message: 'Choose an intervention from the catalogue' });
    } else if (intervention.archived) {
      errors.push({
        field: 'interventionId',
        message: 'This intervention is archived: restore it in the catalogue, or choose another',
      });
    }
    errors.push(...(await this.scheduleErrors(m, state)));
    if (errors.length) throw validationProblem(errors);

    const [row] = await m.query(
      `INSERT INTO provisions (school_id, intervention_id, name, sessions_per_week, minutes, weekdays, start_date,
         end_date, location, created_by)
       VALUES (app_current_school(), $1, $2, $3, $4, $5::smallint[], $6::date, $7::date, $8, $9) RETURNING id`,
      [
        dto.interventionId,
        state.name,
        state.weekdays.length,
        state.minutes,
        state.weekdays,
        state.startDate,
        state.endDate,
        state.location,
        auth.principal.userId,
      ],
    );
    await this.setStaff(m, row.id, state.staffIds);
    await logProvisionChange(m, {
      entity: 'provision',
      entityId: row.id,
      action: 'created',
      before: null,
      after: { interventionId: dto.interventionId, ...state },
      userId: auth.principal.userId,
    });
    return this.details.read(auth, row.id);
  }

  async update(auth: RequestAuth, provisionId: string, dto: UpdateProvisionDto): Promise<Provision> {
    const m = this.db.manager;
    const [row] = await m.query(
      `SELECT pr.name, pr.weekdays, pr.minutes, to_char(pr.start_date, 'YYYY-MM-DD') AS start_date,
              to_char(pr.end_date, 'YYYY-MM-DD') AS end_date, pr.location, pr.version,
              coalesce((SELECT array_agg(ps.user_id ORDER BY ps.user_id) FROM provision_staff ps
                         WHERE ps.school_id = pr.school_id AND ps.provision_id = pr.id), '{}') AS staff_ids
         FROM provisions pr WHERE pr.id = $1 FOR UPDATE OF pr`,
      [provisionId],
    );
    if (!row) throw notFound();
    if (row.version !== dto.version) throw staleVersion('this group');
    const before: ProvisionState = {
      name: row.name,
      staffIds: row.staff_ids,
      weekdays: row.weekdays,
      minutes: row.minutes,
      startDate: row.start_date,
      endDate: row.end_date,
      location: row.location,
    };
    const sent = sentFields(dto);
    const after: ProvisionState = {
      name: sent.name?.trim() ?? before.name,
      // Compared as sets: the same people in another order is no change.
      staffIds: sent.staffIds
        ? [...new Set(sent.staffIds.map((id) => id.toLowerCase()))].sort()
        : before.staffIds,
      weekdays: sent.weekdays ? inOrder(sent.weekdays) : before.weekdays,
      minutes: sent.minutes ?? before.minutes,
      startDate: sent.startDate ?? before.startDate,
      endDate: sent.endDate ?? before.endDate,
      location: sent.location?.trim() ?? before.location,
    };
    const diff = changedFields(before, after);
    if (!diff) return this.details.read(auth, provisionId);
    // Checked on the whole new schedule, so moving only the start past the end is caught too; the
    // staff named are checked as sent, so a person listed twice is reported.
    const errors = await this.scheduleErrors(m, {
      ...after,
      staffIds: sent.staffIds ? sent.staffIds.map((id) => id.toLowerCase()) : [],
    });
    if (errors.length) throw validationProblem(errors);
    await m.query(
      `UPDATE provisions SET name = $2, weekdays = $3::smallint[], sessions_per_week = $4, minutes = $5,
         start_date = $6::date, end_date = $7::date, location = $8, version = version + 1
       WHERE id = $1`,
      [
        provisionId,
        after.name,
        after.weekdays,
        after.weekdays.length,
        after.minutes,
        after.startDate,
        after.endDate,
        after.location,
      ],
    );
    if ('staffIds' in diff.after) await this.setStaff(m, provisionId, after.staffIds);
    await logProvisionChange(m, {
      entity: 'provision',
      entityId: provisionId,
      action: 'updated',
      ...diff,
      userId: auth.principal.userId,
    });
    return this.details.read(auth, provisionId);
  }

  /** The rules across fields and rows: dates in order, and staff who may deliver in this school. */
  private async scheduleErrors(m: EntityManager, state: ProvisionState): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    if (state.endDate < state.startDate) {
      errors.push({ field: 'endDate', message: 'The end date must be the same as or after the start date' });
    }
    errors.push(...(await deliveringStaffErrors(m, state.staffIds, (i) => `staffIds[${i}]`)));
    return errors;
  }

  private async setStaff(m: EntityManager, provisionId: string, staffIds: readonly string[]): Promise<void> {
    await m.query(`DELETE FROM provision_staff WHERE provision_id = $1`, [provisionId]);
    await m.query(
      `INSERT INTO provision_staff (school_id, provision_id, user_id)
       SELECT app_current_school(), $1, u FROM unnest($2::uuid[]) AS u`,
      [provisionId, staffIds],
    );
  }
}

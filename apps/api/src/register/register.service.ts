import { Injectable } from '@nestjs/common';
import { SEN_STATUSES, type RegisterPage, type RegisterRow, type SenStatus } from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { DbContext } from '../platform/tenancy/db-context';
import type { RegisterFilters } from './dto/register.query';
import {
  REGISTER_COLUMNS,
  registerConditions,
  registerFrom,
  registerOrder,
  schoolToday,
  SqlParams,
} from './register-query';

/** Most rows one CSV export carries: a whole secondary school with room to spare. */
export const EXPORT_LIMIT = 10_000;

@Injectable()
export class RegisterService {
  constructor(private readonly db: DbContext) {}

  async page(auth: RequestAuth, filters: RegisterFilters): Promise<RegisterPage> {
    const asAt = filters.asAt ?? schoolToday();
    const rows = await this.rows(
      auth,
      filters,
      asAt,
      filters.pageSize,
      (filters.page - 1) * filters.pageSize,
    );
    const counts = await this.statusCounts(auth, filters, asAt);
    const total = filters.status?.length
      ? filters.status.reduce((sum, status) => sum + counts[status], 0)
      : Object.values(counts).reduce((a, b) => a + b, 0);
    return { items: rows, total, page: filters.page, pageSize: filters.pageSize, statusCounts: counts };
  }

  async rows(
    auth: RequestAuth,
    filters: RegisterFilters,
    asAt: string,
    limit: number,
    offset: number,
  ): Promise<RegisterRow[]> {
    const params = new SqlParams();
    const from = registerFrom(params, asAt);
    const where = registerConditions(params, auth, filters, asAt);
    return this.db.manager.query(
      `SELECT ${REGISTER_COLUMNS} FROM ${from} WHERE ${where.join(' AND ')}
        ORDER BY ${registerOrder(filters.sort)} LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
      params.values,
    );
  }

  /** Counts per status for the filter, leaving the status filter itself out (so all four show). */
  private async statusCounts(
    auth: RequestAuth,
    filters: RegisterFilters,
    asAt: string,
  ): Promise<Record<SenStatus, number>> {
    const params = new SqlParams();
    const from = registerFrom(params, asAt, false);
    const base = registerConditions(params, auth, filters, asAt, false);
    const rows: { status: SenStatus; n: number }[] = await this.db.manager.query(
      `SELECT coalesce(s.status, 'N') AS status, count(*)::int AS n FROM ${from} WHERE ${base.join(' AND ')} GROUP BY 1`,
      params.values,
    );
    const counts = Object.fromEntries(SEN_STATUSES.map((s) => [s, 0])) as Record<SenStatus, number>;
    for (const row of rows) counts[row.status] = row.n;
    return counts;
  }
}

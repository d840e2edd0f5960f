import { Injectable } from '@nestjs/common';
import type { Concern, Page, SenStatus } from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { notFound, validationProblem } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { assertPupilVisible } from '../pupils/own-pupils';
import { schoolToday } from '../register/register-query';
import { SenRecordWriter, staleVersion } from '../register/sen-record.writer';
import type { ListConcernsQuery, RaiseConcernDto, TriageConcernDto } from './dto/concern.dto';

const CONCERN_COLUMNS = `c.id, c.area, c.observed, c.tried, c.status, c.outcome, c.version,
  json_build_object('id', p.id, 'name', coalesce(p.preferred_forename, p.legal_forename) || ' ' || p.legal_surname,
                    'yearGroup', p.year_group, 'className', cl.name) AS pupil,
  json_build_object('id', r.id, 'displayName', r.display_name) AS "raisedBy", c.raised_at AS "raisedAt",
  CASE WHEN t.id IS NULL THEN NULL ELSE json_build_object('id', t.id, 'displayName', t.display_name) END AS "triagedBy",
  c.triaged_at AS "triagedAt"`;
const CONCERN_FROM = `concerns c JOIN pupils p ON p.school_id = c.school_id AND p.id = c.pupil_id
  LEFT JOIN classes cl ON cl.school_id = p.school_id AND cl.id = p.class_id
  JOIN users r ON r.id = c.raised_by LEFT JOIN users t ON t.id = c.triaged_by`;
/** Open concerns first, then by when they were raised, oldest open first. */
const CONCERN_ORDER = `(c.status = 'open') DESC, CASE WHEN c.status = 'open' THEN c.raised_at END ASC, c.raised_at DESC, c.id`;

/** Concerns raised by staff about a pupil, and the SENCO's triage of them. */
@Injectable()
export class ConcernsService {
  constructor(
    private readonly db: DbContext,
    private readonly writer: SenRecordWriter,
  ) {}

  async raise(auth: RequestAuth, dto: RaiseConcernDto): Promise<Concern> {
    const m = this.db.manager;
    await assertPupilVisible(m, auth, dto.pupilId);
    const [row] = await m.query(
      `INSERT INTO concerns (school_id, pupil_id, raised_by, area, observed, tried)
       VALUES (app_current_school(), $1, $2, $3, $4, $5) RETURNING id`,
      [dto.pupilId, auth.principal.userId, dto.area, dto.observed.trim(), dto.tried?.trim() ?? ''],
    );
    await this.writer.log(
      m,
      dto.pupilId,
      'concern',
      'concern-raised',
      'manual',
      auth.principal.userId,
      null,
      {
        concernId: row.id,
        area: dto.area,
      },
    );
    return this.get(row.id);
  }

  list(query: ListConcernsQuery): Promise<Page<Concern>> {
    return this.page(query.status ? ['c.status = $3'] : [], query.status ? [query.status] : [], query);
  }

  /** The concerns a person raised, with their outcomes. */
  mine(auth: RequestAuth, query: ListConcernsQuery): Promise<Page<Concern>> {
    const where = ['c.raised_by = $3'];
    const params: unknown[] = [auth.principal.userId];
    if (query.status) {
      where.push('c.status = $4');
      params.push(query.status);
    }
    return this.page(where, params, query);
  }

  async get(concernId: string): Promise<Concern> {
    const [row] = await this.db.manager.query(
      `SELECT ${CONCERN_COLUMNS} FROM ${CONCERN_FROM} WHERE c.id = $1`,
      [concernId],
    );
    if (!row) throw notFound();
    return row;
  }

  async triage(auth: RequestAuth, concernId: string, dto: TriageConcernDto): Promise<Concern> {
    const m = this.db.manager;
    const [concern] = await m.query(
      `SELECT pupil_id, status, version FROM concerns WHERE id = $1 FOR UPDATE`,
      [concernId],
    );
    if (!concern) throw notFound();
    if (concern.version !== dto.version) throw staleVersion('this concern');
    if (concern.status !== 'open') {
      throw validationProblem(
        [{ field: 'decision', message: 'This concern has already been triaged' }],
        'Already triaged.',
      );
    }
    const effectiveFrom = dto.effectiveFrom ?? schoolToday();
    if (dto.decision !== 'close') {
      const [current] = await m.query(
        `SELECT status FROM sen_status_history WHERE pupil_id = $1 AND effective_from <= $2::date
          ORDER BY effective_from DESC, recorded_at DESC LIMIT 1`,
        [concern.pupil_id, effectiveFrom],
      );
      const status: SenStatus = current?.status ?? 'N';
      const target: SenStatus = dto.decision === 'monitor' ? 'monitoring' : 'K';
      const rank = { N: 0, monitoring: 1, K: 2, E: 3 } as const;
      if (rank[status] >= rank[target]) {
        throw validationProblem([
          {
            field: 'decision',
            message: `The pupil is already at ${status === 'E' ? 'an EHCP' : status === 'K' ? 'SEN support' : 'monitoring'}; close the concern with an outcome instead`,
          },
        ]);
      }
      await this.writer.changeStatus(m, {
        pupilId: concern.pupil_id,
        status: target,
        effectiveFrom,
        reason: `From a concern: ${dto.outcome.trim()}`,
        source: 'concern',
        userId: auth.principal.userId,
      });
    }
    const status = { monitor: 'monitoring', sen_support: 'sen_support', close: 'closed' }[dto.decision];
    await m.query(
      `UPDATE concerns SET status = $2, outcome = $3, triaged_by = $4, triaged_at = now(), version = version + 1 WHERE id = $1`,
      [concernId, status, dto.outcome.trim(), auth.principal.userId],
    );
    await this.writer.log(
      m,
      concern.pupil_id,
      'concern',
      'concern-triaged',
      'manual',
      auth.principal.userId,
      { status: 'open' },
      {
        concernId,
        status,
      },
    );
    return this.get(concernId);
  }

  private async page(where: string[], extra: unknown[], query: ListConcernsQuery): Promise<Page<Concern>> {
    const rows: (Concern & { total: number })[] = await this.db.manager.query(
      `SELECT ${CONCERN_COLUMNS}, count(*) OVER ()::int AS total FROM ${CONCERN_FROM}
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${CONCERN_ORDER} LIMIT $1 OFFSET $2`,
      [query.pageSize, (query.page - 1) * query.pageSize, ...extra],
    );
    return {
      items: rows.map(({ total: _t, ...c }) => c),
      total: rows[0]?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}

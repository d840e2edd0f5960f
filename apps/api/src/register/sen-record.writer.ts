import { Injectable } from '@nestjs/common';
import type { NeedInput, SenSource, SenStatus } from '@sendreg/contracts';
import type { EntityManager } from 'typeorm';
import { PROBLEM_TYPES, ProblemException } from '../platform/http/problem';

export interface StatusChange {
  pupilId: string;
  status: SenStatus;
  effectiveFrom: string;
  reason: string;
  source: SenSource;
  userId: string | null;
}

export interface NeedsChange {
  pupilId: string;
  effectiveFrom: string;
  needs: NeedInput[];
  source: Exclude<SenSource, 'concern'>;
  userId: string | null;
}

interface LogEntry {
  pupilId: string;
  entity: 'pupil' | 'sen_status' | 'needs' | 'concern';
  action: string;
  source: string;
  userId: string | null;
  before: unknown;
  after: unknown;
}

const CHUNK = 500;
function* chunked<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += CHUNK) yield items.slice(i, i + CHUNK);
}

export function staleVersion(what = 'this record'): ProblemException {
  return new ProblemException({
    type: PROBLEM_TYPES.staleVersion,
    title: 'Changed by someone else',
    status: 409,
    detail: `Someone else changed ${what} since you opened it. Reload it, check their change, and try again.`,
  });
}

/**
 * The one place that writes a pupil's SEND record: status and needs are appended as effective-dated
 * history (never overwritten), each change is logged in sen_changes, and the pupil's senVersion moves
 * on so a stale form is refused. Used by the register routes, concerns triage and imports alike, inside
 * the caller's transaction (the manager passed in).
 */
@Injectable()
export class SenRecordWriter {
  /** Refuses the write unless the pupil's senVersion is still the one the caller read; locks the row. */
  async assertSenVersion(m: EntityManager, pupilId: string, senVersion: number): Promise<void> {
    const [row] = await m.query(`SELECT sen_version FROM pupils WHERE id = $1 FOR UPDATE`, [pupilId]);
    if (!row || row.sen_version !== senVersion) throw staleVersion("this pupil's SEND record");
  }

  async changeStatus(m: EntityManager, change: StatusChange): Promise<void> {
    await this.changeStatusMany(m, [change]);
  }

  /**
   * Several status changes in a few statements (imports): the status each replaces is read first, then
   * the history rows, their change-log rows and the version bumps go in as arrays.
   */
  async changeStatusMany(m: EntityManager, changes: readonly StatusChange[]): Promise<void> {
    for (const chunk of chunked(changes)) {
      const pupilIds = chunk.map((c) => c.pupilId);
      const froms = chunk.map((c) => c.effectiveFrom);
      const before: { ord: number; before: object | null }[] = await m.query(
        `SELECT v.ord::int AS ord,
                (SELECT json_build_object('status', h.status, 'effectiveFrom', to_char(h.effective_from, 'YYYY-MM-DD'))
                   FROM sen_status_history h
                  WHERE h.school_id = app_current_school() AND h.pupil_id = v.pupil_id AND h.effective_from <= v.effective_from
                  ORDER BY h.effective_from DESC, h.recorded_at DESC LIMIT 1) AS before
           FROM unnest($1::uuid[], $2::date[]) WITH ORDINALITY AS v(pupil_id, effective_from, ord)`,
        [pupilIds, froms],
      );
      await m.query(
        `INSERT INTO sen_status_history (school_id, pupil_id, status, effective_from, reason, source, recorded_by)
         SELECT app_current_school(), v.pupil_id, v.status, v.effective_from, v.reason, v.source, v.recorded_by
           FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::text[], $6::uuid[])
             AS v(pupil_id, status, effective_from, reason, source, recorded_by)`,
        [
          pupilIds,
          chunk.map((c) => c.status),
          froms,
          chunk.map((c) => c.reason),
          chunk.map((c) => c.source),
          chunk.map((c) => c.userId),
        ],
      );
      await this.logMany(
        m,
        chunk.map((c, i) => ({
          pupilId: c.pupilId,
          entity: 'sen_status' as const,
          action: 'status-changed',
          source: c.source,
          userId: c.userId,
          before: before.find((b) => b.ord === i + 1)?.before ?? null,
          after: { status: c.status, effectiveFrom: c.effectiveFrom, reason: c.reason },
        })),
      );
      await this.bumpVersions(m, pupilIds);
    }
  }

  /** Replaces the pupil's set of ranked needs from a date: the set in force then ends on that date. */
  async setNeeds(m: EntityManager, change: NeedsChange): Promise<void> {
    await this.setNeedsMany(m, [change]);
  }

  /** Several pupils' needs in a few statements (imports); one change per pupil. */
  async setNeedsMany(m: EntityManager, changes: readonly NeedsChange[]): Promise<void> {
    for (const chunk of chunked(changes)) {
      const ended: { pupil_id: string; code: string; rank: number }[] = await m.query(
        `UPDATE pupil_needs n SET effective_to = greatest(n.effective_from, v.effective_from)
           FROM unnest($1::uuid[], $2::date[]) AS v(pupil_id, effective_from)
          WHERE n.pupil_id = v.pupil_id AND (n.effective_to IS NULL OR n.effective_to > v.effective_from)
          RETURNING n.pupil_id, n.need_code AS code, n.rank`,
        [chunk.map((c) => c.pupilId), chunk.map((c) => c.effectiveFrom)],
      );
      const rows = chunk.flatMap((c) => c.needs.map((need) => ({ change: c, need })));
      if (rows.length > 0) {
        await m.query(
          `INSERT INTO pupil_needs (school_id, pupil_id, need_code, rank, description, effective_from, source, recorded_by)
           SELECT app_current_school(), v.pupil_id, v.code, v.rank, v.description, v.effective_from, v.source, v.recorded_by
             FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::date[], $6::text[], $7::uuid[])
               AS v(pupil_id, code, rank, description, effective_from, source, recorded_by)`,
          [
            rows.map((r) => r.change.pupilId),
            rows.map((r) => r.need.code),
            rows.map((r) => r.need.rank),
            rows.map((r) => r.need.description?.trim() || null),
            rows.map((r) => r.change.effectiveFrom),
            rows.map((r) => r.change.source),
            rows.map((r) => r.change.userId),
          ],
        );
      }
      await this.logMany(
        m,
        chunk.map((c) => ({
          pupilId: c.pupilId,
          entity: 'needs' as const,
          action: 'needs-set',
          source: c.source,
          userId: c.userId,
          before: {
            needs: ended.filter((e) => e.pupil_id === c.pupilId).map(({ code, rank }) => ({ code, rank })),
          },
          after: {
            effectiveFrom: c.effectiveFrom,
            needs: c.needs.map((n) => ({ code: n.code, rank: n.rank })),
          },
        })),
      );
      await this.bumpVersions(
        m,
        chunk.map((c) => c.pupilId),
      );
    }
  }

  /** One version step per change, so two changes to one pupil in a batch move it on by two. */
  private async bumpVersions(m: EntityManager, pupilIds: string[]): Promise<void> {
    await m.query(
      `UPDATE pupils p SET sen_version = p.sen_version + v.n, updated_at = now()
         FROM (SELECT id, count(*)::int AS n FROM unnest($1::uuid[]) AS id GROUP BY id) v WHERE p.id = v.id`,
      [pupilIds],
    );
  }

  private async logMany(m: EntityManager, entries: LogEntry[]): Promise<void> {
    await m.query(
      `INSERT INTO sen_changes (school_id, pupil_id, changed_by, entity, action, source, before, after)
       SELECT app_current_school(), v.pupil_id, v.changed_by, v.entity, v.action, v.source, v.before::jsonb, v.after::jsonb
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
           AS v(pupil_id, changed_by, entity, action, source, before, after)`,
      [
        entries.map((e) => e.pupilId),
        entries.map((e) => e.userId),
        entries.map((e) => e.entity),
        entries.map((e) => e.action),
        entries.map((e) => e.source),
        entries.map((e) => (e.before === null ? null : JSON.stringify(e.before))),
        entries.map((e) => JSON.stringify(e.after)),
      ],
    );
  }

  async log(
    m: EntityManager,
    pupilId: string,
    entity: LogEntry['entity'],
    action: string,
    source: string,
    userId: string | null,
    before: unknown,
    after: unknown,
  ): Promise<void> {
    await this.logMany(m, [{ pupilId, entity, action, source, userId, before, after }]);
  }
}

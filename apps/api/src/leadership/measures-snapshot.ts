import { AsyncResource } from 'node:async_hooks';
import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import type { SchoolMeasures, SchoolMeasuresAt } from '@sendreg/contracts';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../platform/config/app-config';
import { DbContext } from '../platform/tenancy/db-context';
import { ParsedSnapshots, snapshotVersionSql, type ParsedSnapshot } from './parsed-snapshots';
import { schoolMeasures } from './school-measures';

/** The advisory lock of the school in scope's snapshot: whoever holds it is computing it. */
const SCHOOL_LOCK_KEY = `hashtext('sendreg:school-measures'), hashtext(app_current_school()::text)`;

/** A snapshot as read: its figures left out (null) when they are the version the reader holds. */
interface SnapshotRow {
  schoolId: string;
  version: string;
  computedAt: Date;
  /** Seconds since it was computed, by the database's clock. */
  age: number;
  measures: SchoolMeasures | null;
}

/**
 * The snapshot of the school in scope (row-level security) for the given day, if there is one,
 * without its figures when they are `heldVersion`.
 */
async function readSnapshot(
  m: EntityManager,
  today: string,
  heldVersion: string | null,
): Promise<SnapshotRow | undefined> {
  const [row] = (await m.query(
    `SELECT school_id AS "schoolId", version, computed_at AS "computedAt", age,
            CASE WHEN version IS DISTINCT FROM $2 THEN measures END AS measures
       FROM (SELECT school_id, measures, computed_at, extract(epoch FROM now() - computed_at)::float8 AS age,
                    ${snapshotVersionSql('computed_at')} AS version
               FROM school_measures WHERE school_id = app_current_school() AND as_at = $1::date) s`,
    [today, heldVersion],
  )) as SnapshotRow[];
  return row;
}

/**
 * Saves the school's measures as its snapshot for the day, stamped with the transaction's start (no
 * later than the data counted). A snapshot of a later day, or computed later, is kept rather than
 * overwritten, so a slow computation never replaces a newer one.
 */
async function saveSnapshot(
  m: EntityManager,
  today: string,
  measures: SchoolMeasures,
): Promise<SchoolMeasuresAt> {
  const [row] = (await m.query(
    `INSERT INTO school_measures AS sm (school_id, measures, as_at, computed_at)
     VALUES (app_current_school(), $1::jsonb, $2::date, now())
     ON CONFLICT (school_id) DO UPDATE
       SET measures = excluded.measures, as_at = excluded.as_at, computed_at = excluded.computed_at
       WHERE sm.as_at < excluded.as_at OR (sm.as_at = excluded.as_at AND sm.computed_at <= excluded.computed_at)
     RETURNING computed_at AS "computedAt"`,
    [JSON.stringify(measures), today],
  )) as { computedAt: Date }[];
  return { ...measures, computedAt: (row?.computedAt ?? new Date()).toISOString() };
}

/**
 * The head's dashboard and the trust summary read each school's measures from a snapshot (the
 * school_measures table): aggregates a head or trust leader reads need not be to the second, and
 * computing them costs some 100 ms of database work for a large school, which 32 concurrent readers
 * on two cores cannot afford.
 *
 * - A snapshot is served while it is for the school's today and younger than the configured age
 *   (MEASURES_MAX_AGE_SECONDS; 0 computes live every time and keeps no snapshot).
 * - With none for today, the measures are computed in the request's own transaction, saved and served;
 *   readers arriving together wait for the first (the school's advisory lock) instead of all computing.
 * - A stale one is served at once and refreshed in the background: queued, one school at a time per
 *   process so refreshes never crowd out requests for connections, each in its own transaction as the
 *   school (DbContext.runAsSchool), outside the request's transaction and its context. The refresh
 *   takes the school's advisory lock (pg_try_advisory_xact_lock) and looks again at the snapshot, so
 *   one process of one replica recomputes it and the others pass over it. A failed refresh is logged
 *   (the school and the kind of error only) and never reaches the reader, who keeps the stale figures.
 */
@Injectable()
export class MeasuresSnapshots implements BeforeApplicationShutdown {
  private readonly logger = new Logger('SchoolMeasures');
  private readonly maxAgeSeconds: number;
  private readonly parsed = new ParsedSnapshots();
  /** Schools waiting for a refresh, with the day to compute it for. */
  private readonly queue = new Map<string, string>();
  private draining: Promise<void> | null = null;
  private stopped = false;
  /** Runs a function in the context this service was made in (start-up), not the calling request's. */
  private readonly outsideRequest = AsyncResource.bind(<T>(fn: () => T): T => fn());

  constructor(
    private readonly db: DbContext,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.maxAgeSeconds = config.measuresMaxAgeSeconds;
  }

  /** The measures of the school in the transaction's scope, as at `today`, with when they were computed. */
  async measuresFor(m: EntityManager, today: string): Promise<SchoolMeasuresAt> {
    if (this.maxAgeSeconds === 0) {
      const computedAt = new Date().toISOString();
      return { ...(await schoolMeasures(m, today)), computedAt };
    }
    const schoolId = this.db.scope?.schoolId;
    // Taken now: another request may push it out of the cache while this one waits for its row.
    const held = schoolId ? this.parsed.get(schoolId) : undefined;
    const snapshot = await readSnapshot(m, today, held?.version ?? null);
    if (snapshot) return this.served(snapshot, held, today);
    // The first reader of the day: readers arriving together wait for the first to compute it (the
    // lock is held to the end of its transaction), then find it saved, rather than all computing it.
    await m.query(`SELECT pg_advisory_xact_lock(${SCHOOL_LOCK_KEY})`);
    const saved = await readSnapshot(m, today, null);
    if (saved) return this.served(saved, undefined, today);
    return saveSnapshot(m, today, await schoolMeasures(m, today));
  }

  /**
   * The snapshots for `today` of the trust's schools (`schoolIds`, from app_trust_schools()), by
   * school id, read in one statement (app_trust_school_measures(), which answers members of the trust
   * only), with stale ones queued for a refresh. A school without a snapshot is absent: the caller
   * computes it with measuresFor(). None at all when measures are computed live.
   */
  async trustSnapshots(
    m: EntityManager,
    trustId: string,
    schoolIds: readonly string[],
    today: string,
  ): Promise<Map<string, SchoolMeasuresAt>> {
    if (this.maxAgeSeconds === 0) return new Map();
    // Taken now: another request may push them out of the cache while this one waits for its rows.
    const held = new Map(
      schoolIds.flatMap((id) => {
        const parsed = this.parsed.get(id);
        return parsed ? [[id, parsed] as const] : [];
      }),
    );
    const rows = (await m.query(
      `SELECT t.school_id AS "schoolId", t.version, t.computed_at AS "computedAt", t.age,
              CASE WHEN t.version IS DISTINCT FROM held.version THEN t.measures END AS measures
         FROM (SELECT f.school_id, f.measures, f.computed_at, f.age, ${snapshotVersionSql('f.computed_at')} AS version
                 FROM app_trust_school_measures($1, $2::date) f) t
         LEFT JOIN unnest($3::uuid[], $4::text[]) AS held (school_id, version) ON held.school_id = t.school_id`,
      [trustId, today, [...held.keys()], [...held.values()].map((p) => p.version)],
    )) as SnapshotRow[];
    return new Map(rows.map((row) => [row.schoolId, this.served(row, held.get(row.schoolId), today)]));
  }

  /**
   * Recomputes the school's snapshot for `today` in a transaction of its own, unless another process
   * holds the school's lock (it is recomputing it) or the snapshot is fresh by now. Answers whether it
   * recomputed.
   */
  refresh(schoolId: string, today: string): Promise<boolean> {
    return this.db.runAsSchool(schoolId, async (m) => {
      const [lock] = (await m.query(`SELECT pg_try_advisory_xact_lock(${SCHOOL_LOCK_KEY}) AS locked`)) as [
        { locked: boolean },
      ];
      if (!lock.locked) return false;
      const current = await readSnapshot(m, today, null);
      if (current && current.age < this.maxAgeSeconds) return false;
      await saveSnapshot(m, today, await schoolMeasures(m, today));
      return true;
    });
  }

  /** Answers once the refreshes queued so far are done (or have failed and been logged). */
  async settled(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /** Lets a refresh under way finish while the database is still open; queues no more. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.queue.clear();
    await this.settled();
  }

  /**
   * A snapshot as served: its figures as read, or those held when the database left them out (the
   * same version), kept for the next reader; its refresh queued when it is stale.
   */
  private served(snapshot: SnapshotRow, held: ParsedSnapshot | undefined, today: string): SchoolMeasuresAt {
    const measures = snapshot.measures ?? held!.measures;
    if (snapshot.measures) this.parsed.set(snapshot.schoolId, snapshot.version, snapshot.measures);
    if (snapshot.age >= this.maxAgeSeconds) this.refreshLater(snapshot.schoolId, today);
    return { ...measures, computedAt: snapshot.computedAt.toISOString() };
  }

  private refreshLater(schoolId: string, today: string): void {
    if (this.stopped || this.queue.has(schoolId)) return;
    this.queue.set(schoolId, today);
    this.startDraining();
  }

  /**
   * Works through the queue from the next turn of the event loop: the reader does not wait for it, and
   * needs nothing it holds (a stale snapshot is only read). The whole chain is made outside the
   * request, so the request's context (its transaction, its request id) stays behind.
   */
  private startDraining(): void {
    if (this.draining || this.stopped || this.queue.size === 0) return;
    this.draining = this.outsideRequest(() =>
      new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => this.drain())
        .finally(() => {
          this.draining = null;
          // A school queued just as the last one finished.
          this.startDraining();
        }),
    );
  }

  private async drain(): Promise<void> {
    for (const [schoolId, today] of this.queue) {
      try {
        await this.refresh(schoolId, today);
      } catch (error) {
        // The school and the kind of error only: a database error's message can quote the values it
        // failed on.
        const { name, code } = error as { name?: string; code?: string };
        this.logger.error({ schoolId, today, err: { type: name, code } }, 'school measures refresh failed');
      } finally {
        this.queue.delete(schoolId);
      }
    }
  }
}

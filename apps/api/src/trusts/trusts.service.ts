import { Injectable } from '@nestjs/common';
import {
  NATIONAL_SEN_FIGURES,
  type SchoolMeasures,
  type SchoolMeasuresAt,
  type TrustSummary,
} from '@sendreg/contracts';
import { MeasuresSnapshots } from '../leadership/measures-snapshot';
import type { RequestAuth } from '../platform/auth/principal';
import { notFound } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { schoolToday } from '../register/register-query';
import { trustSchoolMeasures, type NeedTypeName } from './trust-measures';

/**
 * The trust's comparison of its schools, from each school's measures snapshot (the figures the head's
 * dashboard reads), all read in one statement: fifty schools cost one read, not fifty computations.
 * A school without a snapshot for today is computed on the way: a trust leader belongs to no school,
 * so the request's transaction starts scoped to none, and that school is visited inside the same
 * transaction scoped to it alone (row-level security sees one school at a time, as for its head).
 * Stale snapshots are served and refreshed afterwards. Only suppressed aggregates leave.
 */
@Injectable()
export class TrustsService {
  constructor(
    private readonly db: DbContext,
    private readonly snapshots: MeasuresSnapshots,
  ) {}

  async summary(auth: RequestAuth): Promise<TrustSummary> {
    const trustId = auth.trustId;
    if (!trustId) throw notFound();
    const manager = this.db.manager;
    const [trust]: { id: string; name: string }[] = await manager.query(
      `SELECT id, name FROM trusts WHERE id = $1`,
      [trustId],
    );
    if (!trust) throw notFound();
    const schools: { id: string; name: string }[] = await manager.query(
      `SELECT id, name FROM app_trust_schools($1)`,
      [trustId],
    );
    const today = schoolToday();
    const snapshots = await this.snapshots.trustSnapshots(
      manager,
      trustId,
      schools.map((s) => s.id),
      today,
    );
    const measured: { school: { id: string; name: string }; measures: SchoolMeasuresAt }[] = [];
    let visited = false;
    for (const school of schools) {
      let measures = snapshots.get(school.id);
      if (!measures) {
        visited = true;
        // No user: the trust leader is nobody in the school, and user-keyed policies must not widen.
        measures = await this.db.within(manager, { schoolId: school.id, userId: null }, (m) =>
          this.snapshots.measuresFor(m, today),
        );
      }
      measured.push({ school, measures });
    }
    // Back to the request's own scope, so nothing later in the transaction runs as the last school.
    // (On an error there is nothing to restore: the transaction is rolled back.)
    if (visited) {
      await this.db.within(manager, { schoolId: null, userId: auth.principal.userId }, async () => undefined);
    }
    const needTypes = await this.needTypes(
      today,
      measured.map((s) => s.measures),
    );
    return {
      trust: { id: trust.id, name: trust.name },
      today,
      computedAt: oldest(measured.map((s) => s.measures.computedAt)),
      national: NATIONAL_SEN_FIGURES,
      schools: measured.map(({ school, measures }) => trustSchoolMeasures(school, measures, needTypes)),
    };
  }

  /**
   * The needs every school lists: the census types in use today, and any older type still some
   * school's primary need, so each school's list is the same whatever its pupils have.
   */
  private async needTypes(today: string, all: SchoolMeasures[]): Promise<NeedTypeName[]> {
    const current: NeedTypeName[] = await this.db.manager.query(
      `SELECT code, label FROM need_types WHERE discontinued_on IS NULL OR discontinued_on > $1::date
        ORDER BY code`,
      [today],
    );
    const known = new Set(current.map((n) => n.code));
    const older = all
      .flatMap((m) => m.byPrimaryNeed)
      .filter((n) => !known.has(n.code) && (known.add(n.code), true))
      .map((n) => ({ code: n.code, label: n.label }));
    return [...current, ...older];
  }
}

/** The earliest of ISO timestamps (they sort as text when all in UTC, as toISOString() writes them). */
function oldest(timestamps: string[]): string | null {
  return timestamps.reduce<string | null>((min, t) => (min === null || t < min ? t : min), null);
}

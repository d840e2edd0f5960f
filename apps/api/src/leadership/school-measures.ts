import type { SchoolMeasures } from '@sendreg/contracts';
import type { EntityManager } from 'typeorm';

/**
 * Every figure of the head's dashboard for the school in the transaction's scope, computed in
 * PostgreSQL (aggregates, never pupil rows into Node). The trust summary calls it once per school.
 * TODO(leadership helper): implement.
 */
export async function schoolMeasures(m: EntityManager, today: string): Promise<SchoolMeasures> {
  void m;
  throw new Error(`schoolMeasures is not built yet (${today})`);
}

import type { EntityManager } from 'typeorm';

export type ProvisionChangeEntity =
  'intervention' | 'staff_rate' | 'provision' | 'provision_pupil' | 'session';

export interface ProvisionChange {
  entity: ProvisionChangeEntity;
  /** The row changed; for a pupil's place, the provision's id (with pupilId set). */
  entityId: string;
  pupilId?: string | null;
  action: string;
  before: unknown;
  after: unknown;
  userId: string;
}

/**
 * Appends one row to provision_changes: who changed what, with before and after. Every write of the
 * provision map's records calls it inside the request's transaction, so the change and its log row
 * commit or roll back together.
 */
export async function logProvisionChange(m: EntityManager, change: ProvisionChange): Promise<void> {
  await m.query(
    `INSERT INTO provision_changes (school_id, entity, entity_id, pupil_id, action, before, after, changed_by)
     VALUES (app_current_school(), $1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)`,
    [
      change.entity,
      change.entityId,
      change.pupilId ?? null,
      change.action,
      change.before === null || change.before === undefined ? null : JSON.stringify(change.before),
      change.after === null || change.after === undefined ? null : JSON.stringify(change.after),
      change.userId,
    ],
  );
}

/** The fields of `after` whose values differ from `before`, as a {before, after} pair for the log. */
export function changedFields<T extends object>(
  before: T,
  after: T,
): { before: Partial<T>; after: Partial<T> } | null {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return Object.keys(a).length ? { before: b, after: a } : null;
}

/**
 * The fields of a PATCH body that were actually sent. DTO classes declare every optional field, so an
 * absent one can still be an own property holding undefined; spreading it would wipe the stored value.
 */
export function sentFields<T extends object>(body: T): Partial<T> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as Partial<T>;
}

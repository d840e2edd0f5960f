import type { RequestAuth } from '../platform/auth/principal';
import { notFound } from '../platform/http/problem';

/**
 * "Own pupils" of a teacher or TA: the pupils in the classes they are assigned to (and, once
 * provisions exist, the pupils in the groups they deliver). Returns a SQL condition on the pupils
 * alias given, with the user id as the parameter at the index given; null when the grant covers all.
 */
export function ownPupilsCondition(auth: RequestAuth, alias: string, paramIndex: number): string | null {
  if (auth.scope === 'all') return null;
  return `${alias}.class_id IN (SELECT cs.class_id FROM class_staff cs
            WHERE cs.school_id = ${alias}.school_id AND cs.user_id = $${paramIndex})`;
}

/**
 * Throws the standard 404 unless the pupil exists in the request's school and the caller may see them
 * under the route's scope. Returns nothing: callers then read what their permission allows.
 */
export async function assertPupilVisible(
  manager: { query: (sql: string, params: unknown[]) => Promise<unknown[]> },
  auth: RequestAuth,
  pupilId: string,
): Promise<void> {
  const own = ownPupilsCondition(auth, 'p', 2);
  const rows = await manager.query(
    `SELECT 1 FROM pupils p WHERE p.id = $1 ${own ? `AND ${own}` : ''}`,
    own ? [pupilId, auth.principal.userId] : [pupilId],
  );
  if (rows.length === 0) throw notFound();
}

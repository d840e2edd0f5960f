import type { RequestAuth } from '../platform/auth/principal';
import { notFound } from '../platform/http/problem';
import { SCHOOL_TODAY_SQL } from '../platform/tenancy/school-today';

/**
 * How long after a group ends its staff still count its pupils as their own, so that late session
 * logs and exit measures can still be recorded.
 */
export const OWN_GROUP_GRACE_DAYS = 30;

/**
 * "Own pupils" of a teacher or TA (PRODUCT.md): the pupils in the classes they are assigned to, and
 * the pupils in the provisions (intervention groups) they deliver: a place not yet left (or left today
 * or later) in a group that has not ended more than OWN_GROUP_GRACE_DAYS ago. Returns a SQL condition
 * on the pupils alias given, with the user id as the parameter at the index given; null when the grant
 * covers all.
 */
export function ownPupilsCondition(auth: RequestAuth, alias: string, paramIndex: number): string | null {
  if (auth.scope === 'all') return null;
  return ownPupilsOfUser(alias, paramIndex);
}

/**
 * The same rule for one member of staff outside a request (the daily digest, a calendar feed): the
 * condition on the pupils alias, with that person's user id as the parameter at the index given.
 */
export function ownPupilsOfUser(alias: string, paramIndex: number): string {
  return `(${alias}.class_id IN (SELECT cs.class_id FROM class_staff cs
            WHERE cs.school_id = ${alias}.school_id AND cs.user_id = $${paramIndex})
        OR EXISTS (SELECT 1 FROM provision_pupils own_pp
            JOIN provisions own_pr ON own_pr.school_id = own_pp.school_id AND own_pr.id = own_pp.provision_id
            JOIN provision_staff own_ps ON own_ps.school_id = own_pp.school_id
             AND own_ps.provision_id = own_pp.provision_id AND own_ps.user_id = $${paramIndex}
           WHERE own_pp.school_id = ${alias}.school_id AND own_pp.pupil_id = ${alias}.id
             AND (own_pp.left_on IS NULL OR own_pp.left_on >= ${SCHOOL_TODAY_SQL})
             AND own_pr.end_date >= ${SCHOOL_TODAY_SQL} - ${OWN_GROUP_GRACE_DAYS}))`;
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

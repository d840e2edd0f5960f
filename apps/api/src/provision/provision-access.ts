import type { RequestAuth } from '../platform/auth/principal';
import { forbidden, notFound } from '../platform/http/problem';

type Queryable = { query: (sql: string, params: unknown[]) => Promise<unknown[]> };

/**
 * Which groups a caller with an 'own' grant may see (PRODUCT.md): the groups they deliver, and for a
 * teacher also the groups that hold a current pupil of a class they are assigned to. Returns a SQL
 * condition on the provisions alias given, with the user id as the parameter at the index given; null
 * when the grant covers the whole school.
 */
export function visibleProvisionsCondition(
  auth: RequestAuth,
  alias: string,
  paramIndex: number,
): string | null {
  if (auth.scope === 'all') return null;
  const delivers = `EXISTS (SELECT 1 FROM provision_staff ps
      WHERE ps.school_id = ${alias}.school_id AND ps.provision_id = ${alias}.id AND ps.user_id = $${paramIndex})`;
  if (!auth.roles.includes('teacher')) return delivers;
  const teachesAPupil = `EXISTS (SELECT 1 FROM provision_pupils pp
      JOIN pupils p ON p.school_id = pp.school_id AND p.id = pp.pupil_id
      JOIN class_staff cs ON cs.school_id = p.school_id AND cs.class_id = p.class_id AND cs.user_id = $${paramIndex}
      WHERE pp.school_id = ${alias}.school_id AND pp.provision_id = ${alias}.id AND pp.left_on IS NULL)`;
  return `(${delivers} OR ${teachesAPupil})`;
}

/** Throws the standard 404 unless the group exists in the school and the caller may see it. */
export async function assertProvisionVisible(
  manager: Queryable,
  auth: RequestAuth,
  provisionId: string,
): Promise<void> {
  const own = visibleProvisionsCondition(auth, 'pr', 2);
  const rows = await manager.query(
    `SELECT 1 FROM provisions pr WHERE pr.id = $1 ${own ? `AND ${own}` : ''}`,
    own ? [provisionId, auth.principal.userId] : [provisionId],
  );
  if (rows.length === 0) throw notFound();
}

/**
 * For writes limited to "own groups" (a TA logging a session or recording measures): the group must
 * exist (else 404) and the caller must deliver it (else 403: they may log sessions, just not for this
 * group). A whole-school grant (the SENCO) passes.
 */
export async function assertDelivers(
  manager: Queryable,
  auth: RequestAuth,
  provisionId: string,
): Promise<void> {
  const rows = (await manager.query(
    `SELECT EXISTS (SELECT 1 FROM provision_staff ps WHERE ps.provision_id = pr.id AND ps.user_id = $2) AS delivers
       FROM provisions pr WHERE pr.id = $1`,
    [provisionId, auth.principal.userId],
  )) as { delivers: boolean }[];
  if (rows.length === 0) throw notFound();
  if (auth.scope !== 'all' && !rows[0].delivers) {
    throw forbidden(
      'Only the staff who deliver this group, and the SENCO, can record its sessions and measures.',
    );
  }
}

import { Injectable } from '@nestjs/common';
import { grantsFor, isSchoolRole, Role, SchoolRole } from '@sendreg/contracts';
import { DbContext } from '../tenancy/db-context';
import type { Principal } from './principal';

interface PrincipalRow {
  id: string;
  email: string;
  display_name: string;
  schools: { schoolId: string; schoolName: string; trustId: string | null; roles: string[] }[];
  trusts: { trustId: string; trustName: string; roles: string[] }[];
}

/**
 * Loads who the caller is, from the database, on every request: a disabled account, an ended session
 * or a removed membership takes effect on the next request. Nothing here is cached.
 */
@Injectable()
export class PrincipalService {
  constructor(private readonly db: DbContext) {}

  async load(userId: string, sessionId: string): Promise<Principal | null> {
    const rows: PrincipalRow[] = await this.db.runAsUser(userId, (m) =>
      m.query(
        `SELECT u.id, u.email, u.display_name,
                coalesce((SELECT json_agg(json_build_object('schoolId', s.id, 'schoolName', s.name,
                                   'trustId', s.trust_id, 'roles', m.roles) ORDER BY s.name)
                          FROM memberships m JOIN schools s ON s.id = m.school_id
                          WHERE m.user_id = u.id), '[]') AS schools,
                coalesce((SELECT json_agg(json_build_object('trustId', t.id, 'trustName', t.name,
                                   'roles', tm.roles) ORDER BY t.name)
                          FROM trust_memberships tm JOIN trusts t ON t.id = tm.trust_id
                          WHERE tm.user_id = u.id), '[]') AS trusts
           FROM users u JOIN auth_sessions a ON a.user_id = u.id
          WHERE u.id = $1 AND a.id = $2 AND u.disabled_at IS NULL
            AND a.revoked_at IS NULL AND a.expires_at > now()`,
        [userId, sessionId],
      ),
    );
    const row = rows[0];
    if (!row) return null;
    return {
      userId: row.id,
      sessionId,
      email: row.email,
      displayName: row.display_name,
      schools: row.schools.map((s) => {
        const roles = s.roles.filter(isSchoolRole) as SchoolRole[];
        return {
          schoolId: s.schoolId,
          schoolName: s.schoolName,
          trustId: s.trustId,
          roles,
          grants: grantsFor(roles),
        };
      }),
      trusts: row.trusts.map((t) => {
        const roles = t.roles.filter((r): r is Role => r === 'trust_leader');
        return { trustId: t.trustId, trustName: t.trustName, roles, grants: grantsFor(roles) };
      }),
    };
  }
}

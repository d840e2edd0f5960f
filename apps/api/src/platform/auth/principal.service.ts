import { Injectable } from '@nestjs/common';
import { grantsFor, isSchoolRole, Role, SchoolRole } from '@sendreg/contracts';
import { DataSource } from 'typeorm';
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
 * or a removed membership takes effect on the next request. Nothing here is cached. One statement,
 * app_principal() (migrations/1764700000000-principal-lookup.ts), scoped to the user by row-level
 * security inside it, instead of a transaction of four before the request's own.
 */
@Injectable()
export class PrincipalService {
  constructor(private readonly dataSource: DataSource) {}

  async load(userId: string, sessionId: string): Promise<Principal | null> {
    const rows: PrincipalRow[] = await this.dataSource.query(
      `SELECT id, email, display_name, schools, trusts FROM app_principal($1, $2)`,
      [userId, sessionId],
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

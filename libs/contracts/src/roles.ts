/** The roles a membership can carry. A school membership holds one or more school roles; a trust
 * membership holds the trust leader role. Permissions are the union of a person's roles. */
export const SCHOOL_ROLES = ['senco', 'teacher', 'ta', 'head', 'school_admin'] as const;
export type SchoolRole = (typeof SCHOOL_ROLES)[number];

export const TRUST_ROLES = ['trust_leader'] as const;
export type TrustRole = (typeof TRUST_ROLES)[number];

export type Role = SchoolRole | TrustRole;
export const ROLES: readonly Role[] = [...SCHOOL_ROLES, ...TRUST_ROLES];

export const ROLE_LABELS: Record<Role, string> = {
  senco: 'SENCO',
  teacher: 'Teacher',
  ta: 'Teaching assistant',
  head: 'Headteacher',
  school_admin: 'School administrator',
  trust_leader: 'Trust leader',
};

export function isSchoolRole(value: string): value is SchoolRole {
  return (SCHOOL_ROLES as readonly string[]).includes(value);
}

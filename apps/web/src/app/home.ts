import type { Me, SchoolMembership, SchoolRole, TrustMembership } from '@sendreg/contracts';
import { meets } from '../lib/grants';
import {
  DASHBOARD,
  MY_PUPILS,
  REGISTER,
  SCHOOL_NAV,
  SESSIONS,
  STAFF,
  TRUST_SUMMARY,
  type NavItem,
} from './navigation';

/** Where each role starts its day. */
const HOME_BY_ROLE: Record<SchoolRole, NavItem> = {
  senco: REGISTER,
  head: DASHBOARD,
  school_admin: STAFF,
  teacher: MY_PUPILS,
  ta: SESSIONS,
};

/** Someone with several roles lands on the home of the first of these they hold. */
export const HOME_ORDER: readonly SchoolRole[] = ['senco', 'head', 'school_admin', 'teacher', 'ta'];

export function schoolPath(schoolId: string, path = ''): string {
  return `/schools/${encodeURIComponent(schoolId)}${path ? `/${path}` : ''}`;
}

export function trustPath(trustId: string, path = ''): string {
  return `/trusts/${encodeURIComponent(trustId)}${path ? `/${path}` : ''}`;
}

export function schoolHomePath(school: SchoolMembership): string | null {
  const role = HOME_ORDER.find((candidate) => school.roles.includes(candidate));
  const item = role ? HOME_BY_ROLE[role] : SCHOOL_NAV.find((candidate) => meets(school.grants, candidate));
  return item ? schoolPath(school.schoolId, item.path) : null;
}

export function trustHomePath(trust: TrustMembership): string | null {
  return meets(trust.grants, TRUST_SUMMARY) ? trustPath(trust.trustId, TRUST_SUMMARY.path) : null;
}

/** The person's home: their first school, else their first trust; null when they belong to neither. */
export function homePath(me: Me): string | null {
  for (const school of me.schools) {
    const path = schoolHomePath(school);
    if (path) return path;
  }
  for (const trust of me.trusts) {
    const path = trustHomePath(trust);
    if (path) return path;
  }
  return null;
}

import type { Role, SchoolRole, TrustRole } from './roles';

/**
 * The permission matrix of PRODUCT.md as data. Every API route names exactly one of these permissions;
 * the server grants a route when one of the caller's roles holds it. "own" means the grant covers only
 * the caller's own pupils (their classes and the provisions they deliver): the route is reachable, and
 * the feature's access helper narrows what it returns. Anything not listed is denied.
 */
export const PERMISSIONS = {
  'pupil.read': 'Read pupil core records',
  'pupil.write': 'Create and edit pupil core records',
  'sen.read': 'Read SEN status, needs and their history',
  'sen.write': 'Change SEN status and needs',
  'concern.raise': 'Raise a concern about a pupil',
  'concern.read': 'Read concerns',
  'concern.triage': 'Triage concerns',
  'plan.read': 'Read support plans and reviews',
  'plan.strategies.read': 'Read the strategies of support plans',
  'plan.comment': 'Comment on progress before a review',
  'plan.write': 'Write support plans and reviews',
  'ehcp.read': 'Read EHCP records and statutory deadlines',
  'ehcp.write': 'Write EHCP records',
  'passport.read': 'Read pupil passports',
  'passport.acknowledge': 'Confirm a passport has been read',
  'passport.write': 'Write and publish pupil passports',
  'intervention.read': 'Read the intervention catalogue',
  'intervention.write': 'Edit the intervention catalogue',
  'provision.read': 'Read provisions (groups, members, schedule)',
  'provision.write': 'Edit provisions',
  'session.read': 'Read session logs, attendance and measures',
  'session.write': 'Log sessions, attendance and measures',
  'cost.read': 'Read costs and staff hourly rates',
  'cost.write': 'Edit costs',
  'rate.read': 'Read staff hourly rates',
  'rate.write': 'Set staff hourly rates',
  'report.read': 'School summary reports and exports',
  'trust.summary': 'Trust summary (aggregates only)',
  'staff.read': 'Read staff accounts, classes and assignments',
  'staff.write': 'Manage staff accounts, classes, assignments and pupil imports',
  'family.read': "Read pupils' family contacts",
  'family.write': "Keep pupils' family contacts",
  'professional.read': 'Read the directory of outside services and professionals',
  'professional.write': 'Keep the directory of outside services and professionals',
  'referral.read': 'Read referrals to outside services',
  'referral.write': 'Make and update referrals to outside services',
  'document.read': 'Read reports and documents received about a pupil (their SEND detail)',
  'document.write': 'Attach reports and documents received about a pupil',
  'chronology.read': "Read a pupil's chronology of contacts with families and professionals",
  'chronology.write': "Add to a pupil's chronology (and correct it by adding)",
  'exam.read': 'Read exam access arrangements',
  'exam.write': 'Record exam access arrangements, and whether TAs see them',
  'audit.read': 'Read the school audit log',
  'sar.export': 'Subject access export',
  'retention.approve': 'Approve disposal of records',
} as const;

export type Permission = keyof typeof PERMISSIONS;
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export type GrantScope = 'all' | 'own';
export type Grants = Partial<Record<Permission, GrantScope>>;

export const ROLE_GRANTS: Record<Role, Grants> = {
  senco: {
    'pupil.read': 'all',
    'pupil.write': 'all',
    'sen.read': 'all',
    'sen.write': 'all',
    'concern.raise': 'all',
    'concern.read': 'all',
    'concern.triage': 'all',
    'plan.read': 'all',
    'plan.strategies.read': 'all',
    'plan.comment': 'all',
    'plan.write': 'all',
    'ehcp.read': 'all',
    'ehcp.write': 'all',
    'passport.read': 'all',
    'passport.write': 'all',
    'intervention.read': 'all',
    'intervention.write': 'all',
    'provision.read': 'all',
    'provision.write': 'all',
    'session.read': 'all',
    'session.write': 'all',
    'cost.read': 'all',
    'cost.write': 'all',
    'rate.read': 'all',
    'rate.write': 'all',
    'report.read': 'all',
    'staff.read': 'all',
    'family.read': 'all',
    'family.write': 'all',
    'professional.read': 'all',
    'professional.write': 'all',
    'referral.read': 'all',
    'referral.write': 'all',
    'document.read': 'all',
    'document.write': 'all',
    'chronology.read': 'all',
    'chronology.write': 'all',
    'exam.read': 'all',
    'exam.write': 'all',
    'audit.read': 'all',
    'sar.export': 'all',
  },
  teacher: {
    'pupil.read': 'own',
    'sen.read': 'own',
    'concern.raise': 'own',
    'plan.read': 'own',
    'plan.strategies.read': 'own',
    'plan.comment': 'own',
    'passport.read': 'own',
    'passport.acknowledge': 'own',
    'intervention.read': 'all',
    'provision.read': 'own',
    'session.read': 'own',
    'document.read': 'own',
    'exam.read': 'own',
  },
  ta: {
    'pupil.read': 'own',
    'concern.raise': 'own',
    'plan.strategies.read': 'own',
    'passport.read': 'own',
    'passport.acknowledge': 'own',
    'intervention.read': 'all',
    'provision.read': 'own',
    'session.read': 'own',
    'session.write': 'own',
    // Only when the school has turned it on (exam_settings); otherwise a TA's list is empty.
    'exam.read': 'own',
  },
  head: {
    'pupil.read': 'all',
    'sen.read': 'all',
    'concern.read': 'all',
    'plan.read': 'all',
    'plan.strategies.read': 'all',
    'ehcp.read': 'all',
    'passport.read': 'all',
    'intervention.read': 'all',
    'provision.read': 'all',
    'session.read': 'all',
    'cost.read': 'all',
    'rate.read': 'all',
    'report.read': 'all',
    'staff.read': 'all',
    'family.read': 'all',
    'professional.read': 'all',
    'referral.read': 'all',
    'document.read': 'all',
    'chronology.read': 'all',
    'exam.read': 'all',
    'audit.read': 'all',
    'sar.export': 'all',
    'retention.approve': 'all',
  },
  school_admin: {
    'pupil.read': 'all',
    'pupil.write': 'all',
    'rate.read': 'all',
    'rate.write': 'all',
    'staff.read': 'all',
    'staff.write': 'all',
    'audit.read': 'all',
  },
  trust_leader: {
    'trust.summary': 'all',
  },
};

/** Permissions that are granted through a trust membership rather than a school membership. */
export const TRUST_PERMISSIONS: readonly Permission[] = ['trust.summary'];

/**
 * The grants of a set of roles: the union, where "all" beats "own".
 */
export function grantsFor(roles: readonly Role[]): Grants {
  const result: Grants = {};
  for (const role of roles) {
    for (const [permission, scope] of Object.entries(ROLE_GRANTS[role]) as [Permission, GrantScope][]) {
      if (result[permission] !== 'all') result[permission] = scope;
    }
  }
  return result;
}

export function can(roles: readonly Role[], permission: Permission): boolean {
  return grantsFor(roles)[permission] !== undefined;
}

export type { SchoolRole, TrustRole };

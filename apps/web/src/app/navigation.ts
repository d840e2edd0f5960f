import type { Requirement } from '../lib/grants';

/**
 * The navigation, as data. An item appears only when the membership's grants meet its requirement
 * (the shared permission map in @sendreg/contracts decides what each role holds), and the same
 * requirement guards the route, so a link is never shown to a page that would refuse the person.
 */
export interface NavItem extends Requirement {
  label: string;
  /** The path below /schools/:schoolId or /trusts/:trustId. */
  path: string;
}

export const REGISTER: NavItem = {
  label: 'Register',
  path: 'register',
  permission: 'sen.read',
  scope: 'all',
};
export const MY_PUPILS: NavItem = {
  label: 'My pupils',
  path: 'my-pupils',
  permission: 'pupil.read',
  scope: 'own',
};
/** The SENCO triages, the head reads; the label carries the number of open concerns (see MainNav). */
export const CONCERNS: NavItem = { label: 'Concerns', path: 'concerns', permission: 'concern.read' };
/** Whoever may raise concerns sees what became of theirs: teachers, TAs and the SENCO. */
export const MY_CONCERNS: NavItem = {
  label: 'My concerns',
  path: 'my-concerns',
  permission: 'concern.raise',
};
export const CENSUS: NavItem = { label: 'Census check', path: 'census', permission: 'report.read' };
export const SESSIONS: NavItem = { label: 'Sessions', path: 'my-sessions', permission: 'session.write' };
export const DASHBOARD: NavItem = { label: 'Dashboard', path: 'dashboard', permission: 'report.read' };
export const STAFF: NavItem = { label: 'Staff and classes', path: 'staff', permission: 'staff.read' };
export const IMPORTS: NavItem = { label: 'Import pupils', path: 'imports', permission: 'staff.write' };
/**
 * Teachers and TAs: the current passports of their own pupils, unread first. Scope 'own', so someone
 * who is also the SENCO or head sees the whole-school page instead.
 */
export const MY_PASSPORTS: NavItem = {
  label: 'Passports',
  path: 'my-passports',
  permission: 'passport.read',
  scope: 'own',
};
/** The SENCO and head: who has read each pupil's current passport. */
export const PASSPORTS: NavItem = {
  label: 'Passports',
  path: 'passports',
  permission: 'passport.read',
  scope: 'all',
};
/** The provision map's groups, for the SENCO and the head. */
export const PROVISION: NavItem = {
  label: 'Provision',
  path: 'provision',
  permission: 'provision.read',
  scope: 'all',
};
/** Reviews and EHCP deadlines due and overdue: lists for the SENCO, counts for the head. */
export const REVIEWS: NavItem = { label: 'Reviews', path: 'reviews', permission: 'report.read' };
/** Referrals to outside services, open ones with the longest waits first: the SENCO and head. */
export const REFERRALS: NavItem = { label: 'Referrals', path: 'referrals', permission: 'referral.read' };
/** Exam access arrangements: the school's list (SENCO, head), or those of my pupils (teachers, TAs). */
export const EXAM_ARRANGEMENTS: NavItem = {
  label: 'Exam access',
  path: 'exam-arrangements',
  permission: 'exam.read',
};
/** Hourly rates: the SENCO and admin set them, the head reads them. */
export const STAFF_RATES: NavItem = { label: 'Staff rates', path: 'staff-rates', permission: 'rate.read' };

export const SCHOOL_NAV: readonly NavItem[] = [
  REGISTER,
  MY_PUPILS,
  CONCERNS,
  MY_CONCERNS,
  CENSUS,
  SESSIONS,
  MY_PASSPORTS,
  PASSPORTS,
  PROVISION,
  REVIEWS,
  REFERRALS,
  EXAM_ARRANGEMENTS,
  DASHBOARD,
  STAFF,
  STAFF_RATES,
  IMPORTS,
];

export const TRUST_SUMMARY: NavItem = {
  label: 'Trust summary',
  path: 'summary',
  permission: 'trust.summary',
};

export const TRUST_NAV: readonly NavItem[] = [TRUST_SUMMARY];

/** Pages reached from lists rather than from the navigation. */
export const PUPIL_RECORD: Requirement = { permission: 'pupil.read' };
/** The pupil's SEND summary and history on their page: SENCO and head all, teacher own; not a TA. */
export const SEND_RECORD: Requirement = { permission: 'sen.read' };
/** Change SEN status, set needs: the SENCO. */
export const SEND_CHANGE: Requirement = { permission: 'sen.write' };
export const RAISE_CONCERN: Requirement = { permission: 'concern.raise' };
export const CONCERN_RECORD: Requirement = { permission: 'concern.read' };
/** The register's class filter needs the list of classes. */
export const CLASS_LIST: Requirement = { permission: 'staff.read' };
export const REGISTER_EXPORT: Requirement = { permission: 'report.read' };
/** Add a pupil, edit a core record, record leaving: the SENCO and the school admin. */
export const PUPIL_WRITE: Requirement = { permission: 'pupil.write' };
/** Add a class, choose a class's staff: the school admin. */
export const STAFF_WRITE: Requirement = { permission: 'staff.write' };
/** A group's page: the SENCO and head, a teacher for groups with their pupils, a TA for their groups. */
export const PROVISION_RECORD: Requirement = { permission: 'provision.read' };
/** Start or change a group, add pupils: the SENCO. */
export const PROVISION_WRITE: Requirement = { permission: 'provision.write' };
/** The catalogue: read by all school staff who work with provision; edited by the SENCO. */
export const INTERVENTION_LIST: Requirement = { permission: 'intervention.read' };
export const INTERVENTION_WRITE: Requirement = { permission: 'intervention.write' };
/** A group's logged sessions, and correcting one. */
export const SESSION_RECORDS: Requirement = { permission: 'session.read' };
export const SESSION_WRITE: Requirement = { permission: 'session.write' };
/** Costs, and the hourly rates behind them: the SENCO and the head (never teachers or TAs). */
export const COSTS: Requirement = { permission: 'cost.read' };
/** The whole-school provision map, impact and exports: the SENCO and the head. */
export const PROVISION_REPORTS: Requirement = { permission: 'report.read' };
/** Term dates (the days the school is closed): read by the SENCO, head and admin; kept by the admin. */
export const TERM_DATES: Requirement = { permission: 'staff.read' };
/** A pupil's passport: the SENCO and head all, teachers and TAs their own pupils. */
export const PASSPORT_RECORD: Requirement = { permission: 'passport.read' };
/** Write and publish passports: the SENCO. */
export const PASSPORT_WRITE: Requirement = { permission: 'passport.write' };
/** A pupil's support plan page: everyone who may read any of it (TAs: the strategies only). */
export const PLAN_STRATEGIES: Requirement = { permission: 'plan.strategies.read' };
/** The whole plan, its history and reviews: the SENCO and head, teachers for their own pupils. */
export const PLAN_RECORD: Requirement = { permission: 'plan.read' };
/** Write plans, activate them, record reviews, set the review cycle: the SENCO. */
export const PLAN_WRITE: Requirement = { permission: 'plan.write' };
/** Comment on progress before a review: teachers (own pupils) and the SENCO. */
export const PLAN_COMMENT: Requirement = { permission: 'plan.comment' };
/** A pupil's EHCP record and statutory clock: the SENCO and head. */
export const EHCP_RECORD: Requirement = { permission: 'ehcp.read' };
export const EHCP_WRITE: Requirement = { permission: 'ehcp.write' };
/** A pupil's family contacts: the SENCO and head (never TAs). */
export const FAMILY_RECORD: Requirement = { permission: 'family.read' };
/** The directory of outside services and professionals: the SENCO and head. */
export const PROFESSIONALS: Requirement = { permission: 'professional.read' };
export const REFERRAL_RECORD: Requirement = { permission: 'referral.read' };
export const REFERRAL_WRITE: Requirement = { permission: 'referral.write' };
/** Documents received about a pupil: whoever sees the pupil's SEND detail. */
export const DOCUMENT_RECORD: Requirement = { permission: 'document.read' };
/** A pupil's chronology: the SENCO and head. */
export const CHRONOLOGY_RECORD: Requirement = { permission: 'chronology.read' };
/** A pupil's exam access arrangements. */
export const EXAM_RECORD: Requirement = { permission: 'exam.read' };

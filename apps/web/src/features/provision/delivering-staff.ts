import {
  DELIVERING_ROLE_LABELS,
  DELIVERING_ROLES,
  type DeliveringRole,
  type SchoolRole,
} from '@sendreg/contracts';

/** A member of staff as GET /staff lists them (only what this feature reads). */
export interface StaffPerson {
  userId: string;
  displayName: string;
  roles: SchoolRole[];
}

/** The roles of a person that deliver interventions, in the order of DELIVERING_ROLES. */
export function deliveringRoles(person: Pick<StaffPerson, 'roles'>): DeliveringRole[] {
  return DELIVERING_ROLES.filter((role) => (person.roles as readonly string[]).includes(role));
}

/** The people who can deliver a group or carry an hourly rate: teachers, TAs and the SENCO, by name. */
export function deliveringStaff<T extends StaffPerson>(staff: readonly T[]): T[] {
  return staff
    .filter((person) => deliveringRoles(person).length > 0)
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));
}

/** "Sam Patel (Teaching assistant)", so two people of the same name can be told apart by role. */
export function staffLabel(person: StaffPerson): string {
  const roles = deliveringRoles(person).map((role) => DELIVERING_ROLE_LABELS[role]);
  return roles.length ? `${person.displayName} (${roles.join(', ')})` : person.displayName;
}

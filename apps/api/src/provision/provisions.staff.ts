import { DELIVERING_ROLES } from '@sendreg/contracts';
import type { FieldError } from '../platform/http/problem';

type Queryable = { query: (sql: string, params: unknown[]) => Promise<unknown[]> };

/**
 * Field errors for people named as delivering staff (a group's staff, a person's hourly rate): each
 * must be on this school's staff with a role that delivers interventions (teacher, TA or SENCO), and
 * be named once. `field(i)` names the field of the i-th person for the error.
 */
export async function deliveringStaffErrors(
  m: Queryable,
  userIds: readonly string[],
  field: (index: number) => string,
): Promise<FieldError[]> {
  if (userIds.length === 0) return [];
  // The school is named explicitly: the memberships policy also shows people their own memberships
  // of other schools, so that they can switch between them.
  const members = (await m.query(
    `SELECT user_id, roles && $2::text[] AS delivers FROM memberships
      WHERE school_id = app_current_school() AND user_id = ANY ($1::uuid[])`,
    [userIds, DELIVERING_ROLES],
  )) as { user_id: string; delivers: boolean }[];
  const errors: FieldError[] = [];
  userIds.forEach((id, i) => {
    const member = members.find((mb) => mb.user_id === id);
    if (!member) {
      errors.push({ field: field(i), message: 'This person is not on the staff of this school' });
    } else if (!member.delivers) {
      errors.push({
        field: field(i),
        message: 'Choose a teacher, teaching assistant or SENCO: this person does not deliver interventions',
      });
    } else if (userIds.indexOf(id) !== i) {
      errors.push({ field: field(i), message: 'This person is listed twice' });
    }
  });
  return errors;
}

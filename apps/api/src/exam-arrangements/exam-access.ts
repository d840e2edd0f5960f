import { EXAM_ARRANGEMENT_KINDS, ROLE_GRANTS, type Role } from '@sendreg/contracts';

/**
 * Whether the caller reads exam arrangements only as a teaching assistant: no other role of theirs in
 * this school grants exam.read. A TA who is also a teacher reads them as a teacher, whatever the
 * school's setting.
 */
export function readsExamOnlyAsTa(roles: readonly Role[]): boolean {
  return (
    roles.includes('ta') &&
    !roles.some((role) => role !== 'ta' && ROLE_GRANTS[role]['exam.read'] !== undefined)
  );
}

/** The kinds in the order the school reads them (extra time first), as a SQL text array. */
export const KIND_ORDER_SQL = `ARRAY[${EXAM_ARRANGEMENT_KINDS.map((k) => `'${k}'`).join(', ')}]::text[]`;

import { ROLE_GRANTS, type Role } from '@sendreg/contracts';
import { OWN_GROUP_GRACE_DAYS } from '../pupils/own-pupils';

/** A timestamp inside JSON built by SQL, as ISO 8601 UTC (top-level columns come back as Dates). */
export const isoTimestamp = (expr: string) =>
  `to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** PupilRef of the pupil alias given, with its class alias. */
export const pupilRef = (p = 'p', cl = 'cl') =>
  `json_build_object('id', ${p}.id, 'name', coalesce(${p}.preferred_forename, ${p}.legal_forename) || ' ' || ${p}.legal_surname,
                     'yearGroup', ${p}.year_group, 'className', ${cl}.name)`;

/** PersonRef of a users alias (left-joined: null when there is none). */
export const personRef = (u: string) =>
  `CASE WHEN ${u}.id IS NULL THEN NULL ELSE json_build_object('id', ${u}.id, 'displayName', ${u}.display_name) END`;

/** PassportVersion of a passport_versions alias, with the publisher's users alias. */
export const versionJson = (v = 'v', by = 'pb') =>
  `json_build_object('id', ${v}.id, 'number', ${v}.number, 'content', ${v}.content, 'photoId', ${v}.photo_id,
                     'changeNote', ${v}.change_note, 'publishedBy', ${personRef(by)},
                     'publishedAt', ${isoTimestamp(`${v}.published_at`)})`;

/** A lateral join to the pupil alias's current passport version (the highest number), as `cur`. */
export const currentVersionJoin = (p = 'p') => `LEFT JOIN LATERAL (
    SELECT v.id, v.number, v.content, v.photo_id, v.change_note, v.published_by, v.published_at
      FROM passport_versions v WHERE v.school_id = ${p}.school_id AND v.pupil_id = ${p}.id
     ORDER BY v.number DESC LIMIT 1) cur ON true`;

/** On roll on the date (a placeholder): admitted by then and not yet left. */
export const onRoll = (p: string, date: string) =>
  `(${p}.admission_date IS NULL OR ${p}.admission_date <= ${date}::date)
   AND (${p}.leaving_date IS NULL OR ${p}.leaving_date > ${date}::date)`;

/** The roles that confirm reading passports (teacher and TA): the readers coverage counts. */
export const READER_ROLES = (Object.keys(ROLE_GRANTS) as Role[]).filter(
  (role) => ROLE_GRANTS[role]['passport.acknowledge'] !== undefined,
);

/**
 * Who reads which current passport, as CTEs ending in `reads (pupil_id, user_id, read)`: for each
 * pupil on roll with a published passport, the staff who work with them, which is the same rule as
 * "own pupils" (own-pupils.ts): the staff assigned to the pupil's class, and the staff of the groups
 * the pupil has a current place in (not left before today, the group not ended more than
 * OWN_GROUP_GRACE_DAYS ago). Only current members of the school with a role that confirms reading
 * (teacher, TA) count: a SENCO who delivers a group is not asked to confirm. `read` is whether they
 * have a receipt for the current version. Placeholders: today (a date) and the reader roles.
 */
export function readsCtes(today: string, readerRoles: string, userFilter = ''): string {
  return `current_passports AS (
      SELECT DISTINCT ON (v.pupil_id) v.pupil_id, v.id AS version_id, v.number, v.published_at
        FROM passport_versions v JOIN pupils p ON p.school_id = v.school_id AND p.id = v.pupil_id
       WHERE ${onRoll('p', today)}
       ORDER BY v.pupil_id, v.number DESC),
    works_with AS (
      SELECT p.id AS pupil_id, cs.user_id
        FROM current_passports c JOIN pupils p ON p.school_id = app_current_school() AND p.id = c.pupil_id
        JOIN class_staff cs ON cs.school_id = p.school_id AND cs.class_id = p.class_id
      UNION
      SELECT pp.pupil_id, ps.user_id
        FROM current_passports c JOIN provision_pupils pp ON pp.school_id = app_current_school() AND pp.pupil_id = c.pupil_id
        JOIN provisions pr ON pr.school_id = pp.school_id AND pr.id = pp.provision_id
        JOIN provision_staff ps ON ps.school_id = pp.school_id AND ps.provision_id = pp.provision_id
       WHERE (pp.left_on IS NULL OR pp.left_on >= ${today}::date)
         AND pr.end_date >= ${today}::date - ${OWN_GROUP_GRACE_DAYS}),
    reads AS (
      SELECT w.pupil_id, w.user_id, c.version_id,
             EXISTS (SELECT 1 FROM passport_receipts r
                      WHERE r.school_id = app_current_school() AND r.version_id = c.version_id
                        AND r.user_id = w.user_id) AS read
        FROM works_with w JOIN current_passports c ON c.pupil_id = w.pupil_id
        JOIN memberships m ON m.school_id = app_current_school() AND m.user_id = w.user_id
         AND m.roles && ${readerRoles}::text[]
        JOIN users u ON u.id = w.user_id AND u.disabled_at IS NULL
       ${userFilter ? `WHERE ${userFilter}` : ''})`;
}

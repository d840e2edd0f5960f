import { Injectable } from '@nestjs/common';
import type { Notification, PassportCoverage } from '@sendreg/contracts';
import { notificationColumns } from '../notifications/notification-sql';
import { enqueue } from '../notifications/outbox';
import type { RequestAuth } from '../platform/auth/principal';
import { forbidden, validationProblem } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { onRollCondition, registerFrom, schoolToday, SqlParams } from '../register/register-query';
import { isoTimestamp, personRef, pupilRef, READER_ROLES, readsCtes } from './passport-sql';

/** The reminder's subject: it shows on lock screens and in mail previews, so never a pupil's name. */
export const NUDGE_SUBJECT = "Please read your pupils' passports";

/** The reminder, with the count only: it never names a pupil. */
export function nudgeMessage(unread: number): string {
  return unread === 1
    ? 'You have 1 pupil passport to read: open Passports, read it and confirm you have read it.'
    : `You have ${unread} pupil passports to read: open Passports, read each one and confirm you have read it.`;
}

/**
 * Who has read the current passports: for the SENCO, to see who to remind, and for the head, as part
 * of the picture of SEND in the school. Worked out in SQL, never by loading the school into Node.
 */
@Injectable()
export class PassportCoverageService {
  constructor(private readonly db: DbContext) {}

  async coverage(auth: RequestAuth): Promise<PassportCoverage> {
    // The whole school's picture: only for those who read every pupil's passport.
    if (auth.grants['passport.read'] !== 'all') throw forbidden();
    const m = this.db.manager;
    const today = schoolToday();
    const [row] = (await m.query(
      `WITH ${readsCtes('$1', '$2')},
       by_pupil AS (
         SELECT c.pupil_id, c.number, c.published_at,
                count(r.user_id)::int AS staff,
                coalesce(json_agg(json_build_object('id', u.id, 'displayName', u.display_name)
                                  ORDER BY u.display_name, u.id) FILTER (WHERE r.user_id IS NOT NULL AND NOT r.read),
                         '[]'::json) AS unread_by
           FROM current_passports c LEFT JOIN reads r ON r.pupil_id = c.pupil_id
           LEFT JOIN users u ON u.id = r.user_id
          GROUP BY c.pupil_id, c.number, c.published_at),
       by_staff AS (
         SELECT r.user_id, count(*)::int AS pupils, count(*) FILTER (WHERE NOT r.read)::int AS unread
           FROM reads r GROUP BY r.user_id)
       SELECT
         (SELECT coalesce(json_agg(json_build_object(
                   'pupil', ${pupilRef()}, 'currentNumber', b.number,
                   'publishedAt', ${isoTimestamp('b.published_at')}, 'staff', b.staff, 'unreadBy', b.unread_by)
                   ORDER BY p.legal_surname, coalesce(p.preferred_forename, p.legal_forename), p.id), '[]'::json)
            FROM by_pupil b JOIN pupils p ON p.school_id = app_current_school() AND p.id = b.pupil_id
            LEFT JOIN classes cl ON cl.school_id = p.school_id AND cl.id = p.class_id) AS pupils,
         (SELECT coalesce(json_agg(json_build_object(
                   'person', ${personRef('u')}, 'pupils', s.pupils, 'unread', s.unread,
                   'lastNudgedAt', ${isoTimestamp('nudged.at')})
                   ORDER BY s.unread DESC, u.display_name, u.id), '[]'::json)
            FROM by_staff s JOIN users u ON u.id = s.user_id
            LEFT JOIN LATERAL (
              SELECT max(n.created_at) AS at FROM outbox_messages n
               WHERE n.school_id = app_current_school() AND n.user_id = s.user_id AND n.kind = 'passport-nudge') nudged
              ON true) AS staff`,
      [today, READER_ROLES],
    )) as Pick<PassportCoverage, 'pupils' | 'staff'>[];
    const params = new SqlParams();
    const from = registerFrom(params, today, false);
    const withoutPassport = (await m.query(
      `SELECT ${pupilRef('p', 'c')} AS pupil FROM ${from}
        WHERE ${onRollCondition(params, today)} AND s.status IN ('K', 'E')
          AND NOT EXISTS (SELECT 1 FROM passport_versions v WHERE v.school_id = p.school_id AND v.pupil_id = p.id)
        ORDER BY p.legal_surname, coalesce(p.preferred_forename, p.legal_forename), p.id`,
      params.values,
    )) as { pupil: PassportCoverage['withoutPassport'][number] }[];
    return { pupils: row!.pupils, staff: row!.staff, withoutPassport: withoutPassport.map((r) => r.pupil) };
  }

  /**
   * Reminds one member of staff of the current passports they have not read (the count, never the
   * pupils' names), as a notification: in the app, and by email when SMTP is configured. 400 when they
   * are not on the school's staff, or have nothing to read.
   */
  async nudge(auth: RequestAuth, userId: string): Promise<Notification> {
    const m = this.db.manager;
    // The school is named explicitly: the memberships policy also shows people their own memberships
    // of other schools.
    const [member] = await m.query(
      `SELECT 1 FROM memberships WHERE school_id = app_current_school() AND user_id = $1`,
      [userId],
    );
    if (!member) {
      throw validationProblem([
        { field: 'userId', message: 'This person is not on the staff of this school' },
      ]);
    }
    const [{ unread }] = (await m.query(
      `WITH ${readsCtes('$1', '$2', 'w.user_id = $3')}
       SELECT count(*) FILTER (WHERE NOT read)::int AS unread FROM reads`,
      [schoolToday(), READER_ROLES, userId],
    )) as [{ unread: number }];
    if (unread === 0) {
      throw validationProblem([
        {
          field: 'userId',
          message: 'This person has read the current passport of every pupil they work with',
        },
      ]);
    }
    await enqueue(m, {
      userId,
      kind: 'passport-nudge',
      subject: NUDGE_SUBJECT,
      // Who asked, as the in-app notice used to show: a member of staff's name, never a pupil's.
      body: `${nudgeMessage(unread)}\n\nSent by ${auth.principal.displayName}.`,
      link: `/schools/${auth.schoolId!}/my-passports`,
      // Every reminder the SENCO sends is one message: none is a repeat of another.
      dedupeKey: null,
      createdBy: auth.principal.userId,
    });
    // The one just written: created in this transaction (now() is its start), by the caller.
    const [notification] = (await m.query(
      `SELECT ${notificationColumns('o')} FROM outbox_messages o
        WHERE o.user_id = $1 AND o.kind = 'passport-nudge' AND o.created_by = $2 AND o.created_at = now()
        ORDER BY o.id LIMIT 1`,
      [userId, auth.principal.userId],
    )) as Notification[];
    return notification!;
  }
}

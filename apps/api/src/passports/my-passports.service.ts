import { Injectable } from '@nestjs/common';
import type { MyPassports } from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { DbContext } from '../platform/tenancy/db-context';
import { ownPupilsCondition } from '../pupils/own-pupils';
import { schoolToday } from '../register/register-query';
import { cleanText } from './passport-content';
import { isoTimestamp, onRoll, pupilRef } from './passport-sql';

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * A teacher's or TA's own view: the passports of their pupils. The SENCO's reminders are notifications
 * (GET /notifications, kind 'passport-nudge').
 */
@Injectable()
export class MyPassportsService {
  constructor(private readonly db: DbContext) {}

  /**
   * The caller's own pupils on roll who have a published passport: unread first (no receipt for the
   * current version), then by surname. `q` narrows by name; it is never logged.
   */
  async list(auth: RequestAuth, q: string | undefined): Promise<MyPassports> {
    const params: unknown[] = [auth.principal.userId, schoolToday()];
    const where = [onRoll('p', '$2')];
    const own = ownPupilsCondition(auth, 'p', 1);
    if (own) where.push(own);
    const term = q === undefined ? '' : cleanText(q);
    if (term) {
      params.push(`%${escapeLike(term)}%`);
      where.push(`(p.legal_surname ILIKE $3 OR p.legal_forename ILIKE $3 OR p.preferred_forename ILIKE $3
        OR (coalesce(p.preferred_forename, p.legal_forename) || ' ' || p.legal_surname) ILIKE $3)`);
    }
    const items = await this.db.manager.query(
      `SELECT ${pupilRef()} AS pupil,
              json_build_object('number', cur.number, 'publishedAt', ${isoTimestamp('cur.published_at')},
                                'changeNote', cur.change_note) AS current,
              mine.number AS "lastReadNumber", mine.number IS DISTINCT FROM cur.number AS unread
         FROM pupils p LEFT JOIN classes cl ON cl.school_id = p.school_id AND cl.id = p.class_id
         JOIN LATERAL (
           SELECT v.id, v.number, v.change_note, v.published_at FROM passport_versions v
            WHERE v.school_id = p.school_id AND v.pupil_id = p.id ORDER BY v.number DESC LIMIT 1) cur ON true
         LEFT JOIN LATERAL (
           SELECT v.number FROM passport_receipts r
             JOIN passport_versions v ON v.school_id = r.school_id AND v.id = r.version_id
            WHERE r.school_id = p.school_id AND r.user_id = $1 AND v.pupil_id = p.id
            ORDER BY v.number DESC LIMIT 1) mine ON true
        WHERE ${where.join(' AND ')}
        ORDER BY unread DESC, p.legal_surname, coalesce(p.preferred_forename, p.legal_forename), p.id`,
      params,
    );
    return { items };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { grantsFor, isSchoolRole, type CalendarFeed, type Grants } from '@sendreg/contracts';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ehcpClocks } from '../ehcp/ehcp-clocks';
import { onRoll } from '../passports/passport-sql';
import type { RequestAuth } from '../platform/auth/principal';
import { APP_CONFIG, AppConfig } from '../platform/config/app-config';
import { notFound } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { ownPupilsOfUser } from '../pupils/own-pupils';
import { schoolToday } from '../register/register-query';
import { calendarEvents, renderCalendar, type ReviewDate } from './calendar-events';

/** 32 random bytes, base64url: what a feed address carries, and all it carries. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Only the hash of a token is stored: a copy of the database gives no working feed address. */
export function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

const PUPIL_COLUMNS = `coalesce(p.preferred_forename, p.legal_forename) || ' ' || p.legal_surname AS name,
                       p.year_group AS "yearGroup"`;

interface DateRow {
  key: string;
  date: string;
  name: string;
  yearGroup: ReviewDate['pupil']['yearGroup'];
}

/**
 * A person's iCalendar feed of review dates, at a secret address they can give their calendar app.
 * They create, replace and turn off their own feed (row-level security lets nobody touch another's);
 * the feed itself is found by the token's hash and built as that person, in that school.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly db: DbContext,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(auth: RequestAuth): Promise<CalendarFeed> {
    const [live] = (await this.db.manager.query(
      `SELECT created_at FROM calendar_feeds WHERE user_id = $1 AND revoked_at IS NULL`,
      [auth.principal.userId],
    )) as { created_at: Date }[];
    return { active: Boolean(live), createdAt: live ? live.created_at.toISOString() : null, url: null };
  }

  /** A new address (the previous one stops working), answered once: only its hash is kept. */
  async create(auth: RequestAuth): Promise<CalendarFeed> {
    const m = this.db.manager;
    const token = randomBytes(32).toString('base64url');
    await this.revokeLive(m, auth.principal.userId);
    const [created] = (await m.query(
      `INSERT INTO calendar_feeds (school_id, token_hash, user_id)
       VALUES (app_current_school(), $1, $2) RETURNING created_at`,
      [tokenHash(token), auth.principal.userId],
    )) as { created_at: Date }[];
    return {
      active: true,
      createdAt: created!.created_at.toISOString(),
      url: `${this.config.publicUrl}/api/calendar/${token}.ics`,
    };
  }

  async revoke(auth: RequestAuth): Promise<void> {
    await this.revokeLive(this.db.manager, auth.principal.userId);
  }

  private async revokeLive(m: EntityManager, userId: string): Promise<void> {
    await m.query(
      `WITH revoked AS (UPDATE calendar_feeds SET revoked_at = now()
                         WHERE user_id = $1 AND revoked_at IS NULL RETURNING 1)
       SELECT count(*) FROM revoked`,
      [userId],
    );
  }

  /**
   * The feed at a token, as iCalendar text; 404 for a token that is unknown or revoked, or whose owner
   * is disabled or no longer a member of the school.
   */
  feed(token: string): Promise<string> {
    if (!TOKEN.test(token)) throw notFound();
    return this.db.run({ schoolId: null, userId: null }, async (m) => {
      const [feed] = (await m.query(`SELECT school_id, user_id FROM app_calendar_feed($1)`, [
        tokenHash(token),
      ])) as { school_id: string; user_id: string }[];
      if (!feed) throw notFound();
      // From here as that person in that school: row-level security scopes every read to the school.
      return this.db.within(m, { schoolId: feed.school_id, userId: feed.user_id }, async (tx) => {
        const [member] = (await tx.query(
          `SELECT m.roles, s.name FROM memberships m JOIN schools s ON s.id = m.school_id
            WHERE m.school_id = app_current_school() AND m.user_id = $1`,
          [feed.user_id],
        )) as { roles: string[]; name: string }[];
        if (!member) throw notFound();
        const grants = grantsFor(member.roles.filter(isSchoolRole));
        const dates = await this.reviewDates(tx, grants, feed.user_id, schoolToday());
        return renderCalendar(`Review dates: ${member.name}`, calendarEvents(dates), new Date());
      });
    });
  }

  /**
   * The dates for someone with these grants: whoever writes plans (the SENCO) gets every active plan's
   * review date, and whoever writes EHCP records (the SENCO) each EHC plan's annual review deadline and
   * booked meeting; a teacher the review dates of their own pupils' active plans; anyone else nothing.
   * Pupils on roll only.
   */
  async reviewDates(m: EntityManager, grants: Grants, userId: string, today: string): Promise<ReviewDate[]> {
    const dates: ReviewDate[] = [];
    const add = (kind: ReviewDate['kind'], rows: DateRow[]) =>
      dates.push(
        ...rows.map((r) => ({
          kind,
          key: r.key,
          date: r.date,
          pupil: { name: r.name, yearGroup: r.yearGroup },
        })),
      );

    const allPlans = grants['plan.write'] === 'all';
    if (allPlans || grants['plan.read'] === 'own') {
      const own = allPlans ? null : ownPupilsOfUser('p', 2);
      add(
        'plan-review',
        (await m.query(
          `SELECT sp.id AS key, to_char(sp.review_date, 'YYYY-MM-DD') AS date, ${PUPIL_COLUMNS}
             FROM support_plans sp JOIN pupils p ON p.school_id = sp.school_id AND p.id = sp.pupil_id
            WHERE sp.status = 'active' AND sp.review_date IS NOT NULL AND ${onRoll('p', '$1')}
              ${own ? `AND ${own}` : ''}`,
          own ? [today, userId] : [today],
        )) as DateRow[],
      );
    }

    if (grants['ehcp.write'] === 'all') {
      for (const { pupil, clock } of await ehcpClocks(m, today)) {
        if (!clock.annualReviewDueBy) continue;
        dates.push({
          kind: 'ehcp-annual-review-due',
          key: pupil.id,
          date: clock.annualReviewDueBy,
          pupil: { name: pupil.name, yearGroup: pupil.yearGroup },
        });
      }
      add(
        'ehcp-annual-review-meeting',
        (await m.query(
          `SELECT e.pupil_id AS key, to_char(e.next_annual_review_meeting_on, 'YYYY-MM-DD') AS date, ${PUPIL_COLUMNS}
             FROM ehcp_records e JOIN pupils p ON p.school_id = e.school_id AND p.id = e.pupil_id
            WHERE e.next_annual_review_meeting_on IS NOT NULL AND ${onRoll('p', '$1')}`,
          [today],
        )) as DateRow[],
      );
    }
    return dates;
  }
}

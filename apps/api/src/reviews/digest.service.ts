import { Inject, Injectable, Logger } from '@nestjs/common';
import { grantsFor, type DueItem, type Role } from '@sendreg/contracts';
import type { EntityManager } from 'typeorm';
import { enqueue } from '../notifications/outbox';
import { pupilInitials } from '../notifications/pupil-initials';
import { APP_CONFIG, AppConfig } from '../platform/config/app-config';
import { DbContext } from '../platform/tenancy/db-context';
import {
  headDigest,
  joinDigests,
  sencoDigest,
  teacherDigest,
  type DigestItem,
  type DigestMessage,
} from './digest-messages';
import { planReviewsDue } from './due-items.queries';
import { NEAR_WINDOW_DAYS } from './due-windows';
import { reviewDashboard } from './review-dashboard';

/** What one run over every school did: ids and counts only. */
export interface DigestRun {
  schools: number;
  /** Schools whose digests are written (or were being written by another replica). */
  done: string[];
  failed: string[];
  messages: number;
}

export const DIGEST_KIND = 'review-digest';
export const digestKey = (today: string) => `${DIGEST_KIND}:${today}`;

interface Member {
  userId: string;
  roles: Role[];
}

/**
 * The daily review digest: each member of staff gets one message a day about what is due for them,
 * written to the outbox (the app lists it; the email sender sends it). The dedupe key is the day, so
 * running again the same day (a second tick, a restart, another replica) writes nothing new.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger('ReviewDigest');

  constructor(
    private readonly db: DbContext,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Writes the day's digests of one school, in its own transaction; answers how many were new. */
  writeDigests(schoolId: string, today: string): Promise<number> {
    return this.db.runAsSchool(schoolId, (m) => this.writeInSchool(m, schoolId, today));
  }

  /**
   * Every school in turn, each in its own transaction so one school's failure does not stop the
   * others (the scheduler tries the failed ones again on its next tick). Each school's transaction
   * first takes that school's advisory lock (pg_try_advisory_xact_lock): when another replica holds
   * it, that replica is writing the school's digests and this one moves on, so replicas share the
   * work rather than repeat it. The lock is per school, inside the school's own transaction, rather
   * than one lock held by an outer transaction around the run: the embedded database has one
   * connection, which that outer transaction would hold while the schools waited for it.
   */
  async runAll(today: string, skip: ReadonlySet<string> = new Set()): Promise<DigestRun> {
    const schools = await this.db.run({ schoolId: null, userId: null }, async (m) =>
      ((await m.query(`SELECT id FROM app_school_ids() AS id`)) as { id: string }[]).map((row) => row.id),
    );
    const run: DigestRun = { schools: schools.length, done: [], failed: [], messages: 0 };
    for (const schoolId of schools) {
      if (skip.has(schoolId)) continue;
      try {
        run.messages += await this.db.runAsSchool(schoolId, async (m) => {
          const [lock] = (await m.query(
            `SELECT pg_try_advisory_xact_lock(hashtext('sendreg:review-digest'), hashtext($1)) AS locked`,
            [schoolId],
          )) as [{ locked: boolean }];
          return lock.locked ? this.writeInSchool(m, schoolId, today) : 0;
        });
        run.done.push(schoolId);
      } catch (error) {
        run.failed.push(schoolId);
        // The school and the kind of error only: a database error's message can quote the values
        // it failed on, which may be pupils' details.
        const { name, code } = error as { name?: string; code?: string };
        this.logger.error({ schoolId, today, err: { type: name, code } }, 'review digest failed');
      }
    }
    return run;
  }

  private async writeInSchool(m: EntityManager, schoolId: string, today: string): Promise<number> {
    const members = (await m.query(
      `SELECT m.user_id AS "userId", m.roles
         FROM memberships m JOIN users u ON u.id = m.user_id AND u.disabled_at IS NULL
        WHERE m.school_id = app_current_school()
        ORDER BY m.user_id`,
    )) as Member[];
    const links = { publicUrl: this.config.publicUrl, schoolId };
    // The school's picture is the same for everyone who gets it: worked out once, when someone does.
    let dashboard: Awaited<ReturnType<typeof reviewDashboard>> | undefined;
    const schoolPicture = async () => (dashboard ??= await reviewDashboard(m, today));
    const named = (items: readonly DueItem[]): DigestItem[] =>
      items.map((item) => ({ ...item, initials: pupilInitials(item.pupil.name) }));

    let written = 0;
    for (const member of members) {
      const grants = grantsFor(member.roles);
      let message: DigestMessage | null = null;
      if (grants['plan.write']) {
        const picture = await schoolPicture();
        const near = picture.lists.due.filter((item) => item.daysUntil <= NEAR_WINDOW_DAYS);
        message = sencoDigest({
          ...links,
          today,
          items: named(near),
          withoutActivePlan: picture.counts.withoutActivePlan,
        });
      } else {
        const head = grants['report.read']
          ? headDigest({ ...links, counts: (await schoolPicture()).counts })
          : null;
        const teacher =
          grants['plan.comment'] === 'own'
            ? teacherDigest({
                ...links,
                today,
                reviews: named(await planReviewsDue(m, today, NEAR_WINDOW_DAYS, member.userId)),
              })
            : null;
        message = joinDigests(head, teacher);
      }
      if (!message) continue;
      const wrote = await enqueue(m, {
        userId: member.userId,
        kind: DIGEST_KIND,
        subject: message.subject,
        body: message.body,
        link: message.link,
        dedupeKey: digestKey(today),
        createdBy: null,
      });
      if (wrote) written++;
    }
    return written;
  }
}

import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../platform/config/app-config';
import { DbContext } from '../platform/tenancy/db-context';
import { EMAIL_MAX_AGE_DAYS, MAX_EMAIL_ATTEMPTS, nextAttemptAt, sendErrorSummary } from './mail-backoff';

/** Messages taken per transaction: the rows stay locked while they are sent, so keep it short. */
export const MAIL_BATCH = 20;

export interface MailRun {
  sent: number;
  failed: number;
}

interface PendingRow {
  id: string;
  subject: string;
  body: string;
  link: string | null;
  attempts: number;
  email: string;
}

/** The text of an email: the message, and where to act on it in the app. */
export function emailText(body: string, link: string | null, publicUrl: string): string {
  return link ? `${body}\n\nOpen: ${publicUrl}${link}` : body;
}

/**
 * Emails the outbox, when SMTP is configured: each school in turn, inside that school's row-level
 * security, oldest first, a batch per transaction. A failure is retried later (1 minute, 5, 30,
 * 2 hours, then daily, up to MAX_EMAIL_ATTEMPTS); the message is in the app all along. With no SMTP it
 * does nothing. Safe on several replicas: a school is worked on by one at a time (an advisory lock
 * per school and batch), and rows are locked FOR UPDATE SKIP LOCKED.
 */
@Injectable()
export class MailerService implements OnModuleDestroy {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter | null;

  constructor(
    private readonly db: DbContext,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const smtp = config.smtp;
    this.transport = smtp
      ? createTransport({
          host: smtp.host,
          port: smtp.port,
          secure: smtp.secure,
          auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
          // Short timeouts: a batch's rows stay locked while it is sent.
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : null;
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  /**
   * Sends what is due at `now`, created within the last EMAIL_MAX_AGE_DAYS days. Stops between batches
   * once `signal` is aborted (the application is shutting down).
   */
  async sendPending(now: Date = new Date(), signal?: AbortSignal): Promise<MailRun> {
    const run: MailRun = { sent: 0, failed: 0 };
    if (!this.transport) return run;
    const schools = (await this.db.run({ schoolId: null, userId: null }, (m) =>
      m.query(`SELECT id FROM app_school_ids() AS id`),
    )) as { id: string }[];
    for (const { id } of schools) {
      for (;;) {
        if (signal?.aborted) return run;
        const batch = await this.sendBatch(id, now);
        run.sent += batch.sent;
        run.failed += batch.failed;
        if (batch.sent + batch.failed < MAIL_BATCH) break;
      }
    }
    return run;
  }

  private sendBatch(schoolId: string, now: Date): Promise<MailRun> {
    return this.db.runAsSchool(schoolId, async (m) => {
      const run: MailRun = { sent: 0, failed: 0 };
      // Another replica is sending this school's mail: leave it to them.
      const [{ locked }] = (await m.query(
        `SELECT pg_try_advisory_xact_lock(hashtext('outbox-mailer'), hashtext($1)) AS locked`,
        [schoolId],
      )) as [{ locked: boolean }];
      if (!locked) return run;
      // Only to current, enabled members of the school.
      const rows = (await m.query(
        `SELECT o.id, o.subject, o.body, o.link, o.email_attempts AS attempts, u.email
           FROM outbox_messages o
           JOIN memberships ms ON ms.school_id = o.school_id AND ms.user_id = o.user_id
           JOIN users u ON u.id = o.user_id AND u.disabled_at IS NULL
          WHERE o.emailed_at IS NULL AND o.next_attempt_at <= $1 AND o.email_attempts < $2
            AND o.created_at > $1::timestamptz - make_interval(days => $3)
          ORDER BY o.created_at, o.id
          LIMIT ${MAIL_BATCH} FOR UPDATE OF o SKIP LOCKED`,
        [now, MAX_EMAIL_ATTEMPTS, EMAIL_MAX_AGE_DAYS],
      )) as PendingRow[];
      for (const row of rows) {
        try {
          await this.transport!.sendMail({
            from: this.config.smtp!.from,
            to: row.email,
            subject: row.subject,
            text: emailText(row.body, row.link, this.config.publicUrl),
            headers: { 'Auto-Submitted': 'auto-generated' },
          });
          await m.query(
            `UPDATE outbox_messages SET emailed_at = now(), email_attempts = email_attempts + 1, last_error = NULL
              WHERE id = $1`,
            [row.id],
          );
          run.sent++;
        } catch (error) {
          const attempts = row.attempts + 1;
          // Given up: 'infinity' keeps it out of the unsent index's range scans for good.
          await m.query(
            `UPDATE outbox_messages SET email_attempts = $2, next_attempt_at = coalesce($3::timestamptz, 'infinity'),
                    last_error = $4 WHERE id = $1`,
            [row.id, attempts, nextAttemptAt(attempts, now), sendErrorSummary(error)],
          );
          run.failed++;
        }
      }
      return run;
    });
  }

  /** For the scheduler's log line: counts only, never an address or a subject. */
  logRun(run: MailRun): void {
    if (run.sent || run.failed)
      this.logger.log({ sent: run.sent, failed: run.failed }, 'notification emails');
  }
}

import type { NotificationKind } from '@sendreg/contracts';
import type { EntityManager } from 'typeorm';

/** A message for one person, as written to the outbox. */
export interface OutboxMessage {
  userId: string;
  kind: NotificationKind;
  /** Never a pupil's name: subjects show in lock screens and mail previews. */
  subject: string;
  /** Plain text; pupils by initials only. */
  body: string;
  /** A path in the app, e.g. `/schools/${schoolId}/reviews`. */
  link: string | null;
  /** The same key for the same person writes once (a job run twice, or on two replicas). */
  dedupeKey: string | null;
  createdBy: string | null;
}

/**
 * Writes a message to the transactional outbox, in the caller's transaction and school: it exists if
 * and only if the work that caused it commits. The app lists it as a notification; the email sender
 * delivers it when SMTP is configured. Answers whether it was written (false: a duplicate key).
 */
export async function enqueue(m: EntityManager, message: OutboxMessage): Promise<boolean> {
  const rows = (await m.query(
    `INSERT INTO outbox_messages (school_id, user_id, kind, subject, body, link, dedupe_key, created_by)
     VALUES (app_current_school(), $1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (school_id, user_id, dedupe_key) DO NOTHING RETURNING id`,
    [
      message.userId,
      message.kind,
      message.subject,
      message.body,
      message.link,
      message.dedupeKey,
      message.createdBy,
    ],
  )) as { id: string }[];
  return rows.length > 0;
}

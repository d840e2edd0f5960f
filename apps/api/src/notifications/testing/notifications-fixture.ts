import type { NotificationKind } from '@sendreg/contracts';
import type { TestApp } from '../../testing/test-app';
import { enqueue } from '../outbox';

/** A signed-in client for a person, in a school's path (their own school unless named). */
export function client(t: TestApp, token: string, schoolId: string) {
  const url = (path: string) => `/api/schools/${schoolId}${path}`;
  const auth = { type: 'bearer' } as const;
  return {
    get: (path: string) => t.http().get(url(path)).auth(token, auth),
    post: (path: string, body?: object) => t.http().post(url(path)).auth(token, auth).send(body),
    delete: (path: string) => t.http().delete(url(path)).auth(token, auth),
  };
}

export interface TestMessage {
  userId: string;
  subject?: string;
  body?: string;
  kind?: NotificationKind;
  link?: string | null;
  dedupeKey?: string | null;
  /** How long ago it was written, e.g. '61 days' (set afterwards, as the owner). */
  age?: string;
  readAge?: string;
}

/** Writes a message through the outbox, as a job in the school would; returns its id. */
export async function writeMessage(t: TestApp, schoolId: string, message: TestMessage): Promise<string> {
  const subject = message.subject ?? 'Reviews due this week';
  const id = await t.db.runAsSchool(schoolId, async (m) => {
    await enqueue(m, {
      userId: message.userId,
      kind: message.kind ?? 'review-digest',
      subject,
      body: message.body ?? 'A.A. (Year 4): support plan review due tomorrow.',
      link: message.link === undefined ? `/schools/${schoolId}/reviews` : message.link,
      dedupeKey: message.dedupeKey ?? null,
      createdBy: null,
    });
    const [row] = (await m.query(
      `SELECT id FROM outbox_messages WHERE user_id = $1 AND subject = $2 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [message.userId, subject],
    )) as { id: string }[];
    return row!.id;
  });
  if (message.age || message.readAge) {
    // As the owning connection: the application role may not change when a message was written.
    await t.dataSource.query(
      `UPDATE outbox_messages SET created_at = now() - $2::interval,
              read_at = CASE WHEN $3::interval IS NULL THEN read_at ELSE now() - $3::interval END
        WHERE id = $1`,
      [id, message.age ?? '0 seconds', message.readAge ?? null],
    );
  }
  return id;
}

import { Injectable } from '@nestjs/common';
import type { Notification, NotificationList } from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { notFound } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { notificationColumns } from './notification-sql';

/** Read messages stay listed this long; unread ones stay until read. */
export const NOTIFICATION_DAYS = 60;
export const MAX_NOTIFICATIONS = 100;

/**
 * A person's notifications in the school they are working in: the outbox, read in the app. Row-level
 * security keeps to the school; every query here keeps to the caller.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly db: DbContext) {}

  /** Unread ones and those of the last NOTIFICATION_DAYS days, newest first; and how many are unread. */
  async list(auth: RequestAuth): Promise<NotificationList> {
    const m = this.db.manager;
    const items = (await m.query(
      `SELECT ${notificationColumns('o')} FROM outbox_messages o
        WHERE o.user_id = $1 AND (o.read_at IS NULL OR o.created_at >= now() - make_interval(days => $2))
        ORDER BY o.created_at DESC, o.id DESC LIMIT ${MAX_NOTIFICATIONS}`,
      [auth.principal.userId, NOTIFICATION_DAYS],
    )) as Notification[];
    const [{ unread }] = (await m.query(
      `SELECT count(*)::int AS unread FROM outbox_messages WHERE user_id = $1 AND read_at IS NULL`,
      [auth.principal.userId],
    )) as [{ unread: number }];
    return { items, unread };
  }

  /** Marks one of the caller's notifications read; again is fine (the first time is kept). */
  async markRead(auth: RequestAuth, id: string): Promise<void> {
    const rows = (await this.db.manager.query(
      `WITH marked AS (UPDATE outbox_messages SET read_at = coalesce(read_at, now())
                        WHERE id = $1 AND user_id = $2 RETURNING id)
       SELECT id FROM marked`,
      [id, auth.principal.userId],
    )) as unknown[];
    if (rows.length === 0) throw notFound();
  }

  async markAllRead(auth: RequestAuth): Promise<void> {
    await this.db.manager.query(
      `WITH marked AS (UPDATE outbox_messages SET read_at = now()
                        WHERE user_id = $1 AND read_at IS NULL RETURNING id)
       SELECT count(*) FROM marked`,
      [auth.principal.userId],
    );
  }
}

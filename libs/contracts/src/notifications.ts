/**
 * A person's notifications: written to the transactional outbox, sent by email when SMTP is
 * configured, and always readable in the app. Emails never carry pupil names in their subject, and
 * their bodies name pupils by initials only.
 */

export type NotificationKind = 'review-digest' | 'passport-nudge';

export interface Notification {
  id: string;
  kind: NotificationKind;
  subject: string;
  /** Plain text, pupils by initials. */
  body: string;
  /** A path in the app to act on it, e.g. "/schools/<id>/reviews". */
  link: string | null;
  createdAt: string;
  readAt: string | null;
  /** When it was emailed; null when not (yet) sent, or when the school has no SMTP configured. */
  emailedAt: string | null;
}

/** GET /notifications (newest first) */
export interface NotificationList {
  items: Notification[];
  unread: number;
}

/** GET/POST/DELETE /calendar-feed: the caller's iCalendar feed of review dates. */
export interface CalendarFeed {
  active: boolean;
  createdAt: string | null;
  /**
   * The secret feed address, given only once, in the answer to creating it (a new one replaces and
   * revokes the old). The server keeps only a hash of its token.
   */
  url: string | null;
}

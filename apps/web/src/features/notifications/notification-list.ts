import type { CalendarFeed, Notification, NotificationList } from '@sendreg/contracts';

/** What the notifications feature works out without React: labels, times and cache updates. */

const count = new Intl.NumberFormat('en-GB');

/** The header link's name for screen readers: "Notifications, 3 unread". */
export function notificationsLinkLabel(unread: number): string {
  return unread > 0 ? `Notifications, ${count.format(unread)} unread` : 'Notifications';
}

/** The visible badge: the number, "99+" beyond that; nothing when all is read. */
export function unreadBadge(unread: number): string | null {
  if (unread <= 0) return null;
  return unread > 99 ? '99+' : String(unread);
}

/** "You have 3 unread notifications." */
export function unreadSentence(unread: number): string {
  if (unread === 0) return 'You have read all your notifications.';
  return unread === 1
    ? 'You have 1 unread notification.'
    : `You have ${count.format(unread)} unread notifications.`;
}

const when = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
});

/** A timestamp as the school reads it: "4 March 2026 at 9:05am" (UK time, whatever the browser's). */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(when.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}${(parts.dayPeriod ?? '').toLowerCase()}`;
}

/** When it came, and whether it was also emailed. */
export function deliveryText(notification: Notification): string {
  const sent = `Sent ${formatDateTime(notification.createdAt)}.`;
  return notification.emailedAt
    ? `${sent} Also emailed to you ${formatDateTime(notification.emailedAt)}.`
    : `${sent} Not emailed.`;
}

/**
 * The app path to open, only when it is one: a link that is not a path in this app (another site, a
 * protocol-relative address) is not followed.
 */
export function appPath(link: string | null): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//') || link.includes('\\')) return null;
  return link;
}

/** The list with one notification marked read at `readAt` (kept if it already was), recounted. */
export function markedRead(list: NotificationList, id: string, readAt: string): NotificationList {
  let changed = false;
  const items = list.items.map((n) => {
    if (n.id !== id || n.readAt) return n;
    changed = true;
    return { ...n, readAt };
  });
  return changed ? { items, unread: Math.max(0, list.unread - 1) } : list;
}

/** The list with everything marked read. */
export function allMarkedRead(list: NotificationList, readAt: string): NotificationList {
  return { items: list.items.map((n) => (n.readAt ? n : { ...n, readAt })), unread: 0 };
}

/** What the calendar section says of the person's feed. */
export function calendarFeedStatus(feed: CalendarFeed): string {
  if (!feed.active) return 'You do not have a calendar link.';
  return feed.createdAt
    ? `Your calendar link is on. You created it on ${formatDateTime(feed.createdAt)}.`
    : 'Your calendar link is on.';
}

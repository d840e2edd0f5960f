import type { Notification } from '@sendreg/contracts';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Tag } from '../../../components/ui/tag';
import { bodyParts, inAppPath } from '../notification-body';
import { appPath, deliveryText } from '../notification-list';

export interface NotificationItemProps {
  notification: Notification;
  onMarkRead: (notification: Notification) => void;
  busy: boolean;
}

/** One message: its subject as a heading, "Unread" in words, the text as written, what to do next. */
export function NotificationItem({ notification, onMarkRead, busy }: NotificationItemProps) {
  const unread = notification.readAt === null;
  const path = appPath(notification.link);
  return (
    <li className={unread ? 'notification notification--unread' : 'notification'}>
      <h2 className="heading-s notification__subject">{notification.subject}</h2>
      <p className="notification__meta">
        {unread ? <Tag colour="blue">Unread</Tag> : null}
        {deliveryText(notification)}
      </p>
      <p className="notification__body pre-line">
        <NotificationBody body={notification.body} />
      </p>
      {path || unread ? (
        <div className="notification__actions">
          {path ? (
            <Link to={path}>
              Open<span className="visually-hidden">: {notification.subject}</span>
            </Link>
          ) : null}
          {unread ? (
            <Button
              variant="secondary"
              onClick={() => {
                onMarkRead(notification);
              }}
              aria-disabled={busy || undefined}
            >
              Mark as read<span className="visually-hidden">: {notification.subject}</span>
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/** The text as written, its addresses as links (in-app ones without leaving the app). */
function NotificationBody({ body }: { body: string }) {
  return bodyParts(body).map((part, index) => {
    if (part.kind === 'text') return part.text;
    const path = inAppPath(part.href);
    return path ? (
      <Link key={index} to={path}>
        {part.href}
      </Link>
    ) : (
      <a key={index} href={part.href} rel="noreferrer">
        {part.href}
      </a>
    );
  });
}

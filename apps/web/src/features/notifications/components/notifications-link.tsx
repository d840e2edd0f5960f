import { NavLink } from 'react-router';
import { useNotifications } from '../api/get-notifications';
import { notificationsLinkLabel, unreadBadge } from '../notification-list';
import '../notifications.css';

/**
 * "Notifications" in the header, with the number unread: in words for screen readers ("Notifications,
 * 3 unread") and as a badge. It asks again every few minutes and when the window regains focus; until
 * the first answer, or if it fails, it is the plain link.
 */
export function NotificationsLink({ schoolId }: { schoolId: string }) {
  const notifications = useNotifications(schoolId, { poll: true });
  const unread = notifications.data?.unread ?? 0;
  const badge = unreadBadge(unread);
  return (
    <NavLink
      className="header__notifications"
      to={`/schools/${encodeURIComponent(schoolId)}/notifications`}
      aria-label={notificationsLinkLabel(unread)}
    >
      Notifications
      {badge ? (
        <span className="notifications-badge" aria-hidden="true">
          {badge}
        </span>
      ) : null}
    </NavLink>
  );
}

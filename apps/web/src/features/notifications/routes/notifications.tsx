import type { Notification } from '@sendreg/contracts';
import { useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { problemMessage } from '../../../lib/problem-message';
import { useSchool } from '../../../lib/school-context';
import { useNotifications } from '../api/get-notifications';
import { useMarkAllNotificationsRead, useMarkNotificationRead } from '../api/notification-writes';
import { CalendarFeedSection } from '../components/calendar-feed-section';
import { NotificationItem } from '../components/notification-item';
import { unreadSentence } from '../notification-list';
import '../notifications.css';

/**
 * My notifications in the school I am working in (every member has this page): newest first, unread
 * ones marked in words, each with where to act on it; and my calendar feed of review dates.
 */
export function NotificationsPage() {
  const school = useSchool();
  const notifications = useNotifications(school.schoolId);
  const markRead = useMarkNotificationRead(school.schoolId);
  const markAll = useMarkAllNotificationsRead(school.schoolId);
  const [said, setSaid] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  const busy = markRead.isPending || markAll.isPending;

  // The button that was pressed goes away with what it did: keep focus nearby, on what happened.
  const done = (message: string) => {
    setSaid(message);
    status.current?.focus();
  };
  const failed = (error: unknown) => {
    setSaid(`Sorry, that did not save. ${problemMessage(error)}`);
  };

  const readOne = (notification: Notification) => {
    if (busy) return;
    markRead.mutate(notification.id, {
      onSuccess: () => {
        done(`“${notification.subject}” marked as read.`);
      },
      onError: failed,
    });
  };
  const readAll = () => {
    if (busy) return;
    markAll.mutate(undefined, {
      onSuccess: () => {
        done('All your notifications are marked as read.');
      },
      onError: failed,
    });
  };

  let body;
  if (notifications.isPending) body = <Loading label="Loading your notifications" />;
  else if (notifications.isError)
    body = (
      <QueryError
        error={notifications.error}
        what="your notifications"
        onRetry={() => void notifications.refetch()}
      />
    );
  else if (notifications.data.items.length === 0)
    body = (
      <EmptyState title="You have no notifications">
        <p>
          Reminders from the SENCO and lists of reviews due appear here, and stay for 60 days after you read
          them.
        </p>
      </EmptyState>
    );
  else {
    const { items, unread } = notifications.data;
    body = (
      <>
        <div className="notifications-summary">
          <p>{unreadSentence(unread)}</p>
          {unread > 0 ? (
            <Button variant="secondary" onClick={readAll} aria-disabled={busy || undefined}>
              Mark all as read
            </Button>
          ) : null}
        </div>
        <ul className="notification-list">
          {items.map((notification) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              onMarkRead={readOne}
              busy={busy}
            />
          ))}
        </ul>
      </>
    );
  }

  return (
    <div className="notifications">
      <PageHeading title="Notifications" caption={school.schoolName} />
      <p className="lead">
        Messages for you: reminders from the SENCO and the reviews coming up. Each says whether it was also
        emailed to you. Read ones go after 60 days.
      </p>
      <p>
        <a href="#calendar-feed">Add your review dates to your calendar</a>
      </p>
      <p className="notifications-status" role="status" ref={status} tabIndex={-1}>
        {said}
      </p>
      {body}
      <CalendarFeedSection schoolId={school.schoolId} />
    </div>
  );
}

/** Placeholder: the header's link to my notifications, with the unread count (being built). */
export function NotificationsLink(_props: { schoolId: string }) {
  return null;
}

import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder: being built. */
export function NotificationsPage() {
  return <PageHeading title="Notifications" />;
}

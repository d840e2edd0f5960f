import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder while the page is built. */
export function LogSessionPage() {
  return <PageHeading title="Log a session" />;
}

import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder while the page is built. */
export function NewProvisionPage() {
  return <PageHeading title="Start a group" />;
}

import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder while the page is built. */
export function EditProvisionPage() {
  return <PageHeading title="Change the group" />;
}

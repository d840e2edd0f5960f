import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder while the page is built. */
export function ProvisionGroupPage() {
  return <PageHeading title="Group" />;
}

import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder while the page is built. */
export function ProvisionMapPage() {
  return <PageHeading title="Provision map" />;
}

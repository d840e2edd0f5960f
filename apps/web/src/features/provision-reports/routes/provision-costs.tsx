import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder while the page is built. */
export function ProvisionCostsPage() {
  return <PageHeading title="Provision costs" />;
}

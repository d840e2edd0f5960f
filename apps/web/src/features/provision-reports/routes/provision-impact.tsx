import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder while the page is built. */
export function ProvisionImpactPage() {
  return <PageHeading title="Impact of interventions" />;
}

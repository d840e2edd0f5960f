import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder while the page is built. */
export function NewInterventionPage() {
  return <PageHeading title="Add an intervention" />;
}

import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder while the page is built. */
export function EditInterventionPage() {
  return <PageHeading title="Change an intervention" />;
}

import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder while the page is built. */
export function InterventionsPage() {
  return <PageHeading title="Intervention catalogue" />;
}

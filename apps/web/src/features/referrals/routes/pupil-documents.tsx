import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder: being built. */
export function PupilDocumentsPage() {
  return <PageHeading title="Documents" />;
}

import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder: being built. */
export function EditEhcpPage() {
  return <PageHeading title="Edit EHC plan record" />;
}

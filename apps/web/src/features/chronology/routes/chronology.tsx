import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder: being built. */
export function ChronologyPage() {
  return <PageHeading title="Chronology" />;
}

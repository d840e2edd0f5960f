import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder: being built. */
export function FamilyContactsPage() {
  return <PageHeading title="Family contacts" />;
}

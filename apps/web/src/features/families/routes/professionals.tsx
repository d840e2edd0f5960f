import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder: being built. */
export function ProfessionalsPage() {
  return <PageHeading title="Services and professionals" />;
}

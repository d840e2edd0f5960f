import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder: being built. */
export function PlanPage() {
  return <PageHeading title="Support plan" />;
}

import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder: being built. */
export function PlanPrintPage() {
  return <PageHeading title="Support plan" />;
}

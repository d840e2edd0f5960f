import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder: being built. */
export function ReviewDashboardPage() {
  return <PageHeading title="Reviews" />;
}

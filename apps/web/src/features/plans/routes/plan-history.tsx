import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder: being built. */
export function PlanHistoryPage() {
  return <PageHeading title="Plans and reviews" />;
}

import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder: being built. */
export function RecordReviewPage() {
  return <PageHeading title="Record a review" />;
}

import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder while the page is built. */
export function CorrectSessionPage() {
  return <PageHeading title="Correct a session" />;
}

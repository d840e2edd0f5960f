import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder while the page is built. */
export function PassportPage() {
  return <PageHeading title="Passport" />;
}

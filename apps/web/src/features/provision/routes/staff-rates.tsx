import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder while the page is built. */
export function StaffRatesPage() {
  return <PageHeading title="Staff hourly rates" />;
}

import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder while the page is built. */
export function PassportCoveragePage() {
  return <PageHeading title="Passports" />;
}

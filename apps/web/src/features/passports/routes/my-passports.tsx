import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder while the page is built. */
export function MyPassportsPage() {
  return <PageHeading title="My pupils' passports" />;
}

import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder while the page is built. */
export function ClassPackPage() {
  return <PageHeading title="Class pack of passports" />;
}

import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder while the page is built. */
export function EditPassportPage() {
  return <PageHeading title="Edit the passport" />;
}

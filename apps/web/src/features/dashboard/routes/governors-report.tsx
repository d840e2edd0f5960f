import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder: being built. */
export function GovernorsReportPage() {
  return <PageHeading title="Governors' report" />;
}

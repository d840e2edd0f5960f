import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder: being built. */
export function EhcpPage() {
  return <PageHeading title="EHC plan" />;
}

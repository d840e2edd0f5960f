import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder: being built. */
export function ReferralsPage() {
  return <PageHeading title="Referrals" />;
}

import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder: being built. */
export function ReferralPage() {
  return <PageHeading title="Referral" />;
}

import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder: being built. */
export function NewReferralPage() {
  return <PageHeading title="Make a referral" />;
}

import { PageHeading } from '../../components/ui/page-heading';

export function NoMembershipsPage() {
  return (
    <>
      <PageHeading title="Your account is not linked to a school" />
      <p>You are signed in, but your account does not belong to a school or a trust yet.</p>
      <p>Ask your school administrator to add you to your school, then sign out and sign in again.</p>
    </>
  );
}

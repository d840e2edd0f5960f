import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeading } from '../../../components/ui/page-heading';
import { useTrust } from '../../../lib/trust-context';

export function TrustSummaryPage() {
  const trust = useTrust();
  return (
    <>
      <PageHeading title="Trust summary" caption={trust.trustName} />
      <p className="lead">
        Compare the SEND registers, provision and costs of the schools in {trust.trustName}. The summary shows
        totals only, never pupils&rsquo; names.
      </p>
      <EmptyState title="There is nothing to compare yet">
        <p>
          Figures appear here once your schools record SEN status and provision. Ask the SENCOs of your
          schools to start with their registers.
        </p>
      </EmptyState>
    </>
  );
}

import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { PageHeading } from '../../../components/ui/page-heading';

/**
 * The frame of the plan's form pages (edit, record the review): back to the plan, the heading (its
 * document title says "Error" while the form shows problems), and the form in two thirds of the width.
 */
export function PlanFormFrame({
  planPage,
  pupilName,
  title,
  schoolName,
  failed,
  children,
}: {
  planPage: string;
  pupilName: string;
  title: string;
  schoolName: string;
  failed: boolean;
  children: ReactNode;
}) {
  const location = useLocation();
  return (
    <>
      <BackLink to={planPage} state={location.state}>
        Back to {pupilName}&rsquo;s support plan
      </BackLink>
      <div className="grid-row">
        <div className="column-two-thirds">
          <PageHeading
            title={title}
            caption={schoolName}
            documentTitle={failed ? `Error: ${title}` : title}
          />
          {children}
        </div>
      </div>
    </>
  );
}

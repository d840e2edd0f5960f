import type { ReactNode } from 'react';
import { meets, type Requirement } from '../../lib/grants';
import { useSchool } from '../../lib/school-context';
import { useTrust } from '../../lib/trust-context';
import { NoAccessPage } from '../routes/no-access';

export interface RequireAccessProps {
  requirement: Requirement;
  children: ReactNode;
}

/** Shows the page only when the school membership's grants meet its requirement. */
export function RequireSchoolAccess({ requirement, children }: RequireAccessProps) {
  const school = useSchool();
  return meets(school.grants, requirement) ? children : <NoAccessPage />;
}

/** Shows the page only when the trust membership's grants meet its requirement. */
export function RequireTrustAccess({ requirement, children }: RequireAccessProps) {
  const trust = useTrust();
  return meets(trust.grants, requirement) ? children : <NoAccessPage />;
}

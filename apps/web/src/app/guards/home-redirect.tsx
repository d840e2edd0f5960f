import { Navigate } from 'react-router';
import { useCurrentUser } from '../../lib/auth/current-user';
import { useSchool } from '../../lib/school-context';
import { useTrust } from '../../lib/trust-context';
import { homePath, schoolHomePath, trustHomePath } from '../home';
import { NoAccessPage } from '../routes/no-access';
import { NoMembershipsPage } from '../routes/no-memberships';

/** "/": the home of the person's first role (see home.ts). */
export function HomeRedirect() {
  const path = homePath(useCurrentUser());
  return path ? <Navigate to={path} replace /> : <NoMembershipsPage />;
}

/** "/schools/:schoolId": the person's home in that school, used by the school switcher too. */
export function SchoolHomeRedirect() {
  const path = schoolHomePath(useSchool());
  return path ? <Navigate to={path} replace /> : <NoAccessPage />;
}

/** "/trusts/:trustId": the trust summary. */
export function TrustHomeRedirect() {
  const path = trustHomePath(useTrust());
  return path ? <Navigate to={path} replace /> : <NoAccessPage />;
}

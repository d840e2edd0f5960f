import { Outlet, useParams } from 'react-router';
import { useCurrentUser } from '../../lib/auth/current-user';
import { SchoolContext } from '../../lib/school-context';
import { NotFoundPage } from '../routes/not-found';

/**
 * /schools/:schoolId/... : the school must be one of the person's memberships. Any other school is
 * "not found", exactly as the API answers, so a school's existence is not revealed.
 */
export function SchoolRoute() {
  const { schoolId } = useParams();
  const me = useCurrentUser();
  const school = me.schools.find((membership) => membership.schoolId === schoolId);
  if (!school) return <NotFoundPage />;
  return (
    <SchoolContext.Provider value={school}>
      <Outlet />
    </SchoolContext.Provider>
  );
}

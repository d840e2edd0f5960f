import { PageHeading } from '../../components/ui/page-heading';
import { OwnPupils } from '../../features/pupils/components/own-pupils';
import { SessionsToday } from '../../features/sessions/components/sessions-today';
import { useSchool } from '../../lib/school-context';

/**
 * A TA's home. It brings two features together (sessions and pupils), so it is composed here, at the
 * app level, rather than one feature importing another.
 */
export function MySessionsPage() {
  const school = useSchool();
  return (
    <>
      <PageHeading title="My sessions today" caption={school.schoolName} />
      <SessionsToday />
      <h2 className="heading-m">Your pupils</h2>
      <OwnPupils schoolId={school.schoolId} listLabel="Your pupils" />
    </>
  );
}

import { PageHeading } from '../../components/ui/page-heading';
import { OwnPupils } from '../../features/pupils/components/own-pupils';
import { OwnRegisterPupils } from '../../features/register/components/own-register-pupils';
import { meets } from '../../lib/grants';
import { useSchool } from '../../lib/school-context';
import { SEND_RECORD } from '../navigation';

/**
 * "My pupils" for teachers and TAs. A teacher may read the SEN status of their own pupils, so their
 * list comes from the register, with SEN markers; a TA's comes from the pupil list, with no SEN data.
 */
export function MyPupilsPage() {
  const school = useSchool();
  return (
    <>
      <PageHeading title="My pupils" caption={school.schoolName} />
      <p className="lead">The pupils in your classes and in the intervention groups you work with.</p>
      {meets(school.grants, SEND_RECORD) ? (
        <OwnRegisterPupils schoolId={school.schoolId} listLabel="My pupils" />
      ) : (
        <OwnPupils schoolId={school.schoolId} listLabel="My pupils" />
      )}
    </>
  );
}

import { MAX_PAGE_SIZE } from '@sendreg/contracts';
import { PageHeading } from '../../components/ui/page-heading';
import { RegisterList } from '../../features/register/components/register-list';
import { useClasses } from '../../features/staff/api/get-classes';
import { meets } from '../../lib/grants';
import { useSchool } from '../../lib/school-context';
import { CLASS_LIST, REGISTER_EXPORT } from '../navigation';

/**
 * The SENCO's and head's register. The class filter needs the school's classes, which belong to the
 * staff feature, so the page is composed here.
 */
export function RegisterPage() {
  const school = useSchool();
  const canReadClasses = meets(school.grants, CLASS_LIST);
  const classes = useClasses(
    school.schoolId,
    { page: 1, pageSize: MAX_PAGE_SIZE },
    { enabled: canReadClasses },
  );
  return (
    <>
      <PageHeading title="Register" caption={school.schoolName} />
      <p className="lead">
        Find a pupil by name or UPN, or narrow the register by SEN status, need, year group and more.
      </p>
      <RegisterList
        schoolId={school.schoolId}
        classes={canReadClasses ? (classes.data?.items ?? []) : undefined}
        canDownload={meets(school.grants, REGISTER_EXPORT)}
      />
    </>
  );
}

import { Link } from 'react-router';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { PageHeading } from '../../../components/ui/page-heading';
import { meets } from '../../../lib/grants';
import { useSchool } from '../../../lib/school-context';
import { useArrivalNotice } from '../../../lib/use-arrival-notice';
import { AddClassForm } from '../components/add-class-form';
import { ClassList } from '../components/class-list';

export function StaffPage() {
  const school = useSchool();
  const notice = useArrivalNotice();
  const canEdit = meets(school.grants, { permission: 'staff.write' });
  const canAddPupil = meets(school.grants, { permission: 'pupil.write' });
  return (
    <>
      {notice ? (
        <NotificationBanner tone="success" role="status" focus>
          <p className="notification-banner__heading">{notice}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading title="Staff and classes" caption={school.schoolName} takeFocus={!notice} />
      <p className="lead">
        Who teaches and supports each class. Teachers and TAs see the pupils of their classes.
      </p>
      {canAddPupil ? (
        <p>
          <Link
            className="button button--secondary"
            to={`/schools/${encodeURIComponent(school.schoolId)}/pupils/new`}
          >
            Add a pupil
          </Link>
        </p>
      ) : null}
      <p>
        <Link to={`/schools/${encodeURIComponent(school.schoolId)}/term-dates`}>
          Term dates{canEdit ? ': the holidays and training days' : ''}
        </Link>
      </p>
      <ClassList schoolId={school.schoolId} canEdit={canEdit} />
      {canEdit ? <AddClassForm schoolId={school.schoolId} /> : null}
    </>
  );
}

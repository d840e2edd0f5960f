import { PageHeading } from '../../../components/ui/page-heading';
import { useSchool } from '../../../lib/school-context';
import { PanelsToCome } from '../components/panels-to-come';
import { PupilCount } from '../components/pupil-count';

export function DashboardPage() {
  const school = useSchool();
  return (
    <>
      <PageHeading title="Dashboard" caption={school.schoolName} />
      <section className="panel" aria-labelledby="dashboard-pupils">
        <h2 className="heading-m" id="dashboard-pupils">
          Pupils
        </h2>
        <PupilCount schoolId={school.schoolId} />
      </section>
      <PanelsToCome />
    </>
  );
}

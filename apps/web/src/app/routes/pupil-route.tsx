import { useMemo } from 'react';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { BackLink } from '../../components/ui/back-link';
import { Loading } from '../../components/ui/loading';
import { PageHeading } from '../../components/ui/page-heading';
import { QueryError } from '../../components/ui/query-error';
import { useDocumentTitle } from '../../components/ui/use-document-title';
import { usePupil } from '../../features/pupils/api/get-pupil';
import { isApiError } from '../../lib/api-error';
import { safeReturnPath } from '../../lib/auth/sign-in-state';
import { PupilContext, readPupilPageState, type CurrentPupil } from '../../lib/pupil-context';
import { useSchool } from '../../lib/school-context';
import { schoolPath } from '../home';

/** While the record loads, the document title says "Pupil"; the page's h1 sets it once it arrives. */
function PupilLoading({ back }: { back: string }) {
  useDocumentTitle('Pupil');
  return (
    <>
      <BackLink to={back} />
      <Loading label="Loading the pupil's record" />
    </>
  );
}

/**
 * /schools/:schoolId/pupils/:pupilId/...: loads the pupil once for the pupil page and the pages below
 * it (change SEN status, set needs, raise a concern), and answers "not found" for a pupil the person
 * may not see, exactly as the API does.
 */
export function PupilRoute() {
  const school = useSchool();
  const { pupilId = '' } = useParams();
  const location = useLocation();
  const pupil = usePupil(school.schoolId, pupilId);
  const root = schoolPath(school.schoolId);
  const path = `${root}/pupils/${encodeURIComponent(pupilId)}`;
  // Only a list of this school is a place to go back to; anything else goes to the school's home.
  const from = safeReturnPath(readPupilPageState(location.state).from);
  const back = from?.startsWith(`${root}/`) ? from : root;
  const notFound = isApiError(pupil.error, 404);

  const current = useMemo<CurrentPupil | null>(
    () => (pupil.data ? { pupil: pupil.data, path, state: { from: back } } : null),
    [pupil.data, path, back],
  );

  if (current) {
    return (
      <PupilContext.Provider value={current}>
        <Outlet />
      </PupilContext.Provider>
    );
  }
  if (pupil.isPending) return <PupilLoading back={back} />;
  return (
    <>
      <BackLink to={back} />
      <PageHeading
        title={notFound ? 'Pupil not found' : 'Sorry, there is a problem with the service'}
        caption={school.schoolName}
      />
      {notFound ? (
        <>
          <p>We could not find this pupil. They may have left the school, or you may not work with them.</p>
          <p>
            Check the web address, or <Link to={back}>go back to the list of pupils</Link>.
          </p>
        </>
      ) : (
        <QueryError error={pupil.error} what="this pupil's record" onRetry={() => void pupil.refetch()} />
      )}
    </>
  );
}

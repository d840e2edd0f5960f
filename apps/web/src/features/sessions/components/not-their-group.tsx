import { Link } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { mySessionsPath } from '../session-format';

/** A TA opened a group they do not run (an old link, or they were taken off it): say so plainly. */
export function NotTheirGroup({ schoolId }: { schoolId: string }) {
  return (
    <>
      <PageHeading title="You cannot log sessions for this group" />
      <p>
        You can only log sessions for the intervention groups you run. This group is not one of yours, or it
        no longer exists.
      </p>
      <p>If you think you should run this group, ask the SENCO to add you to it.</p>
      <p>
        <Link className="touch-link" to={mySessionsPath(schoolId)}>
          Go to your sessions
        </Link>
      </p>
    </>
  );
}

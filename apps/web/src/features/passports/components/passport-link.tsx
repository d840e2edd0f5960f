import { Link, useLocation } from 'react-router';
import { readPupilPageState } from '../../../lib/pupil-context';
import { passportPath } from '../passport-nav';

/**
 * "Passport", from a pupil's page to their passport. It carries on the list the person came from, so
 * "Back" on the passport leads to the pupil's page and from there to that list.
 */
export function PassportLink({ schoolId, pupilId }: { schoolId: string; pupilId: string }) {
  const { state } = useLocation();
  const { from } = readPupilPageState(state);
  return (
    <Link to={passportPath(schoolId, pupilId)} state={from ? { from } : undefined}>
      Passport
    </Link>
  );
}

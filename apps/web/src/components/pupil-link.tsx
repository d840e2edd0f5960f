import type { PupilSummary } from '@sendreg/contracts';
import { Link, useLocation } from 'react-router';
import { pupilName } from '../utils/pupil-name';

/** A link to a pupil's record that remembers the list it came from, for the record's back link. */
export function PupilLink({ schoolId, pupil }: { schoolId: string; pupil: PupilSummary }) {
  const { pathname, search } = useLocation();
  return (
    <Link
      to={`/schools/${encodeURIComponent(schoolId)}/pupils/${encodeURIComponent(pupil.id)}`}
      state={{ from: `${pathname}${search}` }}
    >
      {pupilName(pupil)}
    </Link>
  );
}

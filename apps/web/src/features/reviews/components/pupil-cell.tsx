import type { PupilRef } from '@sendreg/contracts';
import { Link } from 'react-router';
import { pupilAbout } from '../review-lists';

/**
 * The pupil's name, linking to where the work is done, with year and class beneath. The dashboard's
 * address travels in history state so the pupil's page leads back here.
 */
export function PupilCell({ pupil, to, from }: { pupil: PupilRef; to: string; from: string }) {
  const about = pupilAbout(pupil);
  return (
    <th scope="row">
      <Link to={to} state={{ from }}>
        {pupil.name}
      </Link>
      {about ? <span className="table__secondary">{about}</span> : null}
    </th>
  );
}

import { yearGroupLabel, type Concern } from '@sendreg/contracts';
import { useId } from 'react';
import { Link } from 'react-router';
import { TableContainer } from '../../../components/ui/table-container';
import { formatDate } from '../../../utils/format-date';
import { CONCERN_AREA_LABELS } from '../concern-labels';
import { ConcernStatusTag } from './concern-status-tag';

export interface ConcernTableProps {
  concerns: Concern[];
  /** The page of one concern. */
  hrefFor: (concern: Concern) => string;
  /** Whether the person may triage: open concerns then say "Triage" rather than "View". */
  canTriage: boolean;
  busy?: boolean;
  linkState?: unknown;
}

export function ConcernTable({ concerns, hrefFor, canTriage, busy, linkState }: ConcernTableProps) {
  const captionId = useId();
  return (
    <TableContainer captionId={captionId} busy={busy}>
      <table className="table">
        <caption className="table__caption" id={captionId}>
          Concerns raised by staff
        </caption>
        <thead>
          <tr>
            <th scope="col">Pupil</th>
            <th scope="col">Year and class</th>
            <th scope="col">Area</th>
            <th scope="col">Raised by</th>
            <th scope="col">Raised</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {concerns.map((concern) => (
            <tr key={concern.id}>
              <th scope="row">{concern.pupil.name}</th>
              <td>
                {yearGroupLabel(concern.pupil.yearGroup)}
                {concern.pupil.className ? `, ${concern.pupil.className}` : ''}
              </td>
              <td>{CONCERN_AREA_LABELS[concern.area]}</td>
              <td>{concern.raisedBy.displayName}</td>
              <td>{formatDate(concern.raisedAt)}</td>
              <td>
                <ConcernStatusTag status={concern.status} />
              </td>
              <td>
                <Link to={hrefFor(concern)} state={linkState}>
                  {canTriage && concern.status === 'open' ? 'Triage' : 'View'}
                  <span className="visually-hidden"> the concern about {concern.pupil.name}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableContainer>
  );
}

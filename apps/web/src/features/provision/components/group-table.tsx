import { AREA_LABELS, DELIVERY_LABELS, type ProvisionSummary } from '@sendreg/contracts';
import { useId } from 'react';
import { Link } from 'react-router';
import { TableContainer } from '../../../components/ui/table-container';
import { formatDateSpan, formatSchedule } from '../schedule';
import { ProvisionStateTag } from './provision-state-tag';

export interface GroupTableProps {
  caption: string;
  groups: ProvisionSummary[];
  hrefFor: (group: ProvisionSummary) => string;
  /** History state for the group's page: the list to go back to. */
  linkState?: unknown;
  busy?: boolean;
}

/** The groups, one row each, the group's name leading to its page. */
export function GroupTable({ caption, groups, hrefFor, linkState, busy }: GroupTableProps) {
  const captionId = useId();
  return (
    <TableContainer captionId={captionId} busy={busy}>
      <table className="table provision-table">
        <caption className="table__caption" id={captionId}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">Intervention</th>
            <th scope="col">Staff</th>
            <th scope="col">Schedule</th>
            <th scope="col">Dates</th>
            <th scope="col" className="table__numeric">
              Pupils
            </th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.id}>
              <th scope="row">
                <Link to={hrefFor(group)} state={linkState}>
                  {group.name}
                </Link>
                {group.location ? <span className="table__secondary">{group.location}</span> : null}
              </th>
              <td>
                {group.intervention.name}
                <span className="table__secondary">
                  {AREA_LABELS[group.intervention.area]}
                  {group.intervention.delivery === 'one_to_one' ? `, ${DELIVERY_LABELS.one_to_one}` : ''}
                </span>
              </td>
              <td>
                {group.staff.length ? (
                  group.staff.map((person) => person.displayName).join(', ')
                ) : (
                  <span className="secondary-text">No one yet</span>
                )}
              </td>
              <td>{formatSchedule(group.weekdays, group.minutes)}</td>
              <td>{formatDateSpan(group.startDate, group.endDate)}</td>
              <td className="table__numeric">{group.pupilCount}</td>
              <td>
                <ProvisionStateTag state={group.state} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableContainer>
  );
}

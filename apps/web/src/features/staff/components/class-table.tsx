import { isSchoolRole, ROLE_LABELS, yearGroupLabel } from '@sendreg/contracts';
import { useId } from 'react';
import { Link } from 'react-router';
import { TableContainer } from '../../../components/ui/table-container';
import type { ClassStaffMember, SchoolClass } from '@sendreg/contracts';

function roleLabel(role: string): string {
  return isSchoolRole(role) ? ROLE_LABELS[role] : role;
}

function StaffList({ staff }: { staff: ClassStaffMember[] }) {
  if (staff.length === 0) return <span className="secondary-text">No staff assigned</span>;
  return (
    <ul className="plain-list">
      {staff.map((member) => (
        <li key={`${member.userId}:${member.role}`}>
          {member.displayName} <span className="secondary-text">({roleLabel(member.role)})</span>
        </li>
      ))}
    </ul>
  );
}

export interface ClassTableProps {
  classes: SchoolClass[];
  busy?: boolean;
  /** Where "Edit staff" leads for a class; no link without it. */
  editPath?: (classId: string) => string;
}

export function ClassTable({ classes, busy, editPath }: ClassTableProps) {
  const captionId = useId();
  return (
    <TableContainer captionId={captionId} busy={busy}>
      <table className="table">
        <caption className="table__caption" id={captionId}>
          Classes and their staff
        </caption>
        <thead>
          <tr>
            <th scope="col">Class</th>
            <th scope="col">Year group</th>
            <th scope="col">Staff</th>
            {editPath ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {classes.map((schoolClass) => (
            <tr key={schoolClass.id}>
              <th scope="row">{schoolClass.name}</th>
              <td>{schoolClass.yearGroup ? yearGroupLabel(schoolClass.yearGroup) : 'Mixed'}</td>
              <td>
                <StaffList staff={schoolClass.staff} />
              </td>
              {editPath ? (
                <td>
                  <Link to={editPath(schoolClass.id)}>
                    Edit staff<span className="visually-hidden"> for class {schoolClass.name}</span>
                  </Link>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableContainer>
  );
}

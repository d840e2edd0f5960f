import { yearGroupLabel, type NeedTypeRow, type RegisterRow, type RegisterSort } from '@sendreg/contracts';
import { useId } from 'react';
import { PupilLink } from '../../../components/pupil-link';
import { SenStatusTag } from '../../../components/sen-status-tag';
import { SortableHeader } from '../../../components/ui/sortable-header';
import { ariaSort } from '../../../components/ui/sort-order';
import { TableContainer } from '../../../components/ui/table-container';
import { formatDate } from '../../../utils/format-date';
import { needTypeOf } from '../need-types';
import { DEFAULT_REGISTER_SORT } from '../register-search-params';

export type SortColumn = 'name' | 'yearGroup' | 'status' | 'statusSince';

/** A dash for sighted readers, words for screen readers: an empty cell would say nothing. */
function NotRecorded({ words }: { words: string }) {
  return (
    <span className="secondary-text">
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}

/**
 * A need as its census code, which SENCOs and heads know (ASD, SLCN), to keep the table narrow; its
 * name follows for screen readers, and shows on hover. The filter lists every name with its code.
 */
function NeedCode({
  code,
  needTypes,
}: {
  code: string | null;
  needTypes: readonly NeedTypeRow[] | undefined;
}) {
  if (!code) return <NotRecorded words="None" />;
  const type = needTypeOf(code, needTypes);
  return (
    <span title={type?.label}>
      {code}
      {type ? <span className="visually-hidden"> ({type.label})</span> : null}
    </span>
  );
}

export interface RegisterTableProps {
  schoolId: string;
  rows: RegisterRow[];
  sort: RegisterSort | undefined;
  onSort: (column: SortColumn) => void;
  needTypes: readonly NeedTypeRow[] | undefined;
  busy?: boolean;
}

export function RegisterTable({ schoolId, rows, sort, onSort, needTypes, busy }: RegisterTableProps) {
  const captionId = useId();
  const header = (column: SortColumn, label: string) => (
    <SortableHeader
      label={label}
      sort={ariaSort(sort, column, DEFAULT_REGISTER_SORT)}
      onSort={() => {
        onSort(column);
      }}
    />
  );
  return (
    <TableContainer captionId={captionId} busy={busy}>
      <table className="table table--register">
        <caption className="table__caption" id={captionId}>
          Pupils and their SEN status
        </caption>
        <thead>
          <tr>
            {header('name', 'Name')}
            {header('yearGroup', 'Year group')}
            <th scope="col">Class</th>
            {header('status', 'SEN status')}
            {header('statusSince', 'Since')}
            <th scope="col">Primary need</th>
            <th scope="col">Secondary need</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <PupilLink schoolId={schoolId} pupil={row} />
                <span className="table__secondary table__code">
                  <span className="visually-hidden">UPN </span>
                  {row.upn}
                </span>
              </th>
              <td>{yearGroupLabel(row.yearGroup)}</td>
              <td>{row.className ?? <NotRecorded words="No class" />}</td>
              <td>
                <SenStatusTag status={row.senStatus} />
              </td>
              <td>{row.statusSince ? formatDate(row.statusSince) : <NotRecorded words="Not recorded" />}</td>
              <td>
                <NeedCode code={row.primaryNeed} needTypes={needTypes} />
              </td>
              <td>
                <NeedCode code={row.secondaryNeed} needTypes={needTypes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableContainer>
  );
}

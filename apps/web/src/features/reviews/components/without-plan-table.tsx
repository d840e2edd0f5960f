import type { ReviewDashboard } from '@sendreg/contracts';
import { useId } from 'react';
import { Link } from 'react-router';
import { TableContainer } from '../../../components/ui/table-container';
import { formatDate } from '../../../utils/format-date';
import { pupilPlanPath } from '../review-lists';
import { PupilCell } from './pupil-cell';

type Row = NonNullable<ReviewDashboard['lists']>['withoutActivePlan'][number];

const STATUS_WORDS: Record<Row['senStatus'], string> = { K: 'SEN support', E: 'EHCP' };

/** Pupils at SEN support or with an EHCP who have no active support plan, with a link to start one. */
export function WithoutPlanTable({
  rows,
  schoolId,
  from,
}: {
  rows: readonly Row[];
  schoolId: string;
  from: string;
}) {
  const headingId = useId();
  return (
    <section className="review-section" aria-labelledby={headingId}>
      <h2 className="heading-m" id={headingId}>
        Pupils on the register without an active plan
      </h2>
      {rows.length === 0 ? (
        <p className="review-section__empty">Every pupil on the register has an active support plan.</p>
      ) : (
        <TableContainer captionId={headingId}>
          <table className="table review-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">Pupil</th>
                <th scope="col">SEN status</th>
                <th scope="col">On the register since</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <PupilCell pupil={row} to={pupilPlanPath(schoolId, row.id)} from={from} />
                  <td>{STATUS_WORDS[row.senStatus]}</td>
                  <td className="review-table__date">{formatDate(row.onRegisterSince)}</td>
                  <td>
                    <Link to={pupilPlanPath(schoolId, row.id)} state={{ from }}>
                      Start a plan<span className="visually-hidden"> for {row.name}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableContainer>
      )}
    </section>
  );
}

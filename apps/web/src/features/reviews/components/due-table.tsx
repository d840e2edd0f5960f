import type { DueItem } from '@sendreg/contracts';
import { useId } from 'react';
import { TableContainer } from '../../../components/ui/table-container';
import { formatDate } from '../../../utils/format-date';
import { duePath, whenText } from '../review-lists';
import { PupilCell } from './pupil-cell';

export interface DueTableProps {
  title: string;
  items: readonly DueItem[];
  /** Said instead of an empty table, e.g. "Nothing overdue." */
  empty: string;
  schoolId: string;
  from: string;
}

/** One group of what is due (overdue, next 14 days, 15 to 30 days) under its own heading. */
export function DueTable({ title, items, empty, schoolId, from }: DueTableProps) {
  const headingId = useId();
  return (
    <section className="review-section" aria-labelledby={headingId}>
      <h2 className="heading-m" id={headingId}>
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="review-section__empty">{empty}</p>
      ) : (
        <TableContainer captionId={headingId}>
          <table className="table review-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">Pupil</th>
                <th scope="col">What</th>
                <th scope="col">Due</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.kind}:${item.pupil.id}:${item.step ?? item.label}`}>
                  <PupilCell pupil={item.pupil} to={duePath(schoolId, item)} from={from} />
                  <td>{item.label}</td>
                  <td className="review-table__date">{formatDate(item.dueOn)}</td>
                  <td>
                    {item.daysUntil < 0 ? (
                      <strong>{whenText(item.daysUntil)}</strong>
                    ) : (
                      whenText(item.daysUntil)
                    )}
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

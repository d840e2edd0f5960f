import type { MeetingShortfall } from '@sendreg/contracts';
import { useId } from 'react';
import { TableContainer } from '../../../components/ui/table-container';
import { formatDate } from '../../../utils/format-date';
import { heldText, meetingsWord, pupilPlanPath } from '../review-lists';
import { None } from './none';
import { PupilCell } from './pupil-cell';

/**
 * Pupils on SEN support for the whole of the last 12 months with fewer meetings with parents in them
 * than the Code of Practice expects (three a year): support plan reviews and the parent meetings in
 * the chronology, counted once a day.
 */
export function MeetingsTable({
  rows,
  schoolId,
  from,
}: {
  rows: readonly MeetingShortfall[];
  schoolId: string;
  from: string;
}) {
  const headingId = useId();
  const hintId = useId();
  return (
    <section className="review-section" aria-labelledby={headingId} aria-describedby={hintId}>
      <h2 className="heading-m" id={headingId}>
        Fewer than {meetingsWord()} meetings in the last 12 months
      </h2>
      <p className="hint" id={hintId}>
        Pupils on SEN support for the whole of the last 12 months. The SEND Code of Practice expects schools
        to meet parents at least {meetingsWord()} times a year. Support plan reviews and parent meetings
        recorded in the chronology count; a review and a parent meeting on the same day count once.
      </p>
      {rows.length === 0 ? (
        <p className="review-section__empty">
          Every pupil on SEN support for the last year has had at least {meetingsWord()} meetings (reviews and
          parent meetings) in it.
        </p>
      ) : (
        <TableContainer captionId={headingId}>
          <table className="table review-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">Pupil</th>
                <th scope="col">Meetings held (reviews and parent meetings)</th>
                <th scope="col">Last meeting held</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.pupil.id}>
                  <PupilCell pupil={row.pupil} to={pupilPlanPath(schoolId, row.pupil.id)} from={from} />
                  <td>{heldText(row.held, row.expected)}</td>
                  <td className="review-table__date">
                    {row.lastHeldOn ? formatDate(row.lastHeldOn) : <None words="None held yet" />}
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

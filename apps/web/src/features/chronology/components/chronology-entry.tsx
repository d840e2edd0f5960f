import type { ChronologyEntry } from '@sendreg/contracts';
import { useId } from 'react';
import { Button } from '../../../components/ui/button';
import { SummaryList } from '../../../components/ui/summary-list';
import { Tag } from '../../../components/ui/tag';
import {
  correctedText,
  correctionRows,
  correctionsWithBefore,
  entryTitle,
  recordedText,
  valueRows,
  type ValueRow,
} from '../chronology-view';
import { CorrectionForm } from './entry-form';

const rowsOf = (rows: ValueRow[]) =>
  rows.map((row) => ({ key: row.label, value: <span className="chronology__text">{row.value}</span> }));

/**
 * One entry of the chronology. A corrected entry shows the original in full, labelled as such, with
 * each correction beneath it (who made it, when, and what the entry now says): nothing is hidden, so
 * the record stands up at a tribunal.
 */
export function ChronologyEntryItem({
  schoolId,
  pupilId,
  entry,
  canWrite,
  correcting,
  onCorrect,
  onCorrected,
  onCancel,
}: {
  schoolId: string;
  pupilId: string;
  entry: ChronologyEntry;
  canWrite: boolean;
  correcting: boolean;
  onCorrect: () => void;
  onCorrected: (notice: string) => void;
  onCancel: () => void;
}) {
  const titleId = useId();
  const plain = valueRows(entry, entry.kind).filter((row) => row.key !== 'date' && row.key !== 'parent');
  return (
    <li className="chronology__entry">
      <article aria-labelledby={titleId}>
        <h2 className="heading-m chronology__title" id={titleId}>
          {entryTitle(entry)}
        </h2>
        {entry.effective.parentMeeting || entry.corrected ? (
          <p className="chronology__tags">
            {entry.effective.parentMeeting ? <Tag colour="blue">Parent meeting</Tag> : null}
            {entry.corrected ? <Tag colour="yellow">Corrected</Tag> : null}
          </p>
        ) : null}
        {entry.corrected ? (
          <>
            <div className="chronology__original">
              <h3 className="heading-s">Original entry</h3>
              <SummaryList rows={rowsOf(valueRows(entry, entry.kind))} />
              <p className="secondary-text">{recordedText(entry)}</p>
            </div>
            {correctionsWithBefore(entry).map(({ correction, before }) => (
              <div className="chronology__correction" key={correction.id}>
                <h3 className="heading-s">{correctedText(correction)}:</h3>
                <SummaryList rows={rowsOf(correctionRows(before, correction, entry.kind))} />
              </div>
            ))}
          </>
        ) : (
          <>
            <SummaryList rows={rowsOf(plain)} />
            <p className="secondary-text">{recordedText(entry)}</p>
          </>
        )}
        {canWrite && !correcting ? (
          <p className="chronology__actions">
            <Button variant="secondary" onClick={onCorrect}>
              Correct this entry<span className="visually-hidden"> of {entryTitle(entry)}</span>
            </Button>
          </p>
        ) : null}
        {canWrite && correcting ? (
          <CorrectionForm
            schoolId={schoolId}
            pupilId={pupilId}
            entry={entry}
            onCorrected={onCorrected}
            onCancel={onCancel}
          />
        ) : null}
      </article>
    </li>
  );
}

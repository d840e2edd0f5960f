import { TOP_UP_LABELS, type TopUpStatus } from '@sendreg/contracts';
import { useId, type ReactNode } from 'react';
import { TableContainer } from '../../../components/ui/table-container';
import { Tag, type TagColour } from '../../../components/ui/tag';
import { WarningText } from '../../../components/ui/warning-text';

/** A dash for sighted readers, words for screen readers: an empty cell would say nothing. */
export function Nothing({ words }: { words: string }) {
  return (
    <span className="secondary-text">
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}

const TOP_UP_COLOURS: Record<TopUpStatus, TagColour> = { below: 'grey', approaching: 'yellow', above: 'red' };

/** Where a pupil's yearly cost stands against GBP 6,000, in words (the colour only helps scanning). */
export function TopUpTag({ status }: { status: TopUpStatus }) {
  return <Tag colour={TOP_UP_COLOURS[status]}>{TOP_UP_LABELS[status]}</Tag>;
}

/** The warning a pupil approaching or above the notional SEN threshold needs; nothing below it. */
export function TopUpWarning({ status, who }: { status: TopUpStatus; who: string }) {
  if (status === 'approaching') {
    return (
      <WarningText
        title={`${who} planned provision this year is approaching the GBP 6,000 notional SEN threshold.`}
      >
        <p>Above GBP 6,000 a year the school can ask the local authority for top-up funding (element 3).</p>
      </WarningText>
    );
  }
  if (status === 'above') {
    return (
      <WarningText
        title={`${who} planned provision this year costs GBP 6,000 or more: a candidate for top-up funding.`}
      >
        <p>
          The school meets SEN support costs up to GBP 6,000 a pupil a year. Above that it can ask the local
          authority for top-up funding (element 3): the costed provision map is the evidence.
        </p>
      </WarningText>
    );
  }
  return null;
}

export interface ReportTableProps {
  /** The table's name: an h2 inside the caption, so it is both a heading and the table's caption. */
  title: string;
  /** A line under the title, in the caption. */
  hint?: ReactNode;
  /** Column widths, so that the tables of one report line up (a colgroup). */
  columns?: readonly string[];
  className?: string;
  busy?: boolean;
  /** thead, tbody and tfoot. */
  children: ReactNode;
}

/** A section of a report: one table whose caption is the section's heading. */
export function ReportTable({ title, hint, columns, className, busy, children }: ReportTableProps) {
  const captionId = useId();
  return (
    // Not a labelled section: the scrolling region around the table is already named by the caption.
    <div className="report-section">
      <TableContainer captionId={captionId} busy={busy}>
        <table className={['table', className].filter(Boolean).join(' ')}>
          <caption className="table__caption report-caption" id={captionId}>
            <h2 className="report-caption__title">{title}</h2>
            {hint ? <span className="table__caption-hint">{hint}</span> : null}
          </caption>
          {columns ? (
            <colgroup>
              {columns.map((width, index) => (
                <col key={index} style={{ width }} />
              ))}
            </colgroup>
          ) : null}
          {children}
        </table>
      </TableContainer>
    </div>
  );
}

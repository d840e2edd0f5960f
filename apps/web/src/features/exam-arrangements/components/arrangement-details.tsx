import type { ExamArrangement } from '@sendreg/contracts';
import type { ReactNode } from 'react';
import { SummaryList } from '../../../components/ui/summary-list';
import { Tag } from '../../../components/ui/tag';
import { formatDate } from '../../../utils/format-date';
import { arrangementInstruction, endedText, expiresThisYear, expiryText } from '../exam-text';

/**
 * One arrangement: the plain instruction as its heading, the details for staff, and (for the SENCO
 * and head, who get evidence and assessor from the API) the record behind it.
 */
export function ArrangementDetails({
  arrangement,
  today,
  level = 3,
  past = false,
  children,
}: {
  arrangement: ExamArrangement;
  today: string;
  level?: 3 | 4;
  past?: boolean;
  /** Actions on the arrangement (edit, withdraw). */
  children?: ReactNode;
}) {
  const H = level === 3 ? 'h3' : 'h4';
  const keepsRecord = arrangement.evidence !== null;
  return (
    <>
      <H className="heading-s exam-arrangement__title">
        {arrangementInstruction(arrangement)}{' '}
        {!past && keepsRecord && expiresThisYear(arrangement.expiresOn, today) ? (
          <Tag colour="yellow">Expires this year</Tag>
        ) : null}
      </H>
      {arrangement.details ? <p className="pre-line">{arrangement.details}</p> : null}
      {past ? <p className="secondary-text">{endedText(arrangement)}</p> : null}
      {keepsRecord ? (
        <SummaryList
          rows={[
            {
              key: 'Evidence',
              value: <span className="pre-line">{arrangement.evidence || 'Not recorded'}</span>,
            },
            { key: 'Assessor', value: arrangement.assessor || 'Not recorded' },
            { key: 'Approved', value: formatDate(arrangement.approvedOn) },
            {
              key: 'Expires',
              value: arrangement.expiresOn ? formatDate(arrangement.expiresOn) : 'No expiry date',
            },
          ]}
        />
      ) : !past ? (
        <p className="secondary-text">{expiryText(arrangement.expiresOn, today)}</p>
      ) : null}
      {children}
    </>
  );
}

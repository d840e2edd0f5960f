import type { ProvisionSession } from '@sendreg/contracts';
import { SummaryList, type SummaryListRow } from '../../../components/ui/summary-list';
import { formatDate } from '../../../utils/format-date';
import { absentText, sessionAttendedText, sessionStatusText } from '../session-labels';
import { formatDayDate, minutesText } from '../session-format';

/** A logged session, read only: for someone who can no longer correct it. */
export function SessionSummary({ session }: { session: ProvisionSession }) {
  const absent = absentText(session.attendance);
  const rows: SummaryListRow[] = [
    { key: 'Date', value: formatDayDate(session.heldOn) },
    { key: 'Session', value: sessionStatusText(session) },
  ];
  if (session.status === 'held') {
    rows.push(
      { key: 'Length', value: session.minutes === null ? 'Not recorded' : minutesText(session.minutes) },
      {
        key: 'Attended',
        value: (
          <>
            {sessionAttendedText(session)}
            {absent.length ? <span className="summary-need__meta">Absent: {absent.join(', ')}</span> : null}
          </>
        ),
      },
    );
  }
  rows.push(
    { key: 'Note', value: session.note ? <span className="pre-line">{session.note}</span> : 'None' },
    {
      key: 'Logged by',
      value: `${session.loggedBy.displayName}, ${formatDate(session.loggedAt)}`,
    },
  );
  return <SummaryList rows={rows} />;
}

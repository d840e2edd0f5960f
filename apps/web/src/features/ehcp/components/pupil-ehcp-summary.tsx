import { useContext } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../../components/ui/query-error';
import { SummaryCard } from '../../../components/ui/summary-card';
import { SummaryList, type SummaryListRow } from '../../../components/ui/summary-list';
import { Tag } from '../../../components/ui/tag';
import { WarningText } from '../../../components/ui/warning-text';
import { meets } from '../../../lib/grants';
import { PupilContext } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { formatDate } from '../../../utils/format-date';
import { useEhcp } from '../api/get-ehcp';
import { useSendStatus } from '../api/get-send-status';
import { nextDeadline, overdueWarning, STATUS_COLOURS, stepStatusText } from '../ehcp-clock-text';

/**
 * The EHC plan on the pupil's page (ehcp.read): the next statutory deadline and any passed, linking
 * to the whole clock. With no record yet, the SENCO is asked to add one when the pupil's SEN status is
 * E (has a plan); otherwise nothing shows.
 */
export function PupilEhcpSummary({ schoolId, pupilId }: { schoolId: string; pupilId: string }) {
  const school = useSchool();
  const state = useContext(PupilContext)?.state;
  const canWrite = meets(school.grants, { permission: 'ehcp.write' });
  const canReadSen = meets(school.grants, { permission: 'sen.read' });
  const ehcp = useEhcp(schoolId, pupilId);
  const blank = ehcp.data?.version === 0;
  const status = useSendStatus(schoolId, pupilId, blank && canWrite && canReadSen);

  if (ehcp.isPending) return null;
  if (ehcp.isError) {
    return <QueryError error={ehcp.error} what="the EHC plan" onRetry={() => void ehcp.refetch()} />;
  }
  if (blank) {
    if (!canWrite || status.data !== 'E') return null;
    return (
      <SummaryCard title="EHC plan">
        <p>No EHCP record yet. Add the plan&rsquo;s dates so the statutory deadlines can be tracked.</p>
        <p>
          <Link to="ehcp/edit" state={state}>
            Add the EHCP record
          </Link>
        </p>
      </SummaryCard>
    );
  }

  const { clock } = ehcp.data;
  const next = nextDeadline(clock);
  const warning = overdueWarning(clock.overdue);
  const rows: SummaryListRow[] = [
    { key: 'Local authority', value: ehcp.data.localAuthority },
    {
      key: 'Next deadline',
      value: next ? (
        <>
          {next.label}, by {formatDate(next.dueOn)}{' '}
          <Tag colour={STATUS_COLOURS[next.status]}>{stepStatusText(next, clock.today)}</Tag>
        </>
      ) : (
        'None pending'
      ),
    },
  ];
  if (clock.annualReviewDueBy && next?.key !== 'annual-review') {
    rows.push({ key: 'Annual review due by', value: formatDate(clock.annualReviewDueBy) });
  }
  return (
    <SummaryCard
      title="EHC plan"
      actions={[
        <Link key="clock" to="ehcp" state={state}>
          View the EHC plan
        </Link>,
      ]}
    >
      {warning ? <WarningText title={warning} /> : null}
      <SummaryList rows={rows} />
    </SummaryCard>
  );
}

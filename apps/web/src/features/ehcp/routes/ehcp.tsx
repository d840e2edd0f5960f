import { PHASE_TRANSFER_LABELS, type EhcpRecord } from '@sendreg/contracts';
import { Link } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { SummaryList, type SummaryListRow } from '../../../components/ui/summary-list';
import { WarningText } from '../../../components/ui/warning-text';
import { meets } from '../../../lib/grants';
import { useCurrentPupil } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { useArrivalNotice } from '../../../lib/use-arrival-notice';
import { formatDate } from '../../../utils/format-date';
import { pupilName } from '../../../utils/pupil-name';
import { useEhcp } from '../api/get-ehcp';
import { ClockTimeline } from '../components/clock-timeline';
import { RevisionHistory } from '../components/revision-history';
import { overdueWarning } from '../ehcp-clock-text';
import { REQUESTED_BY_LABELS } from '../ehcp-form';

function recordRows(record: EhcpRecord, name: string): SummaryListRow[] {
  const { clock } = record;
  const rows: SummaryListRow[] = [{ key: 'Local authority', value: record.localAuthority }];
  if (record.requestedBy) {
    rows.push({ key: 'Assessment requested by', value: REQUESTED_BY_LABELS[record.requestedBy] });
  }
  if (clock.annualReviewDueBy) {
    rows.push({
      key: 'Next annual review due by',
      value: clock.underFive
        ? `${formatDate(clock.annualReviewDueBy)} (every 6 months: ${name} was under 5 at the ${record.lastAnnualReviewOn ? 'last review' : 'final plan'})`
        : formatDate(clock.annualReviewDueBy),
    });
  }
  if (record.phaseTransfer && record.transferYear) {
    rows.push({
      key: 'Phase transfer',
      value: `${PHASE_TRANSFER_LABELS[record.phaseTransfer]}, ${String(record.transferYear)}`,
    });
  }
  if (record.notes) rows.push({ key: 'Notes', value: <span className="pre-line">{record.notes}</span> });
  if (record.updatedAt) {
    rows.push({
      key: 'Last changed',
      value: `${formatDate(record.updatedAt)}${record.updatedBy ? ` by ${record.updatedBy.displayName}` : ''}`,
    });
  }
  return rows;
}

/**
 * A pupil's EHC plan (ehcp.read: the SENCO and the head): the record and its statutory clock, with
 * any deadline passed flagged at the top, and who changed the record when.
 */
export function EhcpPage() {
  const school = useSchool();
  const { pupil, path, state } = useCurrentPupil();
  const notice = useArrivalNotice();
  const ehcp = useEhcp(school.schoolId, pupil.id);
  const canWrite = meets(school.grants, { permission: 'ehcp.write' });
  const name = pupilName(pupil);
  const editPath = `${path}/ehcp/edit`;

  let body;
  if (ehcp.isPending) body = <Loading label="Loading the EHC plan" />;
  else if (ehcp.isError)
    body = <QueryError error={ehcp.error} what="the EHC plan" onRetry={() => void ehcp.refetch()} />;
  else if (ehcp.data.version === 0)
    body = (
      <>
        <p>There is no EHCP record for {name} yet.</p>
        {canWrite ? (
          <p>
            <Link className="button" to={editPath} state={state}>
              Add the EHCP record
            </Link>
          </p>
        ) : null}
      </>
    );
  else {
    const record = ehcp.data;
    const warning = overdueWarning(record.clock.overdue);
    body = (
      <>
        {warning ? (
          <WarningText title={warning}>
            <p>The steps marked &ldquo;Overdue&rdquo; below are past their statutory deadline.</p>
          </WarningText>
        ) : null}
        <SummaryList rows={recordRows(record, name)} />
        {canWrite ? (
          <p>
            <Link to={editPath} state={state}>
              Change EHCP record
            </Link>
          </p>
        ) : null}
        <ClockTimeline clock={record.clock} />
        <RevisionHistory schoolId={school.schoolId} pupilId={pupil.id} version={record.version} />
      </>
    );
  }

  return (
    <>
      <BackLink to={path} state={state}>
        Back to {name}
      </BackLink>
      {notice ? (
        <NotificationBanner tone="success" role="status" focus>
          <p className="notification-banner__heading">{notice}</p>
        </NotificationBanner>
      ) : null}
      <div className="grid-row">
        <div className="column-two-thirds">
          <PageHeading title="EHC plan" caption={name} takeFocus={!notice} />
          {body}
        </div>
      </div>
    </>
  );
}

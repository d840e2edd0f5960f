import { AREA_LABELS, CENSUS_RULES, type PupilNeed, type SendRecord } from '@sendreg/contracts';
import { Link } from 'react-router';
import { SenStatusTag } from '../../../components/sen-status-tag';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { SummaryCard } from '../../../components/ui/summary-card';
import { SummaryList } from '../../../components/ui/summary-list';
import { WarningText } from '../../../components/ui/warning-text';
import { formatDate } from '../../../utils/format-date';
import { useSendRecord } from '../api/get-send-record';

function Need({ need }: { need: PupilNeed | undefined }) {
  if (!need) return <span className="secondary-text">None recorded</span>;
  return (
    <>
      <span className="summary-need__label">
        {need.label} ({need.code})
      </span>
      <span className="summary-need__meta">
        {need.area ? AREA_LABELS[need.area] : 'No broad area'}, since {formatDate(need.effectiveFrom)}
      </span>
      {need.description ? <span className="summary-need__description">{need.description}</span> : null}
    </>
  );
}

export interface SendSummaryProps {
  schoolId: string;
  pupilId: string;
  /** For the SENCO (sen.write): links to the pages that change the status and the needs. */
  canChange: boolean;
  /** History state the change links carry (where the pupil page's back link leads). */
  linkState?: unknown;
}

function CensusProblems({ record, canChange }: { record: SendRecord; canChange: boolean }) {
  if (record.censusProblems.length === 0) return null;
  return (
    <WarningText
      title={
        record.censusProblems.length === 1
          ? 'This record breaks a census rule'
          : `This record breaks ${String(record.censusProblems.length)} census rules`
      }
    >
      <ul className="list list--bullet">
        {record.censusProblems.map((rule) => (
          <li key={rule}>{CENSUS_RULES[rule]}</li>
        ))}
      </ul>
      <p className="warning-text__next">
        {canChange
          ? 'Change the SEN status or the needs to put it right before census day.'
          : 'Tell the SENCO, who can put it right.'}
      </p>
    </WarningText>
  );
}

/** The SEND summary card: status and since when, the ranked needs in plain words, census problems. */
export function SendSummary({ schoolId, pupilId, canChange, linkState }: SendSummaryProps) {
  const record = useSendRecord(schoolId, pupilId);
  if (record.isPending) return <Loading label="Loading the SEND record" />;
  if (record.isError) {
    return <QueryError error={record.error} what="the SEND record" onRetry={() => void record.refetch()} />;
  }
  const { status, statusSince, needs } = record.data;
  const primary = needs.find((need) => need.rank === 1);
  const secondary = needs.find((need) => need.rank === 2);
  const actions = canChange
    ? [
        <Link key="status" to="sen-status" state={linkState}>
          Change SEN status
        </Link>,
        <Link key="needs" to="needs" state={linkState}>
          Set needs
        </Link>,
      ]
    : undefined;
  return (
    <>
      <SummaryCard title="SEND summary" actions={actions}>
        <SummaryList
          rows={[
            {
              key: 'SEN status',
              value: (
                <>
                  <SenStatusTag status={status} />
                  {statusSince ? (
                    <span className="summary-need__meta">Since {formatDate(statusSince)}</span>
                  ) : null}
                </>
              ),
            },
            { key: 'Primary need', value: <Need need={primary} /> },
            { key: 'Secondary need', value: <Need need={secondary} /> },
          ]}
        />
      </SummaryCard>
      <CensusProblems record={record.data} canChange={canChange} />
    </>
  );
}

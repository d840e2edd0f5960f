import type { ReferralSummary } from '@sendreg/contracts';
import { Link } from 'react-router';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { SummaryCard } from '../../../components/ui/summary-card';
import { meets } from '../../../lib/grants';
import { useSchool } from '../../../lib/school-context';
import { formatDate } from '../../../utils/format-date';
import { usePupilReferrals } from '../api/get-referrals';
import { waitingText } from '../referral-text';
import { ReferralStatusTag } from './status-tag';

/**
 * The pupil page's referrals: the open ones with how long each has waited, and the way to make a
 * referral and to the documents received.
 */
export function PupilReferrals({ schoolId, pupilId }: { schoolId: string; pupilId: string }) {
  const school = useSchool();
  const referrals = usePupilReferrals(schoolId, pupilId);
  const canWrite = meets(school.grants, { permission: 'referral.write' });
  const actions = [
    ...(canWrite
      ? [
          <Link key="new" to="referrals/new">
            Make a referral
          </Link>,
        ]
      : []),
    <Link key="documents" to="documents">
      Documents
    </Link>,
  ];
  return (
    <SummaryCard title="Referrals" actions={actions}>
      {referrals.isPending ? (
        <Loading label="Loading referrals" />
      ) : referrals.isError ? (
        <QueryError error={referrals.error} what="the referrals" onRetry={() => void referrals.refetch()} />
      ) : (
        <PupilReferralList referrals={referrals.data} />
      )}
    </SummaryCard>
  );
}

function PupilReferralList({ referrals }: { referrals: readonly ReferralSummary[] }) {
  const open = referrals.filter((r) => r.open);
  const closed = referrals.length - open.length;
  return (
    <>
      {open.length === 0 ? (
        <p>No open referrals.</p>
      ) : (
        <ul className="list">
          {open.map((referral) => (
            <li key={referral.id}>
              <Link to={`referrals/${referral.id}`}>{referral.service.name}</Link>{' '}
              <ReferralStatusTag status={referral.status} />
              <br />
              <span className="secondary-text">
                Referred {formatDate(referral.referredOn)}, waiting {waitingText(referral.daysWaiting)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {closed > 0 ? (
        <details className="details">
          <summary className="details__summary">
            <span className="details__summary-text">
              {closed === 1 ? '1 closed referral' : `${String(closed)} closed referrals`}
            </span>
          </summary>
          <div className="details__text">
            <ul className="list">
              {referrals
                .filter((r) => !r.open)
                .map((referral) => (
                  <li key={referral.id}>
                    <Link to={`referrals/${referral.id}`}>{referral.service.name}</Link>{' '}
                    <ReferralStatusTag status={referral.status} /> referred {formatDate(referral.referredOn)}
                  </li>
                ))}
            </ul>
          </div>
        </details>
      ) : null}
    </>
  );
}

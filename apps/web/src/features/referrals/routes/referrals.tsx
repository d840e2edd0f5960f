import { REFERRAL_LIST_STATUSES, type ReferralListStatus, type ReferralSummary } from '@sendreg/contracts';
import { useId } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { SelectField } from '../../../components/ui/select-field';
import { TableContainer } from '../../../components/ui/table-container';
import { meets } from '../../../lib/grants';
import { useSchool } from '../../../lib/school-context';
import { formatDate } from '../../../utils/format-date';
import { formText } from '../../../utils/form-text';
import { useReferrals } from '../api/get-referrals';
import { useProfessionalServices } from '../api/get-services';
import { ReferralStatusTag } from '../components/status-tag';
import { waitingText } from '../referral-text';
import '../referrals.css';

const SHOW: Record<ReferralListStatus, { option: string; caption: string; empty: string }> = {
  open: {
    option: 'Open referrals',
    caption: 'Open referrals, longest wait first',
    empty: 'There are no open referrals.',
  },
  closed: {
    option: 'Closed and declined referrals',
    caption: 'Closed and declined referrals, longest wait first',
    empty: 'No referral has been closed or declined yet.',
  },
  all: { option: 'All referrals', caption: 'All referrals, open ones first', empty: 'No referrals yet.' },
};

function listStatus(value: string | null): ReferralListStatus {
  return REFERRAL_LIST_STATUSES.find((s) => s === value) ?? 'open';
}

const pupilPath = (schoolId: string, pupilId: string) =>
  `/schools/${encodeURIComponent(schoolId)}/pupils/${encodeURIComponent(pupilId)}`;

/** The school's referrals to outside services, the longest waits first (referral.read). */
export function ReferralsPage() {
  const school = useSchool();
  const [params, setParams] = useSearchParams();
  const status = listStatus(params.get('status'));
  const canReadDirectory = meets(school.grants, { permission: 'professional.read' });
  const services = useProfessionalServices(school.schoolId, { enabled: canReadDirectory });
  const service = services.data?.find((s) => s.id === params.get('service'))?.id ?? null;
  const referrals = useReferrals(school.schoolId, status, service);
  const filterId = useId();
  const serviceFilterId = useId();

  return (
    <>
      <PageHeading title="Referrals" caption={school.schoolName} />
      <p>
        Referrals to outside services, with how long each pupil has waited so far. Make a referral from the
        pupil&rsquo;s page.
      </p>
      {canReadDirectory ? (
        <p>
          <Link to={`/schools/${encodeURIComponent(school.schoolId)}/professionals`}>
            Directory of services and professionals
          </Link>
        </p>
      ) : null}
      <form
        className="referral-filter"
        aria-label="Filter referrals"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const chosen = listStatus(formText(data, 'status'));
          const chosenService = formText(data, 'service');
          setParams({
            ...(chosen === 'open' ? {} : { status: chosen }),
            ...(chosenService ? { service: chosenService } : {}),
          });
        }}
      >
        <SelectField id={filterId} name="status" label="Show" defaultValue={status} key={status}>
          {REFERRAL_LIST_STATUSES.map((s) => (
            <option key={s} value={s}>
              {SHOW[s].option}
            </option>
          ))}
        </SelectField>
        {services.data?.length ? (
          <SelectField
            id={serviceFilterId}
            name="service"
            label="Service"
            defaultValue={service ?? ''}
            key={service ?? ''}
          >
            <option value="">All services</option>
            {services.data.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <div className="form-group">
          <Button type="submit" variant="secondary">
            Apply
          </Button>
        </div>
      </form>
      {referrals.isPending ? (
        <Loading label="Loading referrals" />
      ) : referrals.isError ? (
        <QueryError error={referrals.error} what="the referrals" onRetry={() => void referrals.refetch()} />
      ) : referrals.data.length === 0 ? (
        <p>{SHOW[status].empty}</p>
      ) : (
        <ReferralTable referrals={referrals.data} caption={SHOW[status].caption} schoolId={school.schoolId} />
      )}
    </>
  );
}

function ReferralTable({
  referrals,
  caption,
  schoolId,
}: {
  referrals: readonly ReferralSummary[];
  caption: string;
  schoolId: string;
}) {
  const captionId = useId();
  const { pathname, search } = useLocation();
  const from = `${pathname}${search}`;
  return (
    <TableContainer captionId={captionId}>
      <table className="table">
        <caption className="table__caption" id={captionId}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Pupil</th>
            <th scope="col">Service</th>
            <th scope="col">Referred on</th>
            <th scope="col">Status</th>
            <th scope="col">Waiting</th>
          </tr>
        </thead>
        <tbody>
          {referrals.map((referral) => {
            const pupil = pupilPath(schoolId, referral.pupil.id);
            const about = [
              referral.pupil.yearGroup ? `Year ${referral.pupil.yearGroup}` : null,
              referral.pupil.className,
            ]
              .filter(Boolean)
              .join(', ');
            return (
              <tr key={referral.id}>
                <th scope="row">
                  <Link to={pupil} state={{ from }}>
                    {referral.pupil.name}
                  </Link>
                  {about ? <span className="table__secondary">{about}</span> : null}
                </th>
                <td>
                  <Link to={`${pupil}/referrals/${encodeURIComponent(referral.id)}`} state={{ from }}>
                    {referral.service.name}
                  </Link>
                  {referral.professional ? (
                    <span className="table__secondary">{referral.professional.name}</span>
                  ) : null}
                </td>
                <td>{formatDate(referral.referredOn)}</td>
                <td>
                  <ReferralStatusTag status={referral.status} />
                  <span className="table__secondary">since {formatDate(referral.statusOn)}</span>
                </td>
                <td>
                  {referral.open
                    ? waitingText(referral.daysWaiting)
                    : `Waited ${waitingText(referral.daysWaiting)}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableContainer>
  );
}

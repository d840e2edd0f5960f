import type { Referral } from '@sendreg/contracts';
import { useId, useState, type SubmitEvent } from 'react';
import { Link, useParams } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { DateInput, readDateParts } from '../../../components/ui/date-input';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Radios } from '../../../components/ui/radios';
import { StaleNotice } from '../../../components/ui/stale-notice';
import { SummaryList } from '../../../components/ui/summary-list';
import { TableContainer } from '../../../components/ui/table-container';
import { TextareaField } from '../../../components/ui/textarea-field';
import { formProblemFrom, isStaleVersion } from '../../../lib/form-problem';
import { meets } from '../../../lib/grants';
import { useCurrentPupil } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { useArrivalNotice } from '../../../lib/use-arrival-notice';
import { useFormAttempts } from '../../../lib/use-form-attempts';
import { dateParts, todayIso } from '../../../utils/dates';
import { formText } from '../../../utils/form-text';
import { formatDate } from '../../../utils/format-date';
import { pupilName } from '../../../utils/pupil-name';
import { useReferral } from '../api/get-referrals';
import { useChangeReferralStatus } from '../api/referral-writes';
import { AttachDocument } from '../components/attach-document';
import { CopyRecommendations } from '../components/copy-recommendations';
import { DocumentTable } from '../components/document-table';
import { ReferralStatusTag } from '../components/status-tag';
import { checkStatusChange, fieldError, fieldIdFor, nextStatuses, STATUS_FIELDS } from '../referral-form';
import { statusLabel, waitingText } from '../referral-text';
import '../referrals.css';

/** One referral: its details and consent, its status history, the status form, and its reports. */
export function ReferralPage() {
  const school = useSchool();
  const { pupil, path, state } = useCurrentPupil();
  const { referralId = '' } = useParams();
  const referral = useReferral(school.schoolId, pupil.id, referralId);
  const notice = useArrivalNotice();
  const name = pupilName(pupil);
  const back = (
    <BackLink to={path} state={state}>
      Back to {name}
    </BackLink>
  );
  if (referral.isPending) {
    return (
      <>
        {back}
        <PageHeading title="Referral" caption={name} />
        <Loading label="Loading the referral" />
      </>
    );
  }
  if (referral.isError) {
    return (
      <>
        {back}
        <PageHeading title="Referral" caption={name} />
        <QueryError error={referral.error} what="the referral" onRetry={() => void referral.refetch()} />
      </>
    );
  }
  const data = referral.data;
  return (
    <>
      {back}
      {notice ? (
        <NotificationBanner tone="success" role="status" focus>
          <p className="notification-banner__heading">{notice}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading title={`Referral to ${data.service.name}`} caption={name} takeFocus={!notice} />
      <ReferralDetails referral={data} />
      <StatusHistory referral={data} />
      {meets(school.grants, { permission: 'referral.write' }) && data.open ? (
        <UpdateStatus referral={data} refetch={() => referral.refetch()} />
      ) : null}
      <Reports referral={data} name={name} planPath={`${path}/plan`} />
    </>
  );
}

function ReferralDetails({ referral }: { referral: Referral }) {
  const { consent } = referral;
  return (
    <SummaryList
      rows={[
        { key: 'Service', value: referral.service.name },
        { key: 'Professional', value: referral.professional?.name ?? 'No one in particular' },
        { key: 'Referred on', value: formatDate(referral.referredOn) },
        { key: 'Reason', value: <span className="pre-line">{referral.reason}</span> },
        {
          key: 'Parental consent',
          value: `Given by ${consent.givenBy} (${consent.relationship}) on ${formatDate(consent.givenOn)}`,
        },
        {
          key: 'Status',
          value: (
            <>
              <ReferralStatusTag status={referral.status} /> since {formatDate(referral.statusOn)}
            </>
          ),
        },
        {
          key: referral.open ? 'Waiting so far' : 'Waited',
          value: waitingText(referral.daysWaiting),
        },
      ]}
    />
  );
}

function StatusHistory({ referral }: { referral: Referral }) {
  const captionId = useId();
  return (
    <section className="referral-section" aria-labelledby={captionId}>
      <h2 className="heading-m" id={captionId}>
        Status history
      </h2>
      <TableContainer captionId={captionId}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Status</th>
              <th scope="col">Note</th>
              <th scope="col">Recorded by</th>
            </tr>
          </thead>
          <tbody>
            {referral.history.map((change) => (
              <tr key={change.id}>
                <td>{formatDate(change.statusOn)}</td>
                <td>{statusLabel(change.status)}</td>
                <td className="pre-line">{change.note}</td>
                <td>{change.recordedBy?.displayName ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableContainer>
    </section>
  );
}

function UpdateStatus({
  referral,
  refetch,
}: {
  referral: Referral;
  refetch: () => Promise<{ isSuccess: boolean }>;
}) {
  const school = useSchool();
  const { pupil } = useCurrentPupil();
  const headingId = useId();
  const change = useChangeReferralStatus(school.schoolId, pupil.id, referral.id);
  const { problem, setProblem, attempt, setAttempt, conflict, setConflict, fail, reloadWith } =
    useFormAttempts();
  const choices = nextStatuses(referral.status);
  const [updated, setUpdated] = useState<string | null>(null);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    setConflict('none');
    setUpdated(null);
    const checked = checkStatusChange(
      {
        status: formText(data, 'status'),
        statusOn: readDateParts(data, 'statusOn'),
        note: formText(data, 'note'),
      },
      referral,
      todayIso(),
    );
    if (!checked.ok) {
      fail(checked.problem, []);
      return;
    }
    setProblem(null);
    change.mutate(checked.value, {
      onSuccess: (saved) => {
        form.reset();
        setConflict('none');
        setUpdated(`Status updated to ${statusLabel(saved.status).toLowerCase()}`);
      },
      onError: (failure) => {
        if (isStaleVersion(failure)) {
          setConflict('stale');
          setAttempt((n) => n + 1);
          return;
        }
        fail(formProblemFrom(failure, fieldIdFor(STATUS_FIELDS), STATUS_FIELDS.status), []);
      },
    });
  };

  return (
    <section className="referral-section" aria-labelledby={headingId}>
      <h2 className="heading-m" id={headingId}>
        Update status
      </h2>
      {updated ? (
        <NotificationBanner tone="success" role="status" focus>
          <p className="notification-banner__heading">{updated}</p>
        </NotificationBanner>
      ) : null}
      <StaleNotice
        state={conflict}
        attempt={attempt}
        onReload={() => {
          reloadWith(refetch);
        }}
        what="this referral"
        check="its status and history"
      />
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      <form className="form" onSubmit={submit} noValidate aria-labelledby={headingId}>
        <Radios
          idPrefix={STATUS_FIELDS.status}
          name="status"
          legend="New status"
          hint={`The referral is ${statusLabel(referral.status).toLowerCase()}. It can move on to:`}
          error={fieldError(problem, STATUS_FIELDS.status)}
          items={choices.map((status) => ({ value: status, label: statusLabel(status) }))}
        />
        <DateInput
          id={STATUS_FIELDS.statusOn}
          name="statusOn"
          legend="Date of the change"
          hint={`On or after ${formatDate(referral.statusOn)}, and not in the future`}
          error={fieldError(problem, STATUS_FIELDS.statusOn)}
          defaultValue={dateParts(todayIso())}
        />
        <TextareaField
          id={STATUS_FIELDS.note}
          name="note"
          label="Note (optional)"
          hint="For example, the date of the assessment, or why the referral was declined"
          error={fieldError(problem, STATUS_FIELDS.note)}
          rows={3}
        />
        <Button type="submit" aria-disabled={change.isPending || undefined}>
          Update status
        </Button>
        {change.isPending ? <Loading label="Saving the status" /> : null}
      </form>
    </section>
  );
}

function Reports({ referral, name, planPath }: { referral: Referral; name: string; planPath: string }) {
  const school = useSchool();
  const { pupil, path } = useCurrentPupil();
  const documentsPath = `${path}/documents`;
  const headingId = useId();
  const canAttach = meets(school.grants, { permission: 'document.write' });
  const canCopy = meets(school.grants, { permission: 'plan.write' });
  return (
    <section className="referral-section" aria-labelledby={headingId}>
      <h2 className="heading-m" id={headingId}>
        Reports and documents
      </h2>
      {referral.documents.length === 0 ? (
        <p>Nothing has been attached to this referral yet.</p>
      ) : (
        <DocumentTable
          schoolId={school.schoolId}
          pupilId={pupil.id}
          documents={referral.documents}
          caption="Documents attached to this referral"
        />
      )}
      {canCopy
        ? referral.documents
            .filter((d) => d.recommendations.length > 0)
            .map((document) => (
              <CopyRecommendations
                key={document.id}
                schoolId={school.schoolId}
                pupilId={pupil.id}
                document={document}
                planPath={planPath}
                name={name}
              />
            ))
        : null}
      <p>
        <Link to={documentsPath}>All of {name}&rsquo;s documents</Link>
      </p>
      {canAttach ? (
        <AttachDocument
          schoolId={school.schoolId}
          pupilId={pupil.id}
          referralId={referral.id}
          heading="Attach a report"
          headingLevel={3}
          defaultKind="report"
        />
      ) : null}
    </section>
  );
}

import type { SenStatus } from '@sendreg/contracts';
import type { SubmitEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { DateInput, readDateParts } from '../../../components/ui/date-input';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Radios } from '../../../components/ui/radios';
import { TextareaField } from '../../../components/ui/textarea-field';
import { formProblemFrom, isStaleVersion } from '../../../lib/form-problem';
import { useFormAttempts } from '../../../lib/use-form-attempts';
import { useCurrentPupil } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { dateParts, todayIso } from '../../../utils/dates';
import { formText } from '../../../utils/form-text';
import { formatDate } from '../../../utils/format-date';
import { pupilName } from '../../../utils/pupil-name';
import { SEN_STATUS_ORDER, SEN_STATUS_SHORT_LABELS } from '../../../utils/sen-status';
import { useChangeSenStatus } from '../api/change-sen-status';
import { useSendRecord } from '../api/get-send-record';
import { CurrentRecord } from '../components/current-record';
import { StaleRecord } from '../components/stale-record';
import { checkStatusChange, FIELD, statusFieldId } from '../send-forms';

const STATUS_HINTS: Record<SenStatus, string> = {
  K: 'On the SEN register: the school meets the need from its own resources. Census code K.',
  E: 'On the SEN register with an Education, Health and Care plan from the local authority. Census code E.',
  monitoring: 'Watched before a decision about the register. Reported as N in the census.',
  N: 'Not on the SEN register. Census code N.',
};

/** The SENCO changes a pupil's SEN status from a date, with the reason (sen.write). */
export function ChangeSenStatusPage() {
  const school = useSchool();
  const { pupil, path, state } = useCurrentPupil();
  const navigate = useNavigate();
  const record = useSendRecord(school.schoolId, pupil.id);
  const change = useChangeSenStatus(school.schoolId, pupil.id);
  const {
    problem,
    setProblem,
    dateErrorParts,
    attempt,
    setAttempt,
    conflict,
    setConflict,
    fail,
    reloadWith,
  } = useFormAttempts();
  const name = pupilName(pupil);
  const title = 'Change SEN status';
  const back = (
    <BackLink to={path} state={state}>
      Back to {name}
    </BackLink>
  );

  if (record.isPending) {
    return (
      <>
        {back}
        <Loading label="Loading the SEND record" />
      </>
    );
  }
  if (record.isError) {
    return (
      <>
        {back}
        <PageHeading title={title} caption={name} />
        <QueryError error={record.error} what="the SEND record" onRetry={() => void record.refetch()} />
      </>
    );
  }
  const current = record.data;

  const reload = () => reloadWith(() => record.refetch());

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const data = new FormData(event.currentTarget);
    const checked = checkStatusChange(
      {
        status: formText(data, 'status'),
        date: readDateParts(data, 'effectiveFrom'),
        reason: formText(data, 'reason'),
      },
      current.status,
    );
    if (!checked.ok) {
      setConflict('none');
      fail(checked.problem, checked.dateParts);
      return;
    }
    setProblem(null);
    setConflict('none');
    const { status, effectiveFrom } = checked.request;
    change.mutate(
      { ...checked.request, senVersion: current.senVersion },
      {
        onSuccess: () => {
          const notice = `SEN status changed to ${SEN_STATUS_SHORT_LABELS[status]} from ${formatDate(effectiveFrom)}.`;
          void navigate(path, { state: { ...state, notice } });
        },
        onError: (error) => {
          if (isStaleVersion(error)) {
            setConflict('stale');
            setAttempt((count) => count + 1);
            return;
          }
          fail(formProblemFrom(error, statusFieldId, FIELD.status), []);
        },
      },
    );
  };

  return (
    <>
      {back}
      <StaleRecord state={conflict} attempt={attempt} onReload={reload} />
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      <div className="grid-row">
        <div className="column-two-thirds">
          <PageHeading
            title={title}
            caption={name}
            documentTitle={problem || conflict === 'stale' ? `Error: ${title}` : title}
          />
          <CurrentRecord record={current} />
          <form className="form" onSubmit={submit} noValidate>
            <Radios
              idPrefix={FIELD.status}
              name="status"
              legend="What is the new SEN status?"
              error={problem?.fields[FIELD.status]}
              items={SEN_STATUS_ORDER.map((status) => ({
                value: status,
                label:
                  status === current.status
                    ? `${SEN_STATUS_SHORT_LABELS[status]} (current status)`
                    : SEN_STATUS_SHORT_LABELS[status],
                hint: STATUS_HINTS[status],
              }))}
            />
            <DateInput
              id={FIELD.effectiveFrom}
              name="effectiveFrom"
              legend="When does the new status start?"
              hint="The date of the decision, for example 3 3 2026. It can be in the past."
              error={problem?.fields[`${FIELD.effectiveFrom}-${dateErrorParts[0] ?? 'day'}`]}
              errorParts={dateErrorParts}
              defaultValue={dateParts(todayIso())}
            />
            <TextareaField
              id={FIELD.reason}
              name="reason"
              label="Why is the status changing?"
              hint="For example, what the review meeting agreed and who was there. It is kept in the pupil's SEND history."
              error={problem?.fields[FIELD.reason]}
              rows={4}
            />
            <div className="button-group">
              <Button type="submit" aria-disabled={change.isPending || undefined}>
                Change status
              </Button>
              <Link className="button-group__link" to={path} state={state}>
                Cancel
              </Link>
            </div>
            {change.isPending ? <Loading label="Saving the new status" /> : null}
          </form>
        </div>
      </div>
    </>
  );
}

import type { NeedTypeRow, SendRecord, SetNeedsRequest } from '@sendreg/contracts';
import type { SubmitEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { DateInput, readDateParts } from '../../../components/ui/date-input';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { formProblemFrom, isStaleVersion } from '../../../lib/form-problem';
import { useFormAttempts } from '../../../lib/use-form-attempts';
import { useCurrentPupil } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { dateParts, todayIso } from '../../../utils/dates';
import { formText } from '../../../utils/form-text';
import { formatDate } from '../../../utils/format-date';
import { pupilName } from '../../../utils/pupil-name';
import { useNeedTypes } from '../api/get-need-types';
import { useSendRecord } from '../api/get-send-record';
import { useSetNeeds } from '../api/set-needs';
import { CurrentRecord } from '../components/current-record';
import { StaleRecord } from '../components/stale-record';
import { needLabel, needTypeGroups } from '../need-types';
import { checkNeeds, FIELD, needsFieldId } from '../send-forms';

function NeedOptions({
  needTypes,
  today,
  keep,
}: {
  needTypes: NeedTypeRow[];
  today: string;
  keep: string[];
}) {
  return (
    <>
      <option value="">None</option>
      {needTypeGroups(needTypes, today, keep).map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.types.map((type) => (
            <option key={type.code} value={type.code}>
              {type.label} ({type.code})
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

function savedNotice(request: Omit<SetNeedsRequest, 'senVersion'>, needTypes: NeedTypeRow[]): string {
  const [primary, secondary] = request.needs;
  const from = formatDate(request.effectiveFrom);
  if (!primary) return `Needs cleared from ${from}.`;
  const needs = secondary
    ? `primary ${needLabel(primary.code, needTypes)}, secondary ${needLabel(secondary.code, needTypes)}`
    : `primary ${needLabel(primary.code, needTypes)}`;
  return `Needs saved from ${from}: ${needs}.`;
}

/** The SENCO sets the pupil's ranked needs from a date, checked against the census rules (sen.write). */
export function SetNeedsPage() {
  const school = useSchool();
  const { pupil, path, state } = useCurrentPupil();
  const navigate = useNavigate();
  const record = useSendRecord(school.schoolId, pupil.id);
  const needTypes = useNeedTypes(school.schoolId);
  const save = useSetNeeds(school.schoolId, pupil.id);
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
  const title = 'Set needs';
  const today = todayIso();
  const back = (
    <BackLink to={path} state={state}>
      Back to {name}
    </BackLink>
  );

  if (record.isPending || needTypes.isPending) {
    return (
      <>
        {back}
        <Loading label="Loading the SEND record" />
      </>
    );
  }
  if (record.isError || needTypes.isError) {
    return (
      <>
        {back}
        <PageHeading title={title} caption={name} />
        <QueryError
          error={record.error ?? needTypes.error}
          what="the SEND record"
          onRetry={() => {
            void record.refetch();
            void needTypes.refetch();
          }}
        />
      </>
    );
  }
  const current: SendRecord = record.data;
  const types = needTypes.data;
  const primary = current.needs.find((need) => need.rank === 1);
  const secondary = current.needs.find((need) => need.rank === 2);
  const keep = current.needs.map((need) => need.code);

  const reload = () => reloadWith(() => record.refetch());

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const data = new FormData(event.currentTarget);
    const checked = checkNeeds(
      {
        primary: formText(data, 'primary'),
        primaryDescription: formText(data, 'primaryDescription'),
        secondary: formText(data, 'secondary'),
        secondaryDescription: formText(data, 'secondaryDescription'),
        date: readDateParts(data, 'effectiveFrom'),
      },
      current.status,
      types,
      today,
    );
    if (!checked.ok) {
      setConflict('none');
      fail(checked.problem, checked.dateParts);
      return;
    }
    setProblem(null);
    setConflict('none');
    const sent = checked.request.needs;
    save.mutate(
      { ...checked.request, senVersion: current.senVersion },
      {
        onSuccess: () => {
          void navigate(path, { state: { ...state, notice: savedNotice(checked.request, types) } });
        },
        onError: (error) => {
          if (isStaleVersion(error)) {
            setConflict('stale');
            setAttempt((count) => count + 1);
            return;
          }
          fail(
            formProblemFrom(error, (field) => needsFieldId(field, sent), FIELD.primary),
            [],
          );
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
          <p>
            The census takes up to two needs, ranked. A pupil at SEN support or with an EHCP must have a
            primary need; a pupil who is not on the register has none.
          </p>
          <form className="form" onSubmit={submit} noValidate>
            <SelectField
              id={FIELD.primary}
              name="primary"
              label="Primary need"
              hint="The need that has the most impact on the pupil's learning."
              error={problem?.fields[FIELD.primary]}
              defaultValue={primary?.code ?? ''}
            >
              <NeedOptions needTypes={types} today={today} keep={keep} />
            </SelectField>
            <TextareaField
              id={FIELD.primaryDescription}
              name="primaryDescription"
              label="Describe the primary need in plain words (optional)"
              hint="What it means for this pupil day to day. Teachers who work with the pupil see this."
              error={problem?.fields[FIELD.primaryDescription]}
              defaultValue={primary?.description ?? ''}
              rows={3}
            />
            <SelectField
              id={FIELD.secondary}
              name="secondary"
              label="Secondary need (optional)"
              error={problem?.fields[FIELD.secondary]}
              defaultValue={secondary?.code ?? ''}
            >
              <NeedOptions needTypes={types} today={today} keep={keep} />
            </SelectField>
            <TextareaField
              id={FIELD.secondaryDescription}
              name="secondaryDescription"
              label="Describe the secondary need in plain words (optional)"
              error={problem?.fields[FIELD.secondaryDescription]}
              defaultValue={secondary?.description ?? ''}
              rows={3}
            />
            <DateInput
              id={FIELD.effectiveFrom}
              name="effectiveFrom"
              legend="From when do these needs apply?"
              hint="For example, the date of the assessment, 3 3 2026. It can be in the past."
              error={problem?.fields[`${FIELD.effectiveFrom}-${dateErrorParts[0] ?? 'day'}`]}
              errorParts={dateErrorParts}
              defaultValue={dateParts(today)}
            />
            <div className="button-group">
              <Button type="submit" aria-disabled={save.isPending || undefined}>
                Save needs
              </Button>
              <Link className="button-group__link" to={path} state={state}>
                Cancel
              </Link>
            </div>
            {save.isPending ? <Loading label="Saving the needs" /> : null}
          </form>
        </div>
      </div>
    </>
  );
}

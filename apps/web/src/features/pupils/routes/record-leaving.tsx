import type { SubmitEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { DateInput, readDateParts } from '../../../components/ui/date-input';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { TextareaField } from '../../../components/ui/textarea-field';
import { formProblem, formProblemFrom, isStaleVersion } from '../../../lib/form-problem';
import { useFormAttempts } from '../../../lib/use-form-attempts';
import { useCurrentPupil } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { dateParts, parseDateParts, todayIso } from '../../../utils/dates';
import { formText } from '../../../utils/form-text';
import { formatDate } from '../../../utils/format-date';
import { pupilName } from '../../../utils/pupil-name';
import { usePupil } from '../api/get-pupil';
import { useRecordLeaving } from '../api/pupil-writes';
import { StalePupil } from '../components/stale-pupil';

const FIELD = { leavingDate: 'leaving-date', reason: 'leaving-reason' };

function leavingFieldId(field: string): string | undefined {
  if (field === 'leavingDate') return `${FIELD.leavingDate}-day`;
  if (field === 'reason') return FIELD.reason;
  return undefined;
}

/** Record the date a pupil leaves the school, and why (pupil.write). */
export function RecordLeavingPage() {
  const school = useSchool();
  const { pupil, path, state } = useCurrentPupil();
  const navigate = useNavigate();
  const reloader = usePupil(school.schoolId, pupil.id);
  const leaving = useRecordLeaving(school.schoolId, pupil.id);
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
  const title = 'Record leaving';

  const reload = () => reloadWith(() => reloader.refetch());

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (leaving.isPending) return;
    const data = new FormData(event.currentTarget);
    const date = parseDateParts(readDateParts(data, 'leavingDate'), {
      label: 'The leaving date',
      missing: 'Enter the date the pupil leaves',
    });
    const reason = formText(data, 'reason').trim();
    setConflict('none');
    if (!date.ok) {
      const part = date.parts[0] ?? 'day';
      fail(
        formProblem([[`${FIELD.leavingDate}-${part}`, date.message]]) ?? { fields: {}, summary: [] },
        date.parts,
      );
      return;
    }
    setProblem(null);
    leaving.mutate(
      { leavingDate: date.iso, ...(reason ? { reason } : {}), version: pupil.version },
      {
        onSuccess: (saved) => {
          const notice = `Leaving date recorded: ${pupilName(saved)} leaves on ${formatDate(date.iso)}.`;
          void navigate(path, { state: { ...state, notice } });
        },
        onError: (error) => {
          if (isStaleVersion(error)) {
            setConflict('stale');
            setAttempt((count) => count + 1);
            return;
          }
          fail(formProblemFrom(error, leavingFieldId, `${FIELD.leavingDate}-day`), []);
        },
      },
    );
  };

  return (
    <>
      <BackLink to={path} state={state}>
        Back to {name}
      </BackLink>
      <StalePupil state={conflict} attempt={attempt} onReload={reload} />
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      <div className="grid-row">
        <div className="column-two-thirds">
          <PageHeading
            title={title}
            caption={name}
            documentTitle={problem || conflict === 'stale' ? `Error: ${title}` : title}
          />
          <form className="form" onSubmit={submit} noValidate key={pupil.version}>
            <DateInput
              id={FIELD.leavingDate}
              name="leavingDate"
              legend="When does the pupil leave?"
              hint="Their last day on roll, for example 17 7 2026"
              error={problem?.fields[`${FIELD.leavingDate}-${dateErrorParts[0] ?? 'day'}`]}
              errorParts={dateErrorParts.length ? dateErrorParts : undefined}
              defaultValue={dateParts(pupil.leavingDate ?? todayIso())}
            />
            <TextareaField
              id={FIELD.reason}
              name="reason"
              label="Why are they leaving? (optional)"
              hint="For example, moved to another school"
              error={problem?.fields[FIELD.reason]}
              rows={3}
            />
            <div className="button-group">
              <Button type="submit" aria-disabled={leaving.isPending || undefined}>
                Record leaving
              </Button>
              <Link className="button-group__link" to={path} state={state}>
                Cancel
              </Link>
            </div>
            {leaving.isPending ? <Loading label="Saving the leaving date" /> : null}
          </form>
        </div>
      </div>
    </>
  );
}

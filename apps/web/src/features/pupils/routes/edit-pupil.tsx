import type { SubmitEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { formProblemFrom, isStaleVersion } from '../../../lib/form-problem';
import { useFormAttempts } from '../../../lib/use-form-attempts';
import { meets } from '../../../lib/grants';
import { useCurrentPupil } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { pupilName } from '../../../utils/pupil-name';
import { usePupil } from '../api/get-pupil';
import { useClassOptions, useUpdatePupil } from '../api/pupil-writes';
import { PupilForm } from '../components/pupil-form';
import { checkPupilForm, PUPIL_FIELD, pupilFieldId } from '../pupil-form-check';
import { StalePupil } from '../components/stale-pupil';

/** Edit a pupil's core record (pupil.write), sending the version it was read at. */
export function EditPupilPage() {
  const school = useSchool();
  const { pupil, path, state } = useCurrentPupil();
  const navigate = useNavigate();
  const canReadClasses = meets(school.grants, { permission: 'staff.read' });
  const classes = useClassOptions(school.schoolId, canReadClasses);
  const reloader = usePupil(school.schoolId, pupil.id);
  const update = useUpdatePupil(school.schoolId, pupil.id);
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
  const title = 'Edit core record';
  const withClass = canReadClasses && classes.isSuccess;

  const reload = () => reloadWith(() => reloader.refetch());

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const checked = checkPupilForm(new FormData(event.currentTarget), withClass);
    setConflict('none');
    if (!checked.ok) {
      fail(checked.problem, checked.dateParts);
      return;
    }
    setProblem(null);
    update.mutate(
      { ...checked.request, version: pupil.version },
      {
        onSuccess: (saved) => {
          void navigate(path, { state: { ...state, notice: `${pupilName(saved)}'s record updated.` } });
        },
        onError: (error) => {
          if (isStaleVersion(error)) {
            setConflict('stale');
            setAttempt((count) => count + 1);
            return;
          }
          fail(formProblemFrom(error, pupilFieldId, PUPIL_FIELD.upn), []);
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
          {canReadClasses && classes.isPending ? (
            <Loading label="Loading classes" />
          ) : (
            <PupilForm
              key={pupil.version}
              onSubmit={submit}
              problem={problem}
              dateErrorParts={dateErrorParts}
              classes={withClass ? classes.data.items : undefined}
              pupil={pupil}
            >
              <div className="button-group">
                <Button type="submit" aria-disabled={update.isPending || undefined}>
                  Save changes
                </Button>
                <Link className="button-group__link" to={path} state={state}>
                  Cancel
                </Link>
              </div>
              {update.isPending ? <Loading label="Saving the record" /> : null}
            </PupilForm>
          )}
        </div>
      </div>
    </>
  );
}

import { useState, type SubmitEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { formProblemFrom, type FormProblem } from '../../../lib/form-problem';
import { meets } from '../../../lib/grants';
import { useSchool } from '../../../lib/school-context';
import type { DatePart } from '../../../utils/dates';
import { pupilName } from '../../../utils/pupil-name';
import { useClassOptions, useCreatePupil } from '../api/pupil-writes';
import { PupilForm } from '../components/pupil-form';
import { checkPupilForm, PUPIL_FIELD, pupilFieldId } from '../pupil-form-check';

/** A school admin or the SENCO adds one pupil by hand (pupil.write). */
export function AddPupilPage() {
  const school = useSchool();
  const navigate = useNavigate();
  const canReadClasses = meets(school.grants, { permission: 'staff.read' });
  const classes = useClassOptions(school.schoolId, canReadClasses);
  const create = useCreatePupil(school.schoolId);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [dateErrorParts, setDateErrorParts] = useState<DatePart[]>([]);
  const [attempt, setAttempt] = useState(0);
  const root = `/schools/${encodeURIComponent(school.schoolId)}`;
  const back = `${root}/staff`;
  const title = 'Add a pupil';

  const fail = (next: FormProblem, parts: DatePart[]) => {
    setProblem(next);
    setDateErrorParts(parts);
    setAttempt((count) => count + 1);
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const checked = checkPupilForm(new FormData(event.currentTarget), canReadClasses && classes.isSuccess);
    if (!checked.ok) {
      fail(checked.problem, checked.dateParts);
      return;
    }
    setProblem(null);
    create.mutate(checked.request, {
      onSuccess: (pupil) => {
        void navigate(`${root}/pupils/${encodeURIComponent(pupil.id)}`, {
          state: { from: back, notice: `${pupilName(pupil)} added to the school.` },
        });
      },
      onError: (error) => {
        fail(formProblemFrom(error, pupilFieldId, PUPIL_FIELD.upn), []);
      },
    });
  };

  return (
    <>
      <BackLink to={back} />
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      <div className="grid-row">
        <div className="column-two-thirds">
          <PageHeading
            title={title}
            caption={school.schoolName}
            documentTitle={problem ? `Error: ${title}` : title}
          />
          {canReadClasses && classes.isPending ? (
            <Loading label="Loading classes" />
          ) : (
            <PupilForm
              onSubmit={submit}
              problem={problem}
              dateErrorParts={dateErrorParts}
              classes={canReadClasses && classes.isSuccess ? classes.data.items : undefined}
            >
              <div className="button-group">
                <Button type="submit" aria-disabled={create.isPending || undefined}>
                  Add pupil
                </Button>
                <Link className="button-group__link" to={back}>
                  Cancel
                </Link>
              </div>
              {create.isPending ? <Loading label="Adding the pupil" /> : null}
            </PupilForm>
          )}
        </div>
      </div>
    </>
  );
}

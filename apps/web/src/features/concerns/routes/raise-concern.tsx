import { AREAS_OF_NEED, type Concern, type ConcernArea } from '@sendreg/contracts';
import { useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { ConfirmationPanel } from '../../../components/ui/confirmation-panel';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { Radios } from '../../../components/ui/radios';
import { TextareaField } from '../../../components/ui/textarea-field';
import { formProblemFrom, type FormProblem } from '../../../lib/form-problem';
import { useCurrentPupil } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { formText } from '../../../utils/form-text';
import { pupilName } from '../../../utils/pupil-name';
import { useRaiseConcern } from '../api/raise-concern';
import { checkConcern, concernFieldId, FIELD } from '../concern-forms';
import { CONCERN_AREA_HINTS, CONCERN_AREA_LABELS } from '../concern-labels';

const AREAS: ConcernArea[] = [...AREAS_OF_NEED, 'not_sure'];

function Confirmation({
  concern,
  pupilPath,
  state,
}: {
  concern: Concern;
  pupilPath: string;
  state: unknown;
}) {
  const school = useSchool();
  return (
    <div className="grid-row">
      <div className="column-two-thirds">
        <ConfirmationPanel title="Concern sent to the SENCO">
          <p>About {concern.pupil.name}</p>
        </ConfirmationPanel>
        <h2 className="heading-m">What happens next</h2>
        <p>
          The SENCO will read your concern and decide what to do: start monitoring {concern.pupil.name}, add
          them to SEN support, or close the concern. They may ask you about it first.
        </p>
        <p>You can see the decision and the SENCO&rsquo;s outcome in your concerns.</p>
        <ul className="list">
          <li>
            <Link to={`/schools/${encodeURIComponent(school.schoolId)}/my-concerns`}>View my concerns</Link>
          </li>
          <li>
            <Link to={pupilPath} state={state}>
              Back to {concern.pupil.name}
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}

/** A teacher or TA raises a concern about one of their pupils (concern.raise), then sees it confirmed. */
export function RaiseConcernPage() {
  const school = useSchool();
  const { pupil, path, state } = useCurrentPupil();
  const raise = useRaiseConcern(school.schoolId);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const name = pupilName(pupil);
  const title = `Raise a concern about ${name}`;

  if (raise.isSuccess) return <Confirmation concern={raise.data} pupilPath={path} state={state} />;

  const fail = (next: FormProblem) => {
    setProblem(next);
    setAttempt((count) => count + 1);
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (raise.isPending) return;
    const data = new FormData(event.currentTarget);
    const checked = checkConcern({
      area: formText(data, 'area'),
      observed: formText(data, 'observed'),
      tried: formText(data, 'tried'),
    });
    if (!checked.ok) {
      fail(checked.problem);
      return;
    }
    setProblem(null);
    raise.mutate(
      { ...checked.request, pupilId: pupil.id },
      {
        onError: (error) => {
          fail(formProblemFrom(error, concernFieldId, FIELD.area));
        },
      },
    );
  };

  return (
    <>
      <BackLink to={path} state={state}>
        Back to {name}
      </BackLink>
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      <div className="grid-row">
        <div className="column-two-thirds">
          <PageHeading
            title={title}
            caption={school.schoolName}
            documentTitle={problem ? `Error: Raise a concern` : 'Raise a concern'}
          />
          <p>
            Tell the SENCO what you have noticed. They decide what happens next, and you will see their
            decision in your concerns.
          </p>
          <form className="form" onSubmit={submit} noValidate>
            <Radios
              idPrefix={FIELD.area}
              name="area"
              legend="Which area is your concern about?"
              hint="Choose the closest. If you are not sure, say so."
              error={problem?.fields[FIELD.area]}
              items={AREAS.map((area) => ({
                value: area,
                label: CONCERN_AREA_LABELS[area],
                hint: CONCERN_AREA_HINTS[area],
                dividerBefore: area === 'not_sure',
              }))}
            />
            <TextareaField
              id={FIELD.observed}
              name="observed"
              label="What have you observed?"
              hint="What the pupil does or finds hard, when, and how often. Stick to what you have seen or heard."
              error={problem?.fields[FIELD.observed]}
              rows={6}
            />
            <TextareaField
              id={FIELD.tried}
              name="tried"
              label="What have you tried so far? (optional)"
              hint="For example, changes to seating, resources or how you give instructions, and what happened."
              error={problem?.fields[FIELD.tried]}
              rows={4}
            />
            <div className="button-group">
              <Button type="submit" aria-disabled={raise.isPending || undefined}>
                Send to the SENCO
              </Button>
              <Link className="button-group__link" to={path} state={state}>
                Cancel
              </Link>
            </div>
            {raise.isPending ? <Loading label="Sending your concern" /> : null}
          </form>
        </div>
      </div>
    </>
  );
}

import type { SubmitEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { formProblemFrom } from '../../../lib/form-problem';
import { useSchool } from '../../../lib/school-context';
import { useCreateIntervention } from '../api/intervention-writes';
import { InterventionForm } from '../components/intervention-form';
import { ProvisionSubNav } from '../components/provision-subnav';
import { useCheckedForm } from '../components/use-checked-form';
import { checkInterventionForm, INTERVENTION_FIELD, interventionFieldId } from '../intervention-form-check';
import { provisionPaths } from '../provision-paths';
import '../provision.css';

/** The SENCO adds an intervention to the catalogue (intervention.write). */
export function NewInterventionPage() {
  const school = useSchool();
  const paths = provisionPaths(school.schoolId);
  const navigate = useNavigate();
  const create = useCreateIntervention(school.schoolId);
  const form = useCheckedForm();
  const title = 'Add an intervention';

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const checked = checkInterventionForm(new FormData(event.currentTarget));
    if (!checked.ok) {
      form.fail(checked.problem, checked.dateParts);
      return;
    }
    form.clear();
    create.mutate(checked.request, {
      onSuccess: (saved) => {
        void navigate(paths.interventions, { state: { notice: `${saved.name} added to the catalogue.` } });
      },
      onError: (error) => {
        form.fail(formProblemFrom(error, interventionFieldId, INTERVENTION_FIELD.name));
      },
    });
  };

  return (
    <>
      <BackLink to={paths.interventions}>Back to the catalogue</BackLink>
      <ErrorSummary errors={form.problem?.summary ?? []} attempt={form.attempt} />
      <PageHeading
        title={title}
        caption={school.schoolName}
        documentTitle={form.problem ? `Error: ${title}` : title}
      />
      <ProvisionSubNav />
      <div className="grid-row">
        <div className="column-two-thirds">
          <InterventionForm form={form} onSubmit={submit}>
            <div className="button-group">
              <Button type="submit" aria-disabled={create.isPending || undefined}>
                Add intervention
              </Button>
              <Link className="button-group__link" to={paths.interventions}>
                Cancel
              </Link>
            </div>
            {create.isPending ? <Loading label="Adding the intervention" /> : null}
          </InterventionForm>
        </div>
      </div>
    </>
  );
}

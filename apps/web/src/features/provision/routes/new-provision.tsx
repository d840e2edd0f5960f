import type { SubmitEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { formProblemFrom } from '../../../lib/form-problem';
import { meets } from '../../../lib/grants';
import { useSchool } from '../../../lib/school-context';
import { useInterventions } from '../api/get-interventions';
import { useStaff } from '../api/get-staff';
import { useCreateProvision } from '../api/provision-writes';
import { ProvisionForm } from '../components/provision-form';
import { ProvisionSubNav } from '../components/provision-subnav';
import { useCheckedForm } from '../components/use-checked-form';
import { deliveringStaff } from '../delivering-staff';
import { activeInterventions } from '../intervention-catalogue';
import { checkProvisionForm, PROVISION_FIELD, provisionFieldId } from '../provision-form-check';
import { provisionPaths } from '../provision-paths';
import '../provision.css';

/** The SENCO starts a group from an intervention in the catalogue (provision.write). */
export function NewProvisionPage() {
  const school = useSchool();
  const paths = provisionPaths(school.schoolId);
  const navigate = useNavigate();
  const interventions = useInterventions(school.schoolId);
  const staff = useStaff(school.schoolId);
  const create = useCreateProvision(school.schoolId);
  const form = useCheckedForm();
  const canAddIntervention = meets(school.grants, { permission: 'intervention.write' });
  const title = 'Start a group';

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const checked = checkProvisionForm(new FormData(event.currentTarget), { withIntervention: true });
    if (!checked.ok) {
      form.fail(checked.problem, checked.dateParts);
      return;
    }
    form.clear();
    create.mutate(checked.request, {
      onSuccess: (group) => {
        void navigate(paths.group(group.id), {
          state: { notice: `Group started: ${group.name}. Add its pupils below.` },
        });
      },
      onError: (error) => {
        form.fail(formProblemFrom(error, provisionFieldId, PROVISION_FIELD.interventionId));
      },
    });
  };

  let body;
  if (interventions.isPending || staff.isPending) body = <Loading label="Loading interventions and staff" />;
  else if (interventions.isError)
    body = (
      <QueryError
        error={interventions.error}
        what="the interventions"
        onRetry={() => void interventions.refetch()}
      />
    );
  else if (staff.isError)
    body = <QueryError error={staff.error} what="the staff" onRetry={() => void staff.refetch()} />;
  else {
    const active = activeInterventions(interventions.data.items);
    body = active.length ? (
      <ProvisionForm
        form={form}
        onSubmit={submit}
        interventions={active}
        staff={deliveringStaff(staff.data.items)}
      >
        <div className="button-group">
          <Button type="submit" aria-disabled={create.isPending || undefined}>
            Start the group
          </Button>
          <Link className="button-group__link" to={paths.groups}>
            Cancel
          </Link>
        </div>
        {create.isPending ? <Loading label="Starting the group" /> : null}
      </ProvisionForm>
    ) : (
      <EmptyState title="There are no interventions to start a group from">
        <p>
          {canAddIntervention ? (
            <>
              <Link to={paths.newIntervention}>Add an intervention</Link> to the catalogue first, or restore
              an archived one.
            </>
          ) : (
            'The SENCO adds interventions to the catalogue first.'
          )}
        </p>
      </EmptyState>
    );
  }

  return (
    <>
      <BackLink to={paths.groups}>Back to groups</BackLink>
      <ErrorSummary errors={form.problem?.summary ?? []} attempt={form.attempt} />
      <PageHeading
        title={title}
        caption={school.schoolName}
        documentTitle={form.problem ? `Error: ${title}` : title}
      />
      <ProvisionSubNav />
      <div className="grid-row">
        <div className="column-two-thirds">{body}</div>
      </div>
    </>
  );
}

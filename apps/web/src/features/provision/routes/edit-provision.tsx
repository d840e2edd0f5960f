import type { SubmitEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { isApiError } from '../../../lib/api-error';
import { formProblemFrom, isStaleVersion } from '../../../lib/form-problem';
import { useSchool } from '../../../lib/school-context';
import { useProvision } from '../api/get-provision';
import { useStaff } from '../api/get-staff';
import { useUpdateProvision } from '../api/provision-writes';
import { ProvisionForm } from '../components/provision-form';
import { ProvisionSubNav } from '../components/provision-subnav';
import { StaleNotice } from '../../../components/ui/stale-notice';
import { useCheckedForm } from '../components/use-checked-form';
import { deliveringStaff } from '../delivering-staff';
import { checkProvisionForm, PROVISION_FIELD, provisionFieldId } from '../provision-form-check';
import { provisionPaths } from '../provision-paths';
import '../provision.css';

/** Change a group's name, staff, days, minutes, dates or place (provision.write), with its version. */
export function EditProvisionPage() {
  const school = useSchool();
  const paths = provisionPaths(school.schoolId);
  const { provisionId = '' } = useParams();
  // The group page's own "Back" (to the list it came from) travels through this page and back to it.
  const { state } = useLocation();
  const navigate = useNavigate();
  const provision = useProvision(school.schoolId, provisionId);
  const staff = useStaff(school.schoolId);
  const update = useUpdateProvision(school.schoolId, provisionId);
  const form = useCheckedForm();
  const groupPath = paths.group(provisionId);
  const title = 'Change the group';
  const back = (
    <BackLink to={groupPath} state={state}>
      Back to the group
    </BackLink>
  );

  if (provision.isPending || staff.isPending) {
    return (
      <>
        {back}
        <Loading label="Loading the group" />
      </>
    );
  }
  if (provision.isError || staff.isError) {
    const notFound = isApiError(provision.error, 404);
    return (
      <>
        <BackLink to={paths.groups}>Back to groups</BackLink>
        <PageHeading title={notFound ? 'Group not found' : 'Sorry, there is a problem with the service'} />
        {notFound ? (
          <p>
            We could not find this group. Check the web address, or{' '}
            <Link to={paths.groups}>go to the groups</Link>.
          </p>
        ) : (
          <QueryError
            error={provision.error ?? staff.error}
            what="the group"
            onRetry={() => {
              void provision.refetch();
              void staff.refetch();
            }}
          />
        )}
      </>
    );
  }
  const group = provision.data;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const checked = checkProvisionForm(new FormData(event.currentTarget), { withIntervention: false });
    if (!checked.ok) {
      form.fail(checked.problem, checked.dateParts);
      return;
    }
    form.clear();
    const { interventionId: _unchanged, ...changes } = checked.request;
    update.mutate(
      { ...changes, version: group.version },
      {
        onSuccess: (saved) => {
          const returnState = typeof state === 'object' && state !== null ? state : {};
          void navigate(groupPath, { state: { ...returnState, notice: `Changes to ${saved.name} saved.` } });
        },
        onError: (error) => {
          if (isStaleVersion(error)) form.stale();
          else form.fail(formProblemFrom(error, provisionFieldId, PROVISION_FIELD.name));
        },
      },
    );
  };

  return (
    <>
      {back}
      <StaleNotice
        state={form.conflict}
        attempt={form.attempt}
        what="this group"
        onReload={() => {
          form.reloadWith(() => provision.refetch());
        }}
      />
      <ErrorSummary errors={form.problem?.summary ?? []} attempt={form.attempt} />
      <PageHeading
        title={title}
        caption={group.name}
        documentTitle={form.problem || form.conflict === 'stale' ? `Error: ${title}` : title}
      />
      <ProvisionSubNav />
      <div className="grid-row">
        <div className="column-two-thirds">
          <ProvisionForm
            key={group.version}
            form={form}
            onSubmit={submit}
            staff={deliveringStaff(staff.data.items)}
            provision={group}
          >
            <div className="button-group">
              <Button type="submit" aria-disabled={update.isPending || undefined}>
                Save changes
              </Button>
              <Link className="button-group__link" to={groupPath} state={state}>
                Cancel
              </Link>
            </div>
            {update.isPending ? <Loading label="Saving the group" /> : null}
          </ProvisionForm>
        </div>
      </div>
    </>
  );
}

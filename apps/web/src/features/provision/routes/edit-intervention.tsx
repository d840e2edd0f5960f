import type { SubmitEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { isApiError } from '../../../lib/api-error';
import { formProblemFrom, isStaleVersion } from '../../../lib/form-problem';
import { useSchool } from '../../../lib/school-context';
import { useIntervention } from '../api/get-intervention';
import { useUpdateIntervention } from '../api/intervention-writes';
import { InterventionForm } from '../components/intervention-form';
import { ProvisionSubNav } from '../components/provision-subnav';
import { StaleNotice } from '../../../components/ui/stale-notice';
import { useCheckedForm } from '../components/use-checked-form';
import { checkInterventionForm, INTERVENTION_FIELD, interventionFieldId } from '../intervention-form-check';
import { provisionPaths } from '../provision-paths';
import '../provision.css';

/** Change a catalogue entry, or archive or restore it (intervention.write), with its version. */
export function EditInterventionPage() {
  const school = useSchool();
  const paths = provisionPaths(school.schoolId);
  const { interventionId = '' } = useParams();
  const navigate = useNavigate();
  const loaded = useIntervention(school.schoolId, interventionId);
  const update = useUpdateIntervention(school.schoolId, interventionId);
  const form = useCheckedForm();
  const title = 'Change an intervention';
  const back = <BackLink to={paths.interventions}>Back to the catalogue</BackLink>;

  if (loaded.isPending) {
    return (
      <>
        {back}
        <Loading label="Loading the intervention" />
      </>
    );
  }
  if (loaded.isError && !isApiError(loaded.error, 404)) {
    return (
      <>
        {back}
        <PageHeading title="Sorry, there is a problem with the service" />
        <QueryError error={loaded.error} what="the intervention" onRetry={() => void loaded.refetch()} />
      </>
    );
  }
  const intervention = loaded.data;
  if (!intervention) {
    return (
      <>
        {back}
        <PageHeading title="Intervention not found" caption={school.schoolName} />
        <p>
          We could not find this intervention. Check the web address, or{' '}
          <Link to={paths.interventions}>go to the catalogue</Link>.
        </p>
      </>
    );
  }

  const refused = (error: unknown, firstField: string) => {
    if (isStaleVersion(error)) form.stale();
    else form.fail(formProblemFrom(error, interventionFieldId, firstField));
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const checked = checkInterventionForm(new FormData(event.currentTarget));
    if (!checked.ok) {
      form.fail(checked.problem, checked.dateParts);
      return;
    }
    form.clear();
    update.mutate(
      { ...checked.request, version: intervention.version },
      {
        onSuccess: (saved) => {
          void navigate(paths.interventions, { state: { notice: `Changes to ${saved.name} saved.` } });
        },
        onError: (error) => {
          refused(error, INTERVENTION_FIELD.name);
        },
      },
    );
  };

  const archive = () => {
    if (update.isPending) return;
    form.clear();
    const archived = !intervention.archived;
    update.mutate(
      { version: intervention.version, archived },
      {
        onSuccess: (saved) => {
          const notice = archived
            ? `${saved.name} archived. It can no longer start new groups; groups already running carry on.`
            : `${saved.name} restored to the catalogue.`;
          void navigate(paths.interventions, { state: { notice } });
        },
        onError: (error) => {
          refused(error, 'archive-button');
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
        what="this intervention"
        onReload={() => {
          form.reloadWith(() => loaded.refetch());
        }}
      />
      <ErrorSummary errors={form.problem?.summary ?? []} attempt={form.attempt} />
      <PageHeading
        title={title}
        caption={intervention.name}
        documentTitle={form.problem || form.conflict === 'stale' ? `Error: ${title}` : title}
      />
      <ProvisionSubNav />
      <div className="grid-row">
        <div className="column-two-thirds">
          {intervention.runningProvisions > 0 ? (
            <p className="inset-text">
              {intervention.runningProvisions === 1
                ? '1 group that has not ended uses this intervention.'
                : `${String(intervention.runningProvisions)} groups that have not ended use this intervention.`}{' '}
              Check that your change suits them too.
            </p>
          ) : null}
          <InterventionForm
            key={intervention.version}
            form={form}
            onSubmit={submit}
            intervention={intervention}
          >
            <div className="button-group">
              <Button type="submit" aria-disabled={update.isPending || undefined}>
                Save changes
              </Button>
              <Link className="button-group__link" to={paths.interventions}>
                Cancel
              </Link>
            </div>
            {update.isPending ? <Loading label="Saving" /> : null}
          </InterventionForm>
          <section className="archive-section" aria-labelledby="archive">
            <h2 className="heading-m" id="archive">
              {intervention.archived ? 'Restore this intervention' : 'Archive this intervention'}
            </h2>
            <p>
              {intervention.archived
                ? 'It is archived: hidden from the catalogue, and no new group can start from it. Restoring it puts it back.'
                : 'Archiving hides it from the catalogue and stops new groups starting from it. Groups already running carry on, and their records stay. You can restore it later.'}
            </p>
            <Button
              variant={intervention.archived ? 'secondary' : 'warning'}
              onClick={archive}
              id="archive-button"
            >
              {intervention.archived ? 'Restore' : 'Archive'} {intervention.name}
            </Button>
          </section>
        </div>
      </div>
    </>
  );
}

import { AREA_LABELS, AREAS_OF_NEED } from '@sendreg/contracts';
import type { SubmitEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Checkboxes } from '../../../components/ui/checkboxes';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { SelectField } from '../../../components/ui/select-field';
import { meets } from '../../../lib/grants';
import { useSchool } from '../../../lib/school-context';
import { useArrivalNotice } from '../../../lib/use-arrival-notice';
import { formText } from '../../../utils/form-text';
import { useInterventions } from '../api/get-interventions';
import { InterventionTable } from '../components/intervention-table';
import { ProvisionSubNav } from '../components/provision-subnav';
import { catalogueHref, groupByArea, readCatalogueFilters } from '../intervention-catalogue';
import { provisionPaths } from '../provision-paths';
import '../provision.css';

/** The school's intervention catalogue, by area of need (intervention.read); the SENCO edits it. */
export function InterventionsPage() {
  const school = useSchool();
  const paths = provisionPaths(school.schoolId);
  const [search] = useSearchParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const notice = useArrivalNotice();
  const canWrite = meets(school.grants, { permission: 'intervention.write' });
  const filters = readCatalogueFilters(search);
  const interventions = useInterventions(school.schoolId);

  const apply = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = readCatalogueFilters(
      new URLSearchParams({
        area: formText(data, 'area'),
        archived: data.getAll('archived').includes('true') ? 'true' : '',
      }),
    );
    void navigate(catalogueHref(pathname, next));
  };

  let body;
  if (interventions.isPending) body = <Loading label="Loading the catalogue" />;
  else if (interventions.isError)
    body = (
      <QueryError
        error={interventions.error}
        what="the catalogue"
        onRetry={() => void interventions.refetch()}
      />
    );
  else if (interventions.data.items.length === 0)
    body = (
      <EmptyState title="The catalogue is empty">
        <p>
          {canWrite ? (
            <>
              <Link to={paths.newIntervention}>Add an intervention</Link>: what it is, who delivers it, how
              often, and how progress is measured. Groups start from the catalogue.
            </>
          ) : (
            'The SENCO adds the interventions the school runs.'
          )}
        </p>
      </EmptyState>
    );
  else {
    const groups = groupByArea(interventions.data.items, filters);
    const archived = interventions.data.items.filter((intervention) => intervention.archived).length;
    body = groups.length ? (
      <>
        {groups.map((group) => (
          <section key={group.area} aria-labelledby={`area-${group.area}`}>
            <h2 className="heading-m" id={`area-${group.area}`}>
              {AREA_LABELS[group.area]}
            </h2>
            <InterventionTable
              caption={`${AREA_LABELS[group.area]} interventions`}
              interventions={group.interventions}
              changeHref={canWrite ? (intervention) => paths.editIntervention(intervention.id) : undefined}
            />
          </section>
        ))}
        {!filters.showArchived && archived > 0 ? (
          <p className="secondary-text">
            {archived === 1 ? '1 archived intervention is' : `${String(archived)} archived interventions are`}{' '}
            hidden. Choose &ldquo;Show archived interventions&rdquo; to see them.
          </p>
        ) : null}
      </>
    ) : (
      <EmptyState title="No interventions match">
        <p>
          Choose another area of need, show archived interventions, or{' '}
          <Link to={pathname}>see the whole catalogue</Link>.
        </p>
      </EmptyState>
    );
  }

  return (
    <>
      {notice ? (
        <NotificationBanner tone="success" role="status" focus>
          <p className="notification-banner__heading">{notice}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading title="Intervention catalogue" caption={school.schoolName} takeFocus={!notice} />
      <ProvisionSubNav />
      <p className="lead">
        The interventions the school runs, by area of need. Groups are started from these.
      </p>
      {canWrite ? (
        <p>
          <Link className="button" to={paths.newIntervention}>
            Add an intervention
          </Link>
        </p>
      ) : null}
      <form
        key={JSON.stringify(filters)}
        className="filters filters--compact"
        aria-label="Interventions"
        onSubmit={apply}
      >
        <SelectField id="catalogue-area" name="area" label="Area of need" defaultValue={filters.area ?? ''}>
          <option value="">All areas of need</option>
          {AREAS_OF_NEED.map((area) => (
            <option key={area} value={area}>
              {AREA_LABELS[area]}
            </option>
          ))}
        </SelectField>
        <Checkboxes
          idPrefix="catalogue-archived"
          name="archived"
          legend="Archived"
          small
          items={[{ value: 'true', label: 'Show archived interventions' }]}
          defaultValues={filters.showArchived ? ['true'] : []}
        />
        <div className="filters__actions">
          <Button type="submit">Show</Button>
        </div>
      </form>
      <div className="results">{body}</div>
    </>
  );
}

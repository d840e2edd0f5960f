import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { PageHeading } from '../../../components/ui/page-heading';
import { Pagination } from '../../../components/ui/pagination';
import { QueryError } from '../../../components/ui/query-error';
import { ResultsCount } from '../../../components/ui/results-count';
import { meets } from '../../../lib/grants';
import { useSchool } from '../../../lib/school-context';
import { useArrivalNotice } from '../../../lib/use-arrival-notice';
import { useInterventions } from '../api/get-interventions';
import { useProvisions } from '../api/get-provisions';
import { useStaff } from '../api/get-staff';
import { GroupFilters } from '../components/group-filters';
import { GroupTable } from '../components/group-table';
import { ProvisionSubNav } from '../components/provision-subnav';
import { deliveringStaff } from '../delivering-staff';
import { provisionPaths } from '../provision-paths';
import {
  isFiltered,
  provisionListHref,
  provisionListParams,
  provisionListState,
  readProvisionFilters,
  type ProvisionListFilters,
  type StateFilter,
} from '../provision-list-params';
import '../provision.css';

const PAGE_SIZE = 50;

const CAPTIONS: Record<StateFilter, string> = {
  running: 'Running groups',
  planned: 'Planned groups',
  ended: 'Ended groups',
  all: 'All groups',
};

/** The SENCO's and head's list of intervention groups: running ones unless another state is chosen. */
export function ProvisionGroupsPage() {
  const school = useSchool();
  const paths = provisionPaths(school.schoolId);
  const [search] = useSearchParams();
  const { pathname, state } = useLocation();
  const navigate = useNavigate();
  const notice = useArrivalNotice();
  const canWrite = meets(school.grants, { permission: 'provision.write' });
  const canReadStaff = meets(school.grants, { permission: 'staff.read' });
  const filters = readProvisionFilters(search, state);
  const groups = useProvisions(school.schoolId, provisionListParams(filters, PAGE_SIZE));
  const interventions = useInterventions(school.schoolId);
  const staff = useStaff(school.schoolId, { enabled: canReadStaff });
  const go = (next: ProvisionListFilters) =>
    void navigate(provisionListHref(pathname, next), { state: provisionListState(next) });
  const listHref = provisionListHref(pathname, filters);
  const linkState = { from: listHref, ...provisionListState(filters) };

  let results;
  if (groups.isPending) results = <Loading label="Loading groups" />;
  else if (groups.isError)
    results = <QueryError error={groups.error} what="the groups" onRetry={() => void groups.refetch()} />;
  else if (groups.data.total === 0)
    results = isFiltered(filters) ? (
      <EmptyState title="No groups match your search and filters">
        <p>
          Check the spelling, choose another state or intervention, or{' '}
          <Link to={pathname}>clear the filters</Link> to see the running groups.
        </p>
      </EmptyState>
    ) : (
      <EmptyState title="No groups are running">
        <p>
          {canWrite ? (
            <>
              <Link to={paths.newGroup}>Start a group</Link> from an intervention in the catalogue, or choose
              another state to see planned and ended groups.
            </>
          ) : (
            'The SENCO starts groups from the intervention catalogue. Choose another state to see planned and ended groups.'
          )}
        </p>
      </EmptyState>
    );
  else if (groups.data.items.length === 0)
    results = (
      <EmptyState title="There are no groups on this page">
        <p>
          <Link to={provisionListHref(pathname, { ...filters, page: 1 })} state={provisionListState(filters)}>
            Go to the first page
          </Link>{' '}
          of the list.
        </p>
      </EmptyState>
    );
  else {
    const { items, total, page, pageSize } = groups.data;
    results = (
      <>
        <ResultsCount
          page={page}
          pageSize={pageSize}
          shown={items.length}
          total={total}
          noun={['group', 'groups']}
        />
        <GroupTable
          caption={CAPTIONS[filters.state]}
          groups={items}
          hrefFor={(group) => paths.group(group.id)}
          linkState={linkState}
          busy={groups.isPlaceholderData}
        />
        <Pagination
          page={page}
          pageSize={pageSize}
          total={total}
          hrefFor={(target) => provisionListHref(pathname, { ...filters, page: target })}
          linkState={provisionListState(filters)}
        />
      </>
    );
  }

  return (
    <>
      {notice ? (
        <NotificationBanner tone="success" role="status" focus>
          <p className="notification-banner__heading">{notice}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading title="Provision" caption={school.schoolName} takeFocus={!notice} />
      <ProvisionSubNav />
      <p className="lead">
        Intervention groups: who delivers them, when they meet, and how many pupils they have.
      </p>
      {canWrite ? (
        <p>
          <Link className="button" to={paths.newGroup}>
            Start a group
          </Link>
        </p>
      ) : null}
      <GroupFilters
        filters={filters}
        onApply={go}
        clearHref={pathname}
        interventions={interventions.data?.items}
        staff={canReadStaff && staff.data ? deliveringStaff(staff.data.items) : undefined}
      />
      <div className="results" aria-busy={groups.isFetching}>
        {results}
      </div>
    </>
  );
}

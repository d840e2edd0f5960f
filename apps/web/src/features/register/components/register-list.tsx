import type { SchoolClass } from '@sendreg/contracts';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { Pagination } from '../../../components/ui/pagination';
import { QueryError } from '../../../components/ui/query-error';
import { ResultsCount } from '../../../components/ui/results-count';
import { todayIso } from '../../../utils/dates';
import { useNeedTypes } from '../api/get-need-types';
import { useRegister } from '../api/get-register';
import {
  DEFAULT_REGISTER_SORT,
  isFiltered,
  readRegisterFilters,
  registerHref,
  registerParams,
  registerState,
  type RegisterFilters as Filters,
} from '../register-search-params';
import { toggleSort } from '../../../components/ui/sort-order';
import { DownloadRegister } from './download-register';
import { RegisterFilters } from './register-filters';
import { RegisterTable, type SortColumn } from './register-table';
import { StatusCounts } from './status-counts';

const PAGE_SIZE = 50;

const SORT_NAMES: Record<SortColumn, string> = {
  name: 'name',
  yearGroup: 'year group',
  status: 'SEN status',
  statusSince: 'date of the status',
};

function sortDescription(sort: Filters['sort']): string {
  const current = sort ?? DEFAULT_REGISTER_SORT;
  const column = current.replace(/^-/, '') as SortColumn;
  return `sorted by ${SORT_NAMES[column]}, ${current.startsWith('-') ? 'descending' : 'ascending'}`;
}

export interface RegisterListProps {
  schoolId: string;
  /** The school's classes for the class filter; undefined for those who may not read classes. */
  classes: readonly SchoolClass[] | undefined;
  /** Whether to offer "Download CSV" (report.read). */
  canDownload: boolean;
}

/**
 * The SENCO's and head's register: filters, the counts per status, a sortable table and paging, all
 * in the URL except the search (see register-search-params).
 */
export function RegisterList({ schoolId, classes, canDownload }: RegisterListProps) {
  const [search] = useSearchParams();
  const { pathname, state } = useLocation();
  const navigate = useNavigate();
  const filters = readRegisterFilters(search, state);
  const params = registerParams(filters, PAGE_SIZE);
  const register = useRegister(schoolId, params);
  const needTypes = useNeedTypes(schoolId);
  const today = todayIso();
  const go = (next: Filters) => void navigate(registerHref(pathname, next), { state: registerState(next) });

  let results;
  if (register.isPending) {
    results = <Loading label="Loading the register" />;
  } else if (register.isError) {
    results = (
      <QueryError error={register.error} what="the register" onRetry={() => void register.refetch()} />
    );
  } else {
    const { items, total, page, pageSize, statusCounts } = register.data;
    const counts = (
      <StatusCounts
        counts={statusCounts}
        selected={filters.status}
        hrefFor={(status) => registerHref(pathname, { ...filters, status: [status], page: 1 })}
        linkState={registerState(filters)}
      />
    );
    if (total === 0) {
      results = isFiltered(filters) ? (
        <>
          {counts}
          <EmptyState title="No pupils match your search and filters">
            <p>
              Check the spelling of the name or UPN, choose other filters, or{' '}
              <Link to={pathname}>clear the filters</Link>.
            </p>
          </EmptyState>
        </>
      ) : (
        <EmptyState title="There are no pupils in this school yet">
          <p>Pupils appear here once the school administrator imports them from your MIS.</p>
        </EmptyState>
      );
    } else if (items.length === 0) {
      results = (
        <EmptyState title="There are no pupils on this page">
          <p>
            <Link to={registerHref(pathname, { ...filters, page: 1 })} state={registerState(filters)}>
              Go to the first page
            </Link>{' '}
            of the list.
          </p>
        </EmptyState>
      );
    } else {
      const { page: _page, pageSize: _pageSize, ...exportParams } = params;
      results = (
        <>
          {counts}
          <div className="results__bar">
            <ResultsCount
              page={page}
              pageSize={pageSize}
              shown={items.length}
              total={total}
              hiddenSuffix={sortDescription(filters.sort)}
            />
            {canDownload ? <DownloadRegister schoolId={schoolId} params={exportParams} /> : null}
          </div>
          <RegisterTable
            schoolId={schoolId}
            rows={items}
            sort={filters.sort}
            needTypes={needTypes.data}
            busy={register.isPlaceholderData}
            onSort={(column) => {
              const sort = toggleSort(filters.sort, column, DEFAULT_REGISTER_SORT) as Filters['sort'];
              go({ ...filters, sort, page: 1 });
            }}
          />
          <Pagination
            page={page}
            pageSize={pageSize}
            total={total}
            hrefFor={(target) => registerHref(pathname, { ...filters, page: target })}
            linkState={registerState(filters)}
          />
        </>
      );
    }
  }

  return (
    <>
      <RegisterFilters
        filters={filters}
        clearHref={pathname}
        onApply={go}
        needTypes={needTypes.data}
        classes={classes}
        today={today}
      />
      <div className="results" aria-busy={register.isFetching}>
        {results}
      </div>
    </>
  );
}

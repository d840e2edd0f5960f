import type { SubmitEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { PageHeading } from '../../../components/ui/page-heading';
import { Pagination } from '../../../components/ui/pagination';
import { QueryError } from '../../../components/ui/query-error';
import { ResultsCount } from '../../../components/ui/results-count';
import { SelectField } from '../../../components/ui/select-field';
import { meets } from '../../../lib/grants';
import { useSchool } from '../../../lib/school-context';
import { useArrivalNotice } from '../../../lib/use-arrival-notice';
import { formText } from '../../../utils/form-text';
import { useConcerns } from '../api/get-concerns';
import { ConcernTable } from '../components/concern-table';
import { concernListHref, readConcernListFilters } from '../concern-list-params';
import { CONCERN_STATUS_LABELS, CONCERN_STATUS_ORDER } from '../concern-labels';

const PAGE_SIZE = 50;

/** The SENCO's triage list (and the head's read-only view): open concerns first, filtered by status. */
export function ConcernsPage() {
  const school = useSchool();
  const canTriage = meets(school.grants, { permission: 'concern.triage' });
  const [search] = useSearchParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const notice = useArrivalNotice();
  const filters = readConcernListFilters(search);
  const concerns = useConcerns(school.schoolId, { ...filters, pageSize: PAGE_SIZE });
  const listHref = concernListHref(pathname, filters);

  const apply = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const status = formText(new FormData(event.currentTarget), 'status');
    void navigate(concernListHref(pathname, readConcernListFilters(new URLSearchParams({ status }))));
  };

  let body;
  if (concerns.isPending) body = <Loading label="Loading concerns" />;
  else if (concerns.isError)
    body = <QueryError error={concerns.error} what="the concerns" onRetry={() => void concerns.refetch()} />;
  else if (concerns.data.total === 0)
    body = filters.status ? (
      <EmptyState title={`There are no concerns at “${CONCERN_STATUS_LABELS[filters.status]}”`}>
        <p>Choose another status, or all statuses, to see the other concerns.</p>
      </EmptyState>
    ) : (
      <EmptyState title="No concerns have been raised yet">
        <p>
          Teachers and teaching assistants raise concerns from a pupil&rsquo;s page. They appear here for the
          SENCO to decide what happens next.
        </p>
      </EmptyState>
    );
  else if (concerns.data.items.length === 0)
    body = (
      <EmptyState title="There are no concerns on this page">
        <p>Go back to the first page of the list.</p>
      </EmptyState>
    );
  else {
    const { items, total, page, pageSize } = concerns.data;
    body = (
      <>
        <ResultsCount
          page={page}
          pageSize={pageSize}
          shown={items.length}
          total={total}
          noun={['concern', 'concerns']}
        />
        <ConcernTable
          concerns={items}
          canTriage={canTriage}
          busy={concerns.isPlaceholderData}
          hrefFor={(concern) => `${pathname}/${encodeURIComponent(concern.id)}`}
          linkState={{ from: listHref }}
        />
        <Pagination
          page={page}
          pageSize={pageSize}
          total={total}
          hrefFor={(target) => concernListHref(pathname, { ...filters, page: target })}
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
      <PageHeading title="Concerns" caption={school.schoolName} takeFocus={!notice} />
      <p className="lead">
        {canTriage
          ? 'Concerns raised by teachers and teaching assistants, open ones first. Decide what happens next for each.'
          : 'Concerns raised by teachers and teaching assistants, open ones first, and what the SENCO decided.'}
      </p>
      <form
        key={filters.status ?? ''}
        className="filters filters--compact"
        aria-label="Concerns"
        onSubmit={apply}
      >
        <SelectField id="concern-status" name="status" label="Status" defaultValue={filters.status ?? ''}>
          <option value="">All statuses</option>
          {CONCERN_STATUS_ORDER.map((status) => (
            <option key={status} value={status}>
              {CONCERN_STATUS_LABELS[status]}
            </option>
          ))}
        </SelectField>
        <div className="filters__actions">
          <Button type="submit">Show</Button>
        </div>
      </form>
      <div className="results" aria-busy={concerns.isFetching}>
        {body}
      </div>
    </>
  );
}

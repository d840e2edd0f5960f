import type { Concern } from '@sendreg/contracts';
import { Link, useLocation, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { Pagination } from '../../../components/ui/pagination';
import { QueryError } from '../../../components/ui/query-error';
import { ResultsCount } from '../../../components/ui/results-count';
import { SummaryList, type SummaryListRow } from '../../../components/ui/summary-list';
import { useSchool } from '../../../lib/school-context';
import { formatDate } from '../../../utils/format-date';
import { pageFrom, withPage } from '../../../utils/page-param';
import { useMyConcerns } from '../api/get-my-concerns';
import { ConcernStatusTag } from '../components/concern-status-tag';
import { CONCERN_AREA_LABELS } from '../concern-labels';

const PAGE_SIZE = 20;

function MyConcern({ concern, schoolId }: { concern: Concern; schoolId: string }) {
  const { pathname, search } = useLocation();
  const rows: SummaryListRow[] = [
    { key: 'Status', value: <ConcernStatusTag status={concern.status} /> },
    { key: 'Raised', value: formatDate(concern.raisedAt) },
    { key: 'Area', value: CONCERN_AREA_LABELS[concern.area] },
    { key: 'What you observed', value: <span className="pre-line">{concern.observed}</span> },
    {
      key: 'Outcome',
      value: concern.outcome ? (
        <>
          <span className="pre-line">{concern.outcome}</span>
          {concern.triagedBy ? (
            <span className="summary-need__meta">
              {concern.triagedBy.displayName}
              {concern.triagedAt ? `, ${formatDate(concern.triagedAt)}` : ''}
            </span>
          ) : null}
        </>
      ) : (
        <span className="secondary-text">The SENCO has not decided yet.</span>
      ),
    },
  ];
  return (
    <li className="record-card">
      <h2 className="record-card__title">
        <Link
          to={`/schools/${encodeURIComponent(schoolId)}/pupils/${encodeURIComponent(concern.pupil.id)}`}
          state={{ from: `${pathname}${search}` }}
        >
          {concern.pupil.name}
        </Link>
        {concern.pupil.className ? (
          <span className="record-card__meta"> class {concern.pupil.className}</span>
        ) : null}
      </h2>
      <SummaryList rows={rows} />
    </li>
  );
}

/** The concerns I raised, newest first, with the SENCO's decision and outcome (concern.raise). */
export function MyConcernsPage() {
  const school = useSchool();
  const [search] = useSearchParams();
  const { pathname } = useLocation();
  const concerns = useMyConcerns(school.schoolId, { page: pageFrom(search), pageSize: PAGE_SIZE });

  let body;
  if (concerns.isPending) body = <Loading label="Loading your concerns" />;
  else if (concerns.isError)
    body = <QueryError error={concerns.error} what="your concerns" onRetry={() => void concerns.refetch()} />;
  else if (concerns.data.items.length === 0)
    body = (
      <EmptyState
        title={
          concerns.data.total === 0
            ? 'You have not raised any concerns'
            : 'There are no concerns on this page'
        }
      >
        <p>
          To raise a concern about a pupil you work with, open their page from your list of pupils and select
          &ldquo;Raise a concern&rdquo;.
        </p>
      </EmptyState>
    );
  else {
    const { items, total, page, pageSize } = concerns.data;
    body = (
      <div className="results" aria-busy={concerns.isFetching}>
        <ResultsCount
          page={page}
          pageSize={pageSize}
          shown={items.length}
          total={total}
          noun={['concern', 'concerns']}
        />
        <ul className="record-list" aria-busy={concerns.isPlaceholderData || undefined}>
          {items.map((concern) => (
            <MyConcern key={concern.id} concern={concern} schoolId={school.schoolId} />
          ))}
        </ul>
        <Pagination
          page={page}
          pageSize={pageSize}
          total={total}
          hrefFor={(target) => withPage(pathname, target)}
        />
      </div>
    );
  }

  return (
    <>
      <PageHeading title="My concerns" caption={school.schoolName} />
      <p className="lead">The concerns you have raised with the SENCO, and what they decided.</p>
      {body}
    </>
  );
}

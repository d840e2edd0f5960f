import { useLocation, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { Pagination } from '../../../components/ui/pagination';
import { QueryError } from '../../../components/ui/query-error';
import { PupilCards } from '../../../components/pupil-cards';
import { ResultsCount } from '../../../components/ui/results-count';
import { pageFrom, withPage } from '../../../utils/page-param';
import { usePupils } from '../api/get-pupils';

const PAGE_SIZE = 50;

export interface OwnPupilsProps {
  schoolId: string;
  /** Names the list for screen readers. */
  listLabel: string;
}

/**
 * The pupils a TA works with (core records only, no SEN data): the pupil list, which the server narrows
 * to the person's classes and groups.
 */
export function OwnPupils({ schoolId, listLabel }: OwnPupilsProps) {
  const [search] = useSearchParams();
  const { pathname } = useLocation();
  const pupils = usePupils(schoolId, { page: pageFrom(search), pageSize: PAGE_SIZE });

  if (pupils.isPending) return <Loading label="Loading your pupils" />;
  if (pupils.isError) {
    return <QueryError error={pupils.error} what="your pupils" onRetry={() => void pupils.refetch()} />;
  }
  const { items, total, page, pageSize } = pupils.data;
  if (items.length === 0) {
    return (
      <EmptyState title={total === 0 ? 'You have no pupils yet' : 'There are no pupils on this page'}>
        <p>
          Your pupils appear here once the school administrator assigns you to a class, or the SENCO adds you
          to an intervention group. Ask them if you expected to see pupils here.
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="results" aria-busy={pupils.isFetching}>
      <ResultsCount page={page} pageSize={pageSize} shown={items.length} total={total} />
      <PupilCards schoolId={schoolId} pupils={items} label={listLabel} busy={pupils.isPlaceholderData} />
      <Pagination
        page={page}
        pageSize={pageSize}
        total={total}
        hrefFor={(target) => withPage(pathname, target)}
      />
    </div>
  );
}

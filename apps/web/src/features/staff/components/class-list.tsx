import { MAX_PAGE_SIZE } from '@sendreg/contracts';
import { useLocation, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { Pagination } from '../../../components/ui/pagination';
import { QueryError } from '../../../components/ui/query-error';
import { pageFrom, withPage } from '../../../utils/page-param';
import { useClasses } from '../api/get-classes';
import { ClassTable } from './class-table';

export function ClassList({ schoolId, canEdit = false }: { schoolId: string; canEdit?: boolean }) {
  const [search] = useSearchParams();
  const { pathname } = useLocation();
  const classes = useClasses(schoolId, { page: pageFrom(search), pageSize: MAX_PAGE_SIZE });

  if (classes.isPending) return <Loading label="Loading classes" />;
  if (classes.isError) {
    return <QueryError error={classes.error} what="the classes" onRetry={() => void classes.refetch()} />;
  }
  const { items, total, page, pageSize } = classes.data;
  if (items.length === 0) {
    return (
      <EmptyState title={total === 0 ? 'There are no classes yet' : 'There are no classes on this page'}>
        <p>
          Classes and the staff who teach them appear here once the school administrator imports pupils and
          classes from your MIS.
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="results" aria-busy={classes.isFetching}>
      <p className="results-count" role="status">
        {total === 1 ? '1 class' : `${String(total)} classes`}
      </p>
      <ClassTable
        classes={items}
        busy={classes.isPlaceholderData}
        editPath={
          canEdit
            ? (classId) =>
                `/schools/${encodeURIComponent(schoolId)}/classes/${encodeURIComponent(classId)}/staff`
            : undefined
        }
      />
      <Pagination
        page={page}
        pageSize={pageSize}
        total={total}
        hrefFor={(target) => withPage(pathname, target)}
      />
    </div>
  );
}

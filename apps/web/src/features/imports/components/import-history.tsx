import type { ImportSummary } from '@sendreg/contracts';
import { Link, useLocation, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { Pagination } from '../../../components/ui/pagination';
import { QueryError } from '../../../components/ui/query-error';
import { ResultsCount } from '../../../components/ui/results-count';
import { TableContainer } from '../../../components/ui/table-container';
import { pageFrom, withPage } from '../../../utils/page-param';
import { useImportHistory } from '../api/get-import-history';
import { formatDateTime, KIND_LABELS } from '../import-labels';

const PAGE_SIZE = 20;

function HistoryTable({ imports, busy }: { imports: readonly ImportSummary[]; busy: boolean }) {
  return (
    <TableContainer captionId="history-caption" busy={busy}>
      <table className="table">
        <caption className="table__caption visually-hidden" id="history-caption">
          Past imports, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Kind</th>
            <th scope="col">File</th>
            <th scope="col">Imported by</th>
            <th scope="col">New</th>
            <th scope="col">Updated</th>
            <th scope="col">Unchanged</th>
          </tr>
        </thead>
        <tbody>
          {imports.map((item) => (
            <tr key={item.id}>
              <th scope="row">{formatDateTime(item.importedAt)}</th>
              <td>{KIND_LABELS[item.kind]}</td>
              <td className="table__code">
                {item.fileName ?? <span className="secondary-text">Not recorded</span>}
              </td>
              <td>{item.importedBy?.displayName ?? <span className="secondary-text">Unknown</span>}</td>
              <td>{item.created.toLocaleString('en-GB')}</td>
              <td>{item.updated.toLocaleString('en-GB')}</td>
              <td>{item.unchanged.toLocaleString('en-GB')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableContainer>
  );
}

/** The imports applied in the school, newest first, paged with ?page= (staff.read). */
export function ImportHistory({ schoolId }: { schoolId: string }) {
  const [search] = useSearchParams();
  const { pathname } = useLocation();
  const history = useImportHistory(schoolId, { page: pageFrom(search), pageSize: PAGE_SIZE });

  let content;
  if (history.isPending) content = <Loading label="Loading past imports" />;
  else if (history.isError) {
    content = <QueryError error={history.error} what="past imports" onRetry={() => void history.refetch()} />;
  } else {
    const { items, total, page, pageSize } = history.data;
    content =
      items.length === 0 ? (
        <EmptyState
          title={total === 0 ? 'No pupils have been imported yet' : 'There are no imports on this page'}
        >
          {total === 0 ? (
            <p>
              Each import appears here, with who made it and what it changed. Start by choosing a file above.
            </p>
          ) : (
            <p>
              <Link to={withPage(pathname, 1)}>Go to the first page</Link> of the history.
            </p>
          )}
        </EmptyState>
      ) : (
        <>
          <ResultsCount
            page={page}
            pageSize={pageSize}
            shown={items.length}
            total={total}
            noun={['import', 'imports']}
          />
          <HistoryTable imports={items} busy={history.isPlaceholderData} />
          <Pagination
            page={page}
            pageSize={pageSize}
            total={total}
            hrefFor={(target) => withPage(pathname, target)}
          />
        </>
      );
  }

  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 className="heading-m" id="history-heading">
        Import history
      </h2>
      <div className="results" aria-busy={history.isFetching}>
        {content}
      </div>
    </section>
  );
}

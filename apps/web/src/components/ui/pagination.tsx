import { Link } from 'react-router';

export interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  /** The link to another page, usually the same URL with another ?page=. */
  hrefFor: (page: number) => string;
  /** History state to carry to the other page (e.g. a search that must stay out of the URL). */
  linkState?: unknown;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}

/** Previous and next links in the GOV.UK pattern; hidden when everything fits on one page. */
export function Pagination({ page, pageSize, total, hrefFor, linkState }: PaginationProps) {
  const pages = pageCount(total, pageSize);
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pagination">
      <ul className="pagination__list">
        {page > 1 ? (
          <li>
            <Link className="pagination__link" to={hrefFor(page - 1)} state={linkState} rel="prev">
              <span aria-hidden="true">‹ </span>Previous<span className="visually-hidden"> page</span>
            </Link>
          </li>
        ) : null}
        <li className="pagination__current">
          Page {page} of {pages}
        </li>
        {page < pages ? (
          <li>
            <Link className="pagination__link" to={hrefFor(page + 1)} state={linkState} rel="next">
              Next<span className="visually-hidden"> page</span>
              <span aria-hidden="true"> ›</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

import type { SenStatus } from '@sendreg/contracts';
import { Link } from 'react-router';
import { SEN_STATUS_ORDER, SEN_STATUS_SHORT_LABELS } from '../../../utils/sen-status';

export interface StatusCountsProps {
  counts: Record<SenStatus, number>;
  /** The statuses the list is filtered to now. */
  selected: readonly SenStatus[];
  /** The register filtered to one status, keeping the other filters. */
  hrefFor: (status: SenStatus) => string;
  linkState?: unknown;
}

/**
 * How many pupils are at each status for the current search and filters, whatever the status filter:
 * the summary a SENCO reads first. Each figure links to the list of just those pupils.
 */
export function StatusCounts({ counts, selected, hrefFor, linkState }: StatusCountsProps) {
  return (
    <section className="status-counts" aria-labelledby="status-counts-title">
      <h2 className="heading-s" id="status-counts-title">
        Pupils by SEN status
      </h2>
      <p className="status-counts__hint">For the search and filters chosen, whatever their status.</p>
      <ul className="status-counts__list">
        {SEN_STATUS_ORDER.map((status) => {
          const only = selected.length === 1 && selected[0] === status;
          return (
            <li className="status-counts__item" key={status}>
              <Link
                className="status-counts__link"
                to={hrefFor(status)}
                state={linkState}
                aria-current={only ? 'true' : undefined}
              >
                <span className="status-counts__figure">{(counts[status] ?? 0).toLocaleString('en-GB')}</span>{' '}
                <span className="status-counts__label">{SEN_STATUS_SHORT_LABELS[status]}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

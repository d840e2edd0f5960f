import type { ReviewDashboardCounts } from '@sendreg/contracts';
import { summaryFigures } from '../review-lists';

/** The three cards: overdue, due in the next 14 days, due in 15 to 30 days (figure, then its words). */
export function SummaryFigures({ counts }: { counts: ReviewDashboardCounts }) {
  return (
    <ul className="review-figures" aria-label="Summary">
      {summaryFigures(counts).map((card) => (
        <li className={`review-figures__item review-figures__item--${card.key}`} key={card.key}>
          <span className="review-figures__figure">{card.figure}</span>{' '}
          <span className="review-figures__label">{card.label}</span>
        </li>
      ))}
    </ul>
  );
}

import type { AriaSort } from './sort-order';

export interface SortableHeaderProps {
  label: string;
  sort: AriaSort;
  onSort: () => void;
}

const ARROWS: Record<AriaSort, string> = { ascending: '▲', descending: '▼', none: '⇅' };

/**
 * A column header that sorts the table: a button inside the th, with aria-sort on the th (the pattern
 * of the MOJ sortable table). The arrow is decoration; aria-sort carries the state.
 */
export function SortableHeader({ label, sort, onSort }: SortableHeaderProps) {
  return (
    <th scope="col" aria-sort={sort}>
      <button type="button" className="sort-button" onClick={onSort}>
        {label}
        <span className="sort-button__icon" aria-hidden="true">
          {ARROWS[sort]}
        </span>
      </button>
    </th>
  );
}

import type { ReactNode } from 'react';

export interface SummaryListRow {
  key: string;
  value: ReactNode;
}

/** Facts about one thing as key and value pairs, in a description list (GOV.UK summary list). */
export function SummaryList({ rows }: { rows: SummaryListRow[] }) {
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div className="summary-list__row" key={row.key}>
          <dt className="summary-list__key">{row.key}</dt>
          <dd className="summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

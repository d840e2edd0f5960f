import type { ReactNode } from 'react';

export interface DashboardPanelProps {
  /** Names the section's heading, e.g. "register" → id "panel-register-title". */
  id: string;
  title: string;
  /** The key finding in one or two sentences: what the chart shows, in words. */
  summary: string;
  chart?: ReactNode;
  /** The data behind the chart. */
  table: ReactNode;
  /** The table below the chart even on a wide screen, for tables with many columns. */
  stacked?: boolean;
  /** Further tables or links, after the chart and its table. */
  children?: ReactNode;
}

/**
 * One panel of the dashboard: a heading, the finding in words, then the chart with its data table
 * beside it (below it on a narrow screen).
 */
export function DashboardPanel({ id, title, summary, chart, table, stacked, children }: DashboardPanelProps) {
  const titleId = `panel-${id}-title`;
  const bodyClass =
    chart && !stacked ? 'dashboard-panel__body' : 'dashboard-panel__body dashboard-panel__body--stacked';
  return (
    <section className="dashboard-panel" aria-labelledby={titleId}>
      <h2 className="heading-m" id={titleId}>
        {title}
      </h2>
      <p className="dashboard-panel__summary">{summary}</p>
      <div className={bodyClass}>
        {chart ? <div className="dashboard-panel__chart">{chart}</div> : null}
        <div className="dashboard-panel__table">{table}</div>
      </div>
      {children}
    </section>
  );
}

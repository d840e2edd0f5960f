import { useId, type ReactNode } from 'react';

export interface SummaryCardProps {
  title: string;
  /** Links (or buttons) acting on the whole card, such as "Change SEN status". */
  actions?: ReactNode[];
  children: ReactNode;
}

/** GOV.UK summary card: a titled box around a summary list, with its actions in the title bar. */
export function SummaryCard({ title, actions, children }: SummaryCardProps) {
  const titleId = useId();
  return (
    <section className="summary-card" aria-labelledby={titleId}>
      <div className="summary-card__title-wrapper">
        <h2 className="summary-card__title" id={titleId}>
          {title}
        </h2>
        {actions?.length ? (
          <ul className="summary-card__actions">
            {actions.map((action, index) => (
              <li className="summary-card__action" key={index}>
                {action}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="summary-card__content">{children}</div>
    </section>
  );
}

import type { ReactNode } from 'react';

export interface EmptyStateProps {
  /** What is empty, for example "No pupils match your search". */
  title: string;
  /** What to do next. */
  children: ReactNode;
}

export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <p className="empty-state__title">{title}</p>
      <div className="empty-state__body">{children}</div>
    </div>
  );
}

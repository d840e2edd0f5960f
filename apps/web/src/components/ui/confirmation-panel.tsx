import type { ReactNode } from 'react';
import { PageHeading } from './page-heading';

export interface ConfirmationPanelProps {
  /** The page's h1, for example "Concern sent to the SENCO". */
  title: string;
  children?: ReactNode;
}

/**
 * GOV.UK confirmation panel: the end of a journey says plainly that it worked. Its h1 is the page's
 * heading, which takes focus as any new page does.
 */
export function ConfirmationPanel({ title, children }: ConfirmationPanelProps) {
  return (
    <div className="confirmation-panel">
      <PageHeading title={title} />
      {children ? <div className="confirmation-panel__body">{children}</div> : null}
    </div>
  );
}

import type { ReactNode } from 'react';

export interface TableContainerProps {
  /** The id of the table's caption, which names the scrollable region. */
  captionId: string;
  /** True while the rows are being replaced, for example when moving to another page. */
  busy?: boolean;
  children: ReactNode;
}

/**
 * Lets a wide table scroll sideways on a narrow screen (down to 320px) instead of breaking the page.
 * The region is focusable so keyboard users can scroll it too.
 */
export function TableContainer({ captionId, busy = false, children }: TableContainerProps) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <div className="table-container" role="region" aria-labelledby={captionId} aria-busy={busy} tabIndex={0}>
      {children}
    </div>
  );
}

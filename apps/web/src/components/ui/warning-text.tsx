import type { ReactNode } from 'react';

export interface WarningTextProps {
  /** The warning in one sentence; read after "Warning" by screen readers. */
  title: string;
  children?: ReactNode;
}

/** GOV.UK warning text: something the person must not miss, with an icon that is not the only signal. */
export function WarningText({ title, children }: WarningTextProps) {
  return (
    <div className="warning-text">
      <span className="warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="warning-text__body">
        <p className="warning-text__title">
          <span className="visually-hidden">Warning: </span>
          {title}
        </p>
        {children}
      </div>
    </div>
  );
}

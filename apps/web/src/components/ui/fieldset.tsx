import type { ReactNode } from 'react';
import { describedBy } from './described-by';

export interface FieldsetProps {
  /** Used for the ids of the hint and the error message. */
  id: string;
  legend: string;
  hint?: ReactNode;
  error?: string;
  /** role="group", as the GOV.UK date input has, for fields that make one answer. */
  group?: boolean;
  children: ReactNode;
}

/** A group of fields with a legend, hint and error message, in the GOV.UK form-group pattern. */
export function Fieldset({ id, legend, hint, error, group, children }: FieldsetProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset
        className="fieldset"
        role={group ? 'group' : undefined}
        aria-describedby={describedBy(hintId, errorId)}
      >
        <legend className="fieldset__legend">{legend}</legend>
        {hint ? (
          <div className="hint" id={hintId}>
            {hint}
          </div>
        ) : null}
        {error ? (
          <p className="error-message" id={errorId}>
            <span className="visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        {children}
      </fieldset>
    </div>
  );
}

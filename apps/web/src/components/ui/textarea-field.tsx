import type { ComponentPropsWithRef } from 'react';
import { describedBy } from './described-by';

export interface TextareaFieldProps extends Omit<ComponentPropsWithRef<'textarea'>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

/** A labelled textarea in the GOV.UK pattern, for answers longer than a line. */
export function TextareaField({
  id,
  label,
  hint,
  error,
  className,
  rows = 5,
  ...textarea
}: TextareaFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
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
      <textarea
        id={id}
        rows={rows}
        className={['textarea', error ? 'textarea--error' : null, className].filter(Boolean).join(' ')}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={error ? true : undefined}
        {...textarea}
      />
    </div>
  );
}

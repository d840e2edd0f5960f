import type { ComponentPropsWithRef } from 'react';
import { describedBy } from './described-by';

export interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Shown before the input and hidden from screen readers, such as "£" (say the unit in the label). */
  prefix?: string;
}

/** A labelled input in the GOV.UK pattern: label, then hint, then the error message, then the input. */
export function TextField({ id, label, hint, error, prefix, className, ...input }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const field = (
    <input
      id={id}
      className={['input', error ? 'input--error' : null, className].filter(Boolean).join(' ')}
      aria-describedby={describedBy(hintId, errorId)}
      aria-invalid={error ? true : undefined}
      {...input}
    />
  );
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
      {prefix ? (
        <div className="input-wrapper">
          <span className="input-wrapper__prefix" aria-hidden="true">
            {prefix}
          </span>
          {field}
        </div>
      ) : (
        field
      )}
    </div>
  );
}

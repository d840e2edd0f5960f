import { useEffect, useRef, useState, type ReactNode } from 'react';
import { describedBy } from '../../../components/ui/described-by';
import type { Count } from '../plan-text';

export interface CountedTextareaProps {
  id: string;
  label: ReactNode;
  /** Larger label, for a field that is the whole question of its part of the page. */
  labelSize?: 'normal' | 'large';
  /** The label is also the heading of its part of the page (an h2), so headings list it. */
  heading?: boolean;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  /** The count under the field: characters remaining, or items of a list. */
  count: (value: string) => Count;
  rows?: number;
}

/** How long after the last key press the count is announced, as the GOV.UK character count does. */
const ANNOUNCE_AFTER_MS = 1000;

/**
 * A textarea in the GOV.UK character count pattern: label, hint, error, the field, and a count below it.
 * The count on screen follows every key press; a screen reader hears it once typing pauses. Going over
 * the limit is allowed while typing (so pasted text is not cut) and refused on saving.
 */
export function CountedTextarea({
  id,
  label,
  labelSize = 'normal',
  heading = false,
  hint,
  error,
  value,
  onChange,
  count,
  rows = 5,
}: CountedTextareaProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const countId = `${id}-count`;
  const current = count(value);
  const [announced, setAnnounced] = useState('');
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const change = (next: string) => {
    onChange(next);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      setAnnounced(count(next).message);
    }, ANNOUNCE_AFTER_MS);
  };

  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      {heading ? (
        <h2 className="plan-label-wrapper">
          <label className="label plan-label--large" htmlFor={id}>
            {label}
          </label>
        </h2>
      ) : (
        <label className={labelSize === 'large' ? 'label plan-label--large' : 'label'} htmlFor={id}>
          {label}
        </label>
      )}
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
        name={id}
        className={['textarea', error || current.over ? 'textarea--error' : null].filter(Boolean).join(' ')}
        rows={rows}
        value={value}
        onChange={(event) => {
          change(event.target.value);
        }}
        aria-describedby={describedBy(hintId, errorId, countId)}
        aria-invalid={error ? true : undefined}
        spellCheck
      />
      <p id={countId} className={current.over ? 'plan-count plan-count--over' : 'plan-count hint'}>
        {current.message}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </div>
  );
}

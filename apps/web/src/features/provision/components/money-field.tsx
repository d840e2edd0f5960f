import { describedBy } from '../../../components/ui/described-by';

export interface MoneyFieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
}

/** An amount in pounds, with a "£" before the input (GOV.UK's prefix), typed as "1.20". */
export function MoneyField({ id, name, label, hint, error, defaultValue }: MoneyFieldProps) {
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
      <div className="money-input">
        <span className="money-input__prefix" aria-hidden="true">
          £
        </span>
        <input
          id={id}
          name={name}
          className={['input', 'input--width-10', error ? 'input--error' : null].filter(Boolean).join(' ')}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          defaultValue={defaultValue}
          aria-describedby={describedBy(hintId, errorId)}
          aria-invalid={error ? true : undefined}
        />
      </div>
    </div>
  );
}

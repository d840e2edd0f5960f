import type { DatePart, DateParts } from '../../utils/dates';
import { Fieldset } from './fieldset';

export interface DateInputProps {
  /** The fields are `${id}-day`, `${id}-month` and `${id}-year`; link errors to dateFieldId(id). */
  id: string;
  /** The fields are named `${name}-day`, `${name}-month` and `${name}-year` (see readDateParts). */
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  /** The parts the error is about, which get a red border; all of them by default. */
  errorParts?: readonly DatePart[];
  defaultValue?: DateParts;
}

const PARTS: { part: DatePart; label: string; width: string }[] = [
  { part: 'day', label: 'Day', width: 'input--width-2' },
  { part: 'month', label: 'Month', width: 'input--width-2' },
  { part: 'year', label: 'Year', width: 'input--width-4' },
];

/** The id of a part of a date input: the error summary links to the first part at fault. */
export function dateFieldId(id: string, part: DatePart = 'day'): string {
  return `${id}-${part}`;
}

/** The three fields of a date input, read from a submitted form. */
export function readDateParts(data: FormData, name: string): DateParts {
  const text = (part: DatePart) => {
    const value = data.get(`${name}-${part}`);
    return typeof value === 'string' ? value : '';
  };
  return { day: text('day'), month: text('month'), year: text('year') };
}

/**
 * The GOV.UK date input: day, month and year as three short text fields with numeric keyboards, which
 * people find easier than a date picker, on phones too, and which every screen reader handles.
 */
export function DateInput({ id, name, legend, hint, error, errorParts, defaultValue }: DateInputProps) {
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error} group>
      <div className="date-input">
        {PARTS.map(({ part, label, width }) => {
          const invalid = Boolean(error) && (!errorParts || errorParts.includes(part));
          return (
            <div className="date-input__item" key={part}>
              <label className="date-input__label" htmlFor={dateFieldId(id, part)}>
                {label}
              </label>
              <input
                className={['input', width, invalid ? 'input--error' : null].filter(Boolean).join(' ')}
                id={dateFieldId(id, part)}
                name={`${name}-${part}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                defaultValue={defaultValue?.[part]}
                aria-invalid={invalid || undefined}
              />
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

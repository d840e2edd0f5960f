import { DateInput } from './date-input';
import type { DatePart, DateParts } from '../../utils/dates';

/**
 * The shared date input (uncontrolled) inside a form that keeps its state: the day, month and year
 * typed bubble up here and are handed on as one value.
 */
export function DateField({
  id,
  legend,
  hint,
  value,
  error,
  errorParts,
  onChange,
}: {
  id: string;
  legend: string;
  hint?: string;
  value: DateParts;
  error?: string;
  errorParts?: DatePart[];
  onChange: (value: DateParts) => void;
}) {
  return (
    <div
      onChange={(event) => {
        const input = event.target as HTMLInputElement;
        const part = input.name.slice(input.name.lastIndexOf('-') + 1);
        if (part === 'day' || part === 'month' || part === 'year')
          onChange({ ...value, [part]: input.value });
      }}
    >
      <DateInput
        id={id}
        name={id}
        legend={legend}
        hint={hint}
        error={error}
        errorParts={errorParts}
        defaultValue={value}
      />
    </div>
  );
}

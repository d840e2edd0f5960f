import type { AddSchoolClosureRequest } from '@sendreg/contracts';
import { dateFieldId } from '../../components/ui/date-input';
import { formProblem, type FormProblem } from '../../lib/form-problem';
import { parseDateParts, type DateParts } from '../../utils/dates';

export const CLOSURE_FIELD = { name: 'closure-name', from: 'closure-from', to: 'closure-to' } as const;

export interface ClosureFormValues {
  name: string;
  from: DateParts;
  to: DateParts;
}

/** Checks a closure in the browser, as the server would: a name, two real dates, in order. */
export function checkClosureForm(
  values: ClosureFormValues,
): { ok: true; request: AddSchoolClosureRequest } | { ok: false; problem: FormProblem } {
  const name = values.name.trim();
  const from = parseDateParts(values.from, {
    label: 'The first day',
    missing: 'Enter the first day the school is closed',
  });
  const to = parseDateParts(values.to, {
    label: 'The last day',
    missing: 'Enter the last day the school is closed',
  });
  const order =
    from.ok && to.ok && to.iso < from.iso
      ? 'The last day must be the same as or after the first day'
      : undefined;
  const problem = formProblem([
    [CLOSURE_FIELD.name, name ? undefined : 'Enter a name for the closure, such as "February half-term"'],
    [dateFieldId(CLOSURE_FIELD.from), from.ok ? undefined : from.message],
    [dateFieldId(CLOSURE_FIELD.to), to.ok ? order : to.message],
  ]);
  if (problem || !from.ok || !to.ok) return { ok: false, problem: problem ?? { fields: {}, summary: [] } };
  return { ok: true, request: { name, from: from.iso, to: to.iso } };
}

/** The server's field names to the inputs' ids. */
export function closureFieldId(field: string): string | undefined {
  if (field === 'name') return CLOSURE_FIELD.name;
  if (field === 'from') return dateFieldId(CLOSURE_FIELD.from);
  if (field === 'to') return dateFieldId(CLOSURE_FIELD.to);
  return undefined;
}

/** "5 days" or "1 day": the length of a closure, both ends included. */
export function closureLength(from: string, to: string): string {
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
  return days === 1 ? '1 day' : `${days} days`;
}

import { dateFieldId } from '../../components/ui/date-input';
import type { FormProblem } from '../../lib/form-problem';
import { parseDateParts, type DateInputResult, type DateParts } from '../../utils/dates';
import type { DateErrorParts } from './form-numbers';

/** A date input's answer, checked, with the id its error goes against (the first part at fault). */
export interface CheckedDate {
  result: DateInputResult;
  fieldId: string;
  message: string | undefined;
}

export function checkDate(
  id: string,
  parts: DateParts,
  wording: { label: string; missing: string },
  optional = false,
): CheckedDate & { empty: boolean } {
  const empty = parts.day.trim() === '' && parts.month.trim() === '' && parts.year.trim() === '';
  const result = parseDateParts(parts, wording);
  const message = result.ok || (optional && empty) ? undefined : result.message;
  return { result, empty, fieldId: dateFieldId(id, result.ok ? 'day' : result.parts[0]), message };
}

/** The error parts of the dates that failed, by date input id. */
export function datePartsOf(dates: Record<string, CheckedDate>): DateErrorParts {
  const parts: DateErrorParts = {};
  for (const [id, date] of Object.entries(dates)) {
    if (date.message && !date.result.ok) parts[id] = date.result.parts;
  }
  return parts;
}

/** What a date input shows: the message against its first part at fault, and which parts are at fault. */
export function dateInputError(problem: FormProblem | null, dateParts: DateErrorParts, id: string) {
  const parts = dateParts[id];
  const message =
    problem?.fields[dateFieldId(id, parts?.[0] ?? 'day')] ??
    problem?.fields[dateFieldId(id, 'month')] ??
    problem?.fields[dateFieldId(id, 'year')];
  return { error: message, errorParts: parts?.length ? parts : undefined };
}

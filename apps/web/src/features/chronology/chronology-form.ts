import {
  CHRONOLOGY_KINDS,
  chronologyProblems,
  type ChronologyCorrectionRequest,
  type ChronologyKind,
  type ChronologyValues,
  type NewChronologyEntry,
} from '@sendreg/contracts';
import { formProblem, type FormProblem } from '../../lib/form-problem';
import { readDateParts } from '../../components/ui/date-input';
import { parseDateParts, type DatePart, type DateParts } from '../../utils/dates';
import { formText } from '../../utils/form-text';

/** What the form holds: the date as typed, the rest as text and a checkbox. */
export interface ChronologyFormValues {
  occurredOn: DateParts;
  kind: string;
  parentMeeting: boolean;
  withWhom: string;
  summary: string;
  agreed: string;
}

/**
 * The ids of a form's fields: each form on the page (the new entry's, and each entry's correction)
 * has its own prefix, so ids stay unique and the error summary leads to the right field.
 */
export function chronologyFieldIds(prefix: string) {
  return {
    occurredOn: `${prefix}-date`,
    kind: `${prefix}-kind`,
    parentMeeting: `${prefix}-parent`,
    withWhom: `${prefix}-with`,
    summary: `${prefix}-summary`,
    agreed: `${prefix}-agreed`,
  };
}

/** The id of the field an API error names (occurredOn → the day of the date), for formProblemFrom. */
export function chronologyFieldId(prefix: string, field: string): string | undefined {
  const ids = chronologyFieldIds(prefix);
  if (field === 'occurredOn') return `${ids.occurredOn}-day`;
  if (field === 'referralId') return ids.summary;
  return (ids as Record<string, string>)[field];
}

export type ChronologyFormCheck<T> =
  { ok: true; request: T } | { ok: false; problem: FormProblem; dateParts: DatePart[] };

function check(
  prefix: string,
  form: ChronologyFormValues,
  today: string,
):
  | { ok: true; values: ChronologyValues & { kind: ChronologyKind } }
  | { ok: false; problem: FormProblem; dateParts: DatePart[] } {
  const ids = chronologyFieldIds(prefix);
  const date = parseDateParts(form.occurredOn, {
    label: 'The date',
    missing: 'Enter the date it happened',
  });
  const kind = CHRONOLOGY_KINDS.find((k) => k === form.kind);
  const values = {
    occurredOn: date.ok ? date.iso : today,
    kind: kind ?? 'other',
    parentMeeting: kind === 'meeting' && form.parentMeeting,
    withWhom: form.withWhom.trim(),
    summary: form.summary.trim(),
    agreed: form.agreed.trim(),
  };
  const rules = new Map(chronologyProblems(values, today).map((e) => [e.field, e.message]));
  const dateFirst: DatePart = date.ok ? 'day' : (date.parts[0] ?? 'day');
  const problem = formProblem([
    [`${ids.occurredOn}-${dateFirst}`, date.ok ? rules.get('occurredOn') : date.message],
    [ids.kind, kind ? undefined : 'Choose what kind of contact it was'],
    [ids.parentMeeting, rules.get('parentMeeting')],
    [ids.withWhom, rules.get('withWhom')],
    [ids.summary, rules.get('summary')],
    [ids.agreed, rules.get('agreed')],
  ]);
  if (problem) {
    return { ok: false, problem, dateParts: date.ok ? ['day', 'month', 'year'] : date.parts };
  }
  return { ok: true, values };
}

/** Checks the new entry's form in the browser, as the API will. */
export function checkEntryForm(
  prefix: string,
  form: ChronologyFormValues,
  today: string,
): ChronologyFormCheck<NewChronologyEntry> {
  const checked = check(prefix, form, today);
  if (!checked.ok) return checked;
  return { ok: true, request: checked.values };
}

/**
 * Checks a correction's form (which starts as the entry now reads). The request carries every value
 * as it should read; a correction that changes nothing is refused here as the API would.
 */
export function checkCorrectionForm(
  prefix: string,
  form: Omit<ChronologyFormValues, 'kind'>,
  entry: { kind: ChronologyKind; effective: ChronologyValues },
  today: string,
): ChronologyFormCheck<ChronologyCorrectionRequest> {
  const checked = check(prefix, { ...form, kind: entry.kind }, today);
  if (!checked.ok) return checked;
  const { kind: _kind, ...values } = checked.values;
  const now = entry.effective;
  const same =
    values.occurredOn === now.occurredOn &&
    values.parentMeeting === now.parentMeeting &&
    values.withWhom === now.withWhom &&
    values.summary === now.summary &&
    values.agreed === now.agreed;
  if (same) {
    return {
      ok: false,
      problem: formProblem([
        [
          chronologyFieldIds(prefix).summary,
          'The correction is the same as the entry: change what needs putting right',
        ],
      ])!,
      dateParts: [],
    };
  }
  return { ok: true, request: values };
}

/** The form's values from what was submitted (fields named as the API names them). */
export function readChronologyForm(data: FormData): ChronologyFormValues {
  return {
    occurredOn: readDateParts(data, 'occurredOn'),
    kind: formText(data, 'kind'),
    parentMeeting: formText(data, 'parentMeeting') === 'yes',
    withWhom: formText(data, 'withWhom'),
    summary: formText(data, 'summary'),
    agreed: formText(data, 'agreed'),
  };
}

import { isApiError } from './api-error';
import { problemMessage } from './problem-message';

/** One message for the error summary, linked to the field it is about. */
export interface FieldMessage {
  fieldId: string;
  message: string;
}

/** What is wrong with a form: a message per field (by field id), and the error summary in field order. */
export interface FormProblem {
  fields: Record<string, string>;
  summary: FieldMessage[];
}

/** The problem type the API answers when a record changed since it was read (409). */
export const STALE_VERSION_TYPE = '/problems/stale-version';

/** Someone else changed the record meanwhile: the person should reload it, not just resubmit. */
export function isStaleVersion(error: unknown): boolean {
  return isApiError(error, 409) && error.problem.type.endsWith(STALE_VERSION_TYPE);
}

/**
 * Builds a problem from checks made in the browser: pass [fieldId, message] pairs in the order of the
 * fields on the page; pairs without a message are fine. Null when nothing is wrong.
 */
export function formProblem(checks: [fieldId: string, message: string | undefined][]): FormProblem | null {
  const problem: FormProblem = { fields: {}, summary: [] };
  for (const [fieldId, message] of checks) {
    if (!message || problem.fields[fieldId]) continue;
    problem.fields[fieldId] = message;
    problem.summary.push({ fieldId, message });
  }
  return problem.summary.length ? problem : null;
}

/**
 * The server's answer as a form problem. Validation errors (400 with `errors`) go next to their fields,
 * found with `fieldIdFor` (the API's field name, e.g. "needs[1].code", to the input's id); anything else
 * is one message in the summary, linked to `firstFieldId` so the summary still leads somewhere useful.
 */
export function formProblemFrom(
  error: unknown,
  fieldIdFor: (field: string) => string | undefined,
  firstFieldId: string,
): FormProblem {
  if (isApiError(error) && error.status === 400 && error.problem.errors?.length) {
    const problem: FormProblem = { fields: {}, summary: [] };
    for (const { field, message } of error.problem.errors) {
      const fieldId = fieldIdFor(field);
      if (fieldId && !problem.fields[fieldId]) problem.fields[fieldId] = message;
      problem.summary.push({ fieldId: fieldId ?? firstFieldId, message });
    }
    return problem;
  }
  return { fields: {}, summary: [{ fieldId: firstFieldId, message: problemMessage(error) }] };
}

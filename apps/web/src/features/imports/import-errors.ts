import { isApiError } from '../../lib/api-error';
import { formProblemFrom, type FormProblem } from '../../lib/form-problem';
import { problemMessage } from '../../lib/problem-message';
import { isRetryable } from './api/upload-client';
import { mappingFieldIdFor } from './column-mapping';
import { FILE_FIELD_ID } from './import-form';

/** One message, next to one field and in the error summary. */
export function fieldProblem(fieldId: string, message: string): FormProblem {
  return { fields: { [fieldId]: message }, summary: [{ fieldId, message }] };
}

export const TOO_LARGE = 'The selected file must be smaller than 20 MB';

/**
 * Why the file could not be read or checked, next to the file input: too large (413), unreadable
 * (400, with the server's reason), or anything else in the summary.
 */
export function fileProblemFrom(error: unknown): FormProblem {
  if (isApiError(error, 413)) return fieldProblem(FILE_FIELD_ID, TOO_LARGE);
  return formProblemFrom(error, (field) => (field === 'file' ? FILE_FIELD_ID : undefined), FILE_FIELD_ID);
}

/** Why the check of a CSV failed: a mapping the server refuses goes next to its select. */
export function mappingProblemFrom(error: unknown, firstFieldId: string): FormProblem {
  if (isApiError(error, 413)) return fieldProblem(firstFieldId, TOO_LARGE);
  return formProblemFrom(error, mappingFieldIdFor, firstFieldId);
}

/**
 * Why applying failed, when it was not the file's problems. A dropped connection or a server error
 * leaves the person unsure whether anything was imported: say that trying again is safe (the same
 * Idempotency-Key is sent, so the pupils are imported at most once).
 */
export function applyErrorMessage(error: unknown): string {
  if (isRetryable(error)) {
    const cause = isApiError(error)
      ? 'There is a problem with the service'
      : 'We could not reach the service';
    return `${cause}, so the import may not have finished. Try the import again: the pupils will not be imported twice.`;
  }
  return problemMessage(error);
}

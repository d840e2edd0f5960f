import type { LoginRequest } from '@sendreg/contracts';
import type { ErrorSummaryItem } from '../../../components/ui/error-summary';
import { isApiError } from '../../../lib/api-error';

export const EMAIL_FIELD_ID = 'email';
export const PASSWORD_FIELD_ID = 'password';

/** What went wrong with a sign-in attempt: messages by field, and the list for the error summary. */
export interface SignInProblem {
  fields: { email?: string; password?: string };
  summary: ErrorSummaryItem[];
}

// Deliberately loose: the server decides; this only catches an obvious slip such as a missing @.
const EMAIL_FORMAT = /^[^\s@]+@[^\s@]+$/;

function fromFields(fields: SignInProblem['fields']): SignInProblem | null {
  const summary: ErrorSummaryItem[] = [];
  if (fields.email) summary.push({ fieldId: EMAIL_FIELD_ID, message: fields.email });
  if (fields.password) summary.push({ fieldId: PASSWORD_FIELD_ID, message: fields.password });
  return summary.length ? { fields, summary } : null;
}

/** Checks in the browser first, with the GOV.UK wording, to save a round trip. */
export function validateSignIn({ email, password }: LoginRequest): SignInProblem | null {
  return fromFields({
    email: !email
      ? 'Enter your email address'
      : !EMAIL_FORMAT.test(email)
        ? 'Enter an email address in the correct format, like name@example.com'
        : undefined,
    password: password ? undefined : 'Enter your password',
  });
}

/**
 * The server's answer as a problem to show. A wrong email or password gets one generic message (the
 * server does not say which was wrong); throttling shows the server's own detail ("try again in ...").
 */
export function signInProblemFrom(error: unknown): SignInProblem {
  if (isApiError(error, 400) && error.problem.errors?.length) {
    const fields: SignInProblem['fields'] = {};
    const summary: ErrorSummaryItem[] = [];
    for (const { field, message } of error.problem.errors) {
      const fieldId = field === PASSWORD_FIELD_ID ? PASSWORD_FIELD_ID : EMAIL_FIELD_ID;
      if (field === EMAIL_FIELD_ID || field === PASSWORD_FIELD_ID) fields[field] ??= message;
      summary.push({ fieldId, message });
    }
    return { fields, summary };
  }
  let message = 'Sorry, there is a problem with the service. Try again later.';
  if (isApiError(error, 401)) message = error.problem.detail ?? 'Enter a correct email address and password';
  else if (isApiError(error, 429))
    message = error.problem.detail ?? 'Too many attempts. Wait a few minutes and try again.';
  else if (isApiError(error) && error.status < 500) message = error.problem.detail ?? error.problem.title;
  else if (!isApiError(error))
    message = 'We could not reach the service. Check your internet connection and try again.';
  return { fields: {}, summary: [{ fieldId: EMAIL_FIELD_ID, message }] };
}

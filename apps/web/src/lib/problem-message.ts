import { isApiError } from './api-error';

/** A sentence for a person about why a request failed, in plain words. */
export function problemMessage(error: unknown): string {
  if (isApiError(error)) {
    if (error.status === 403) return 'You do not have permission to see this.';
    if (error.status >= 500) return 'There is a problem with the service. Try again later.';
    return error.problem.detail ?? error.problem.title;
  }
  return 'We could not reach the service. Check your internet connection and try again.';
}

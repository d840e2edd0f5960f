import { SESSION_CORRECTION_DAYS } from '@sendreg/contracts';
import { isApiError } from '../../lib/api-error';
import { formProblemFrom, isStaleVersion, type FormProblem } from '../../lib/form-problem';
import { problemMessage } from '../../lib/problem-message';
import { SESSION_FIELD, sessionFieldIdFor } from './session-form';

/**
 * Whether the request may not have reached the server, or failed there before finishing: the network
 * dropped, or the server (or a proxy) answered 5xx. Retrying with the same Idempotency-Key is safe.
 */
export function isRetryable(error: unknown): boolean {
  if (isApiError(error)) return error.status >= 500;
  return !(error instanceof DOMException && error.name === 'AbortError');
}

/** The parts of Web Crypto used here; randomUUID exists only in secure contexts (https, localhost). */
export interface RandomSource {
  getRandomValues(array: Uint8Array): Uint8Array;
  randomUUID?: () => string;
}

/** A new Idempotency-Key, for one attempt to log a session. */
export function newIdempotencyKey(random: RandomSource = crypto): string {
  if (typeof random.randomUUID === 'function') return random.randomUUID();
  const bytes = random.getRandomValues(new Uint8Array(16));
  return `session-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** A submission whose outcome is unknown: it failed in a way that may have logged the session. */
export interface UncertainAttempt {
  body: string;
  key: string;
}

/**
 * The key for a submission. Automatic retries reuse their attempt's key (the mutation keeps it); a
 * person pressing the button again after an uncertain failure, with the same answers, sends the same
 * key too, so the server answers with the session it may already have logged instead of a 409. Any
 * change to the answers is a new request, with a new key.
 */
export function idempotencyKeyFor(
  body: string,
  uncertain: UncertainAttempt | null,
  newKey: () => string = newIdempotencyKey,
): string {
  return uncertain !== null && uncertain.body === body ? uncertain.key : newKey();
}

/** 409 that is not a stale version: the group already has a session logged on that date. */
export function isAlreadyLogged(error: unknown): boolean {
  return isApiError(error, 409) && !isStaleVersion(error);
}

/** 403 or 404: the group is not one the person may log sessions for (or it does not exist). */
export function isNotTheirGroup(error: unknown): boolean {
  return isApiError(error, 403) || isApiError(error, 404);
}

/**
 * Why saving failed, when it was not a field's problem. A dropped connection or a server error leaves
 * the person unsure whether the session was saved: say that trying again is safe.
 */
export function saveErrorMessage(error: unknown): string {
  if (isRetryable(error)) {
    const cause = isApiError(error)
      ? 'There is a problem with the service'
      : 'We could not reach the service';
    return `${cause}, so the session may not have been saved. Check your connection and try again: it will not be logged twice.`;
  }
  return problemMessage(error);
}

/** Why saving failed: field errors to show beside their fields, or one message for the whole form. */
export type SaveFailure = { kind: 'fields'; problem: FormProblem } | { kind: 'message'; message: string };

/**
 * A refused or failed save (not a 409, which the pages answer themselves): a 400's errors go beside
 * their fields; a 403 says why in the server's words (only the author corrects, for a few days);
 * anything else is one message, which says whether trying again is safe.
 */
export function saveFailure(error: unknown, pupilIds: readonly string[]): SaveFailure {
  if (isApiError(error, 400) && error.problem.errors?.length) {
    return {
      kind: 'fields',
      problem: formProblemFrom(
        error,
        (field) => sessionFieldIdFor(field, pupilIds),
        `${SESSION_FIELD.heldOn}-day`,
      ),
    };
  }
  if (isApiError(error, 403)) {
    return {
      kind: 'message',
      message:
        error.problem.detail ??
        `You cannot change this session. The person who logged it can correct it for ${String(SESSION_CORRECTION_DAYS)} days, and the SENCO at any time.`,
    };
  }
  return { kind: 'message', message: saveErrorMessage(error) };
}

import { ApiError } from '../../lib/api-error';
import {
  idempotencyKeyFor,
  isAlreadyLogged,
  isNotTheirGroup,
  isRetryable,
  newIdempotencyKey,
  saveErrorMessage,
  saveFailure,
} from './session-errors';

function apiError(
  status: number,
  type = 'about:blank',
  detail?: string,
  errors?: { field: string; message: string }[],
): ApiError {
  return new ApiError({ type, title: 'Error', status, detail, errors });
}

describe('session errors', () => {
  it('retries only what may not have reached the server', () => {
    expect(isRetryable(new TypeError('Failed to fetch'))).toBe(true);
    expect(isRetryable(apiError(502))).toBe(true);
    expect(isRetryable(apiError(400))).toBe(false);
    expect(isRetryable(apiError(409))).toBe(false);
    expect(isRetryable(new DOMException('stopped', 'AbortError'))).toBe(false);
  });

  it('makes a new key each time, which the server accepts, with or without randomUUID', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[A-Za-z0-9._:-]{8,200}$/);
    expect(newIdempotencyKey()).not.toBe(a);
    expect(newIdempotencyKey({ getRandomValues: (array) => array.fill(171) })).toBe(
      `session-${'ab'.repeat(16)}`,
    );
  });

  it('sends the same key again only for the same answers after an uncertain failure', () => {
    const fresh = () => 'new-key-0001';
    expect(idempotencyKeyFor('{"a":1}', null, fresh)).toBe('new-key-0001');
    expect(idempotencyKeyFor('{"a":1}', { body: '{"a":1}', key: 'old-key-0001' }, fresh)).toBe(
      'old-key-0001',
    );
    expect(idempotencyKeyFor('{"a":2}', { body: '{"a":1}', key: 'old-key-0001' }, fresh)).toBe(
      'new-key-0001',
    );
  });

  it('tells an already logged day from a stale correction', () => {
    expect(isAlreadyLogged(apiError(409, '/problems/conflict'))).toBe(true);
    expect(isAlreadyLogged(apiError(409, '/problems/stale-version'))).toBe(false);
    expect(isAlreadyLogged(apiError(400))).toBe(false);
  });

  it('treats refused and unknown groups alike', () => {
    expect(isNotTheirGroup(apiError(403))).toBe(true);
    expect(isNotTheirGroup(apiError(404))).toBe(true);
    expect(isNotTheirGroup(apiError(409))).toBe(false);
  });

  it('says a retry is safe when the session may have been saved', () => {
    expect(saveErrorMessage(new TypeError('Failed to fetch'))).toMatch(
      /^We could not reach the service, so the session may not have been saved\..*will not be logged twice\.$/,
    );
    expect(saveErrorMessage(apiError(503))).toMatch(/^There is a problem with the service, so/);
    expect(saveErrorMessage(apiError(422, 'about:blank', 'This Idempotency-Key was used.'))).toBe(
      'This Idempotency-Key was used.',
    );
  });
});

describe('a failed save', () => {
  it('puts field errors beside their fields', () => {
    const failure = saveFailure(
      apiError(400, '/problems/validation', 'Not valid', [
        { field: 'heldOn', message: 'This group runs from 7 September 2026 to 16 July 2027' },
        { field: 'attendance.1.absenceReason', message: 'Choose why Ben Cole did not come' },
      ]),
      ['a', 'b'],
    );
    expect(failure).toEqual({
      kind: 'fields',
      problem: {
        fields: {
          'session-date-day': 'This group runs from 7 September 2026 to 16 July 2027',
          'session-absence-b': 'Choose why Ben Cole did not come',
        },
        summary: [
          { fieldId: 'session-date-day', message: 'This group runs from 7 September 2026 to 16 July 2027' },
          { fieldId: 'session-absence-b', message: 'Choose why Ben Cole did not come' },
        ],
      },
    });
  });

  it("says why a correction is refused, in the server's words when it gives them", () => {
    expect(saveFailure(apiError(403, 'about:blank', 'Ask the SENCO to correct it.'), [])).toEqual({
      kind: 'message',
      message: 'Ask the SENCO to correct it.',
    });
    expect(saveFailure(apiError(403), [])).toEqual({
      kind: 'message',
      message:
        'You cannot change this session. The person who logged it can correct it for 7 days, and the SENCO at any time.',
    });
  });

  it('says a dropped connection is safe to retry, in one message not tied to a field', () => {
    const failure = saveFailure(new TypeError('Failed to fetch'), []);
    expect(failure.kind).toBe('message');
    expect(failure.kind === 'message' ? failure.message : '').toMatch(/will not be logged twice/);
  });
});

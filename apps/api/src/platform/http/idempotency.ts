import { HttpStatus, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DbContext } from '../tenancy/db-context';
import { ProblemException, validationProblem } from './problem';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,200}$/;

export interface IdempotentRequest {
  /** The Idempotency-Key header, if sent. */
  key: string | undefined;
  userId: string;
  /** A name for the operation, so one key cannot be replayed against another route. */
  route: string;
  /** What identifies the request's content: the same key with other content is refused. */
  body: unknown;
}

function fingerprint(route: string, body: unknown): string {
  const content = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body ?? null);
  return createHash('sha256').update(route).update('\0').update(content).digest('hex');
}

/**
 * POSTs that a flaky school network may retry: the same key and body return the first result, the
 * same key with another body is 422. Runs inside the request's transaction, serialised per key with
 * an advisory lock, so two concurrent retries never both do the work.
 */
@Injectable()
export class Idempotency {
  constructor(private readonly db: DbContext) {}

  async run<T>(request: IdempotentRequest, work: () => Promise<T>): Promise<T> {
    if (request.key === undefined) return work();
    if (!KEY_PATTERN.test(request.key)) {
      throw validationProblem([
        { field: 'Idempotency-Key', message: 'Idempotency-Key must be 8 to 200 letters, digits or . _ : -' },
      ]);
    }
    const m = this.db.manager;
    const hash = fingerprint(request.route, request.body);
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended(app_current_school()::text || $1, 0))`, [
      request.key,
    ]);
    const [stored] = await m.query(
      `SELECT user_id, route, request_sha256, response FROM idempotency_keys WHERE key = $1`,
      [request.key],
    );
    if (stored) {
      if (
        stored.request_sha256 !== hash ||
        stored.user_id !== request.userId ||
        stored.route !== request.route
      ) {
        throw new ProblemException({
          type: '/problems/idempotency-key-reused',
          title: 'Idempotency key already used',
          status: HttpStatus.UNPROCESSABLE_ENTITY,
          detail: 'This Idempotency-Key was used for a different request. Use a new key for a new request.',
        });
      }
      return stored.response as T;
    }
    const result = await work();
    await m.query(
      `INSERT INTO idempotency_keys (school_id, key, user_id, route, request_sha256, status, response)
       VALUES (app_current_school(), $1, $2, $3, $4, 200, $5)`,
      [request.key, request.userId, request.route, hash, JSON.stringify(result ?? null)],
    );
    return result;
  }
}

import { HttpException, HttpStatus } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { ProblemDetails } from '@sendreg/contracts';

/** Problem types this API answers with, beyond the plain HTTP statuses (which use about:blank). */
export const PROBLEM_TYPES = {
  validation: '/problems/validation',
  tokenExpired: '/problems/token-expired',
  unauthenticated: '/problems/unauthenticated',
  staleVersion: '/problems/stale-version',
  tooManyAttempts: '/problems/too-many-attempts',
  conflict: '/problems/conflict',
} as const;

export type FieldError = { field: string; message: string };

/** An HttpException whose body is already an RFC 9457 problem. */
export class ProblemException extends HttpException {
  constructor(problem: Omit<ProblemDetails, 'title'> & { title?: string }, headers?: Record<string, string>) {
    super({ ...problem, title: problem.title ?? STATUS_CODES[problem.status] ?? 'Error' }, problem.status);
    this.headers = headers;
  }
  readonly headers?: Record<string, string>;
}

export function validationProblem(
  errors: FieldError[],
  detail = 'Some of the information sent is not valid.',
) {
  return new ProblemException({
    type: PROBLEM_TYPES.validation,
    title: 'Your request has errors',
    status: HttpStatus.BAD_REQUEST,
    detail,
    errors,
  });
}

const NOT_FOUND_DETAIL = 'There is nothing here, or you do not have access to it.';

/**
 * The one "not found": used alike for what does not exist and what the caller may not see, so the
 * two can never be told apart.
 */
export function notFound(): ProblemException {
  return new ProblemException({
    type: 'about:blank',
    status: HttpStatus.NOT_FOUND,
    detail: NOT_FOUND_DETAIL,
  });
}

export function forbidden(detail = 'Your role does not allow this.'): ProblemException {
  return new ProblemException({ type: 'about:blank', status: HttpStatus.FORBIDDEN, detail });
}

export function unauthenticated(detail = 'Sign in to continue.', expired = false): ProblemException {
  return new ProblemException({
    type: expired ? PROBLEM_TYPES.tokenExpired : PROBLEM_TYPES.unauthenticated,
    status: HttpStatus.UNAUTHORIZED,
    detail,
  });
}

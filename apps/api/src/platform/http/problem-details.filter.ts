import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { ProblemDetails } from '@sendreg/contracts';
import type { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { QueryFailedError } from 'typeorm';
import { PROBLEM_TYPES, ProblemException } from './problem';

/**
 * Every error leaves the API as RFC 9457 problem details: never a stack trace, never SQL.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<Request>();
    const response = ctx.getResponse<Response>();
    const problem = this.toProblem(exception);
    const requestId = String(request.id ?? '');
    if (requestId) problem.requestId = requestId;
    if (problem.status >= 500) {
      // Logged by type, database error code and stack frames only: an error's message (and so the
      // stack's first line) can quote the values of a row.
      const err = exception instanceof Error ? exception : new Error('non-error thrown');
      const code = (err as Error & { driverError?: { code?: string } }).driverError?.code;
      const frames = err.stack?.split('\n').slice(1, 7).join('\n');
      this.logger.error({ requestId, err: { type: err.name, code, frames } }, 'request failed');
    }
    if (exception instanceof ProblemException && exception.headers) {
      for (const [name, value] of Object.entries(exception.headers)) response.setHeader(name, value);
    }
    if (response.headersSent) return;
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      if (exception instanceof ProblemException) return { ...(body as ProblemDetails) };
      const message =
        typeof body === 'string'
          ? body
          : Array.isArray((body as { message?: unknown }).message)
            ? (body as { message: string[] }).message.join('; ')
            : String((body as { message?: unknown }).message ?? '');
      return {
        type: 'about:blank',
        title: STATUS_CODES[status] ?? 'Error',
        status,
        detail: status === 404 ? 'There is nothing here, or you do not have access to it.' : message,
      };
    }
    const bodyParserError = exception as { type?: string; status?: number; expose?: boolean };
    if (typeof bodyParserError?.status === 'number' && bodyParserError.expose) {
      const status = bodyParserError.status;
      const detail =
        bodyParserError.type === 'entity.too.large'
          ? 'The request body is larger than this endpoint accepts.'
          : bodyParserError.type === 'entity.parse.failed'
            ? 'The request body is not valid JSON.'
            : (STATUS_CODES[status] ?? 'Bad request');
      return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail };
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception as QueryFailedError & { driverError?: { code?: string } }).driverError?.code;
      if (code === '23505') {
        return {
          type: PROBLEM_TYPES.conflict,
          title: 'Conflict',
          status: 409,
          detail: 'This would duplicate a record that already exists.',
        };
      }
    }
    return {
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'Something went wrong on our side. It has been logged; please try again.',
    };
  }
}

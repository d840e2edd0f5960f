import type { ProblemDetails } from '@sendreg/contracts';

/** An answer from the API that was not a success, carrying the server's problem details (RFC 9457). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function fieldErrors(value: unknown): ProblemDetails['errors'] {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((item: unknown) =>
    isRecord(item) && typeof item.field === 'string' && typeof item.message === 'string'
      ? [{ field: item.field, message: item.message }]
      : [],
  );
}

/** Reads the problem details of a failed response; a body that is not one still gives a usable problem. */
export async function readProblem(response: Response): Promise<ProblemDetails> {
  const problem: ProblemDetails = {
    type: 'about:blank',
    title: response.statusText || 'The request failed',
    status: response.status,
  };
  if (!(response.headers.get('content-type') ?? '').includes('json')) return problem;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return problem;
  }
  if (!isRecord(body)) return problem;
  if (typeof body.type === 'string') problem.type = body.type;
  if (typeof body.title === 'string') problem.title = body.title;
  if (typeof body.detail === 'string') problem.detail = body.detail;
  if (typeof body.instance === 'string') problem.instance = body.instance;
  if (typeof body.requestId === 'string') problem.requestId = body.requestId;
  const errors = fieldErrors(body.errors);
  if (errors) problem.errors = errors;
  return problem;
}

export async function toApiError(response: Response): Promise<ApiError> {
  return new ApiError(await readProblem(response));
}

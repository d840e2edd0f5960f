import type { ImportProblem, ProblemDetails } from '@sendreg/contracts';
import { sendWithSession, type ApiSession } from '../../../lib/api-client';
import { ApiError, isApiError, readProblem } from '../../../lib/api-error';
import { xhrFetch } from './xhr-fetch';

/** The problem type of an import refused because the file has problems (422): nothing was imported. */
export const IMPORT_HAS_PROBLEMS = '/problems/import-has-problems';

/**
 * A failed upload. Besides the problem details every API error has, an import refused for its file's
 * problems carries them all (by line and column), which the shared client's errors do not keep.
 */
export class UploadError extends ApiError {
  readonly problems: ImportProblem[] | undefined;
  readonly problemCount: number | undefined;

  constructor(problem: ProblemDetails, problems?: ImportProblem[], problemCount?: number) {
    super(problem);
    this.name = 'UploadError';
    this.problems = problems;
    this.problemCount = problemCount;
  }
}

/** The import was refused because of the file's problems: they are on the error. */
export function hasImportProblems(
  error: unknown,
): error is UploadError & { problems: ImportProblem[]; problemCount: number } {
  return (
    error instanceof UploadError &&
    error.status === 422 &&
    error.problem.type.endsWith(IMPORT_HAS_PROBLEMS) &&
    error.problems !== undefined &&
    error.problemCount !== undefined
  );
}

/**
 * Whether the request may not have reached the server, or failed there before finishing: the network
 * dropped, or the server (or a proxy) answered 5xx. Retrying with the same Idempotency-Key is safe.
 */
export function isRetryable(error: unknown): boolean {
  if (isApiError(error)) return error.status >= 500;
  return !(error instanceof DOMException && error.name === 'AbortError');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The problems of a 422 answer, keeping only well-formed entries. */
export function readImportProblems(value: unknown): ImportProblem[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((item: unknown): ImportProblem[] =>
    isRecord(item) &&
    typeof item.line === 'number' &&
    typeof item.column === 'string' &&
    typeof item.field === 'string' &&
    typeof item.message === 'string'
      ? [
          {
            line: item.line,
            column: item.column,
            field: item.field as ImportProblem['field'],
            message: item.message,
          },
        ]
      : [],
  );
}

async function toUploadError(response: Response): Promise<UploadError> {
  const problem = await readProblem(response.clone());
  if (!(response.headers.get('content-type') ?? '').includes('json')) return new UploadError(problem);
  try {
    const body: unknown = await response.json();
    if (!isRecord(body)) return new UploadError(problem);
    const count = typeof body.problemCount === 'number' ? body.problemCount : undefined;
    return new UploadError(problem, readImportProblems(body.problems), count);
  } catch {
    return new UploadError(problem);
  }
}

export interface UploadOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Called as the file goes up, with the share sent so far (0 to 1); sends with XHR to know it. */
  onProgress?: (fraction: number) => void;
}

/** Sends multipart forms (files) to the API, as the shared client sends JSON. */
export interface Uploader {
  /** POSTs the form; resolves with the JSON answer, rejects with an UploadError (or a network error). */
  post<T>(path: string, form: FormData, options?: UploadOptions): Promise<T>;
}

export interface UploaderConfig {
  /** Base path of the API, for example "/api". */
  baseUrl: string;
  session: ApiSession;
  fetch: typeof fetch;
}

/**
 * Imports go through this small uploader rather than the shared client because they report upload
 * progress (XHR) and their own problem shape; the token and its renewal are the client's
 * (sendWithSession). It sets no Content-Type: the browser writes the multipart boundary itself.
 */
export function createUploader({ baseUrl, session, fetch }: UploaderConfig): Uploader {
  return {
    async post<T>(path: string, form: FormData, options: UploadOptions = {}): Promise<T> {
      const send = (token: string | null) => {
        const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
        if (token) headers.Authorization = `Bearer ${token}`;
        if (options.onProgress) {
          return xhrFetch(
            `${baseUrl}${path}`,
            { method: 'POST', headers, body: form, signal: options.signal },
            options.onProgress,
          );
        }
        return fetch(`${baseUrl}${path}`, {
          method: 'POST',
          headers,
          body: form,
          credentials: 'same-origin',
          signal: options.signal,
        });
      };

      const response = await sendWithSession(session, send);

      if (!response.ok) throw await toUploadError(response);
      const text = await response.text();
      return (text === '' ? undefined : JSON.parse(text)) as T;
    },
  };
}

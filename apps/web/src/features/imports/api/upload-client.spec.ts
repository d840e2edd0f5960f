import type { ApiSession } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { importForm } from '../import-form';
import { createUploader, hasImportProblems, isRetryable, UploadError } from './upload-client';

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

class FakeSession implements ApiSession {
  token: string | null;
  refreshes = 0;
  expired = false;
  constructor(
    token: string | null,
    private readonly renewed: string | null,
  ) {
    this.token = token;
  }
  accessToken() {
    return this.token;
  }
  refresh() {
    this.refreshes++;
    this.token = this.renewed;
    return Promise.resolve(this.renewed);
  }
  expire() {
    this.expired = true;
    this.token = null;
  }
}

function fakeFetch(responses: (() => Response)[]) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    calls.push({ url: String(input), init });
    const next = responses.shift();
    return next ? Promise.resolve(next()) : Promise.reject(new TypeError('Failed to fetch'));
  };
  return { fetch, calls };
}

const headersOf = (init: RequestInit | undefined) => init?.headers as Record<string, string>;
const form = () => importForm({ kind: 'ctf', file: new File(['<CTfile/>'], 'transfer.xml') }, true);

describe('createUploader', () => {
  it('sends the form as it is, with the bearer token and extra headers, and no Content-Type', async () => {
    const { fetch, calls } = fakeFetch([() => json(201, { importId: 'i1' })]);
    const upload = createUploader({ baseUrl: '/api', session: new FakeSession('t1', null), fetch });
    const body = form();

    await expect(
      upload.post('/schools/s1/imports/ctf', body, { headers: { 'Idempotency-Key': 'key-00000001' } }),
    ).resolves.toEqual({ importId: 'i1' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('/api/schools/s1/imports/ctf');
    expect(calls[0]!.init?.method).toBe('POST');
    expect(calls[0]!.init?.body).toBe(body);
    expect(headersOf(calls[0]!.init)).toEqual({
      Accept: 'application/json',
      Authorization: 'Bearer t1',
      'Idempotency-Key': 'key-00000001',
    });
  });

  it('renews an expired token once and sends the same form again', async () => {
    const session = new FakeSession('old', 'new');
    const { fetch, calls } = fakeFetch([() => json(401, { status: 401 }), () => json(200, { rowCount: 1 })]);
    const body = form();
    await expect(createUploader({ baseUrl: '/api', session, fetch }).post('/x', body)).resolves.toEqual({
      rowCount: 1,
    });
    expect(session.refreshes).toBe(1);
    expect(headersOf(calls[1]!.init).Authorization).toBe('Bearer new');
    expect(calls[1]!.init?.body).toBe(body);
  });

  it('ends the session when the token cannot be renewed', async () => {
    const session = new FakeSession('old', null);
    const { fetch } = fakeFetch([
      () => json(401, { type: 'about:blank', title: 'Unauthorized', status: 401 }),
    ]);
    await expect(
      createUploader({ baseUrl: '/api', session, fetch }).post('/x', form()),
    ).rejects.toBeInstanceOf(UploadError);
    expect(session.expired).toBe(true);
  });

  it('keeps the problems of an import refused for its file (422)', async () => {
    const problems = [
      { line: 4, column: 'DOB', field: 'dateOfBirth', message: 'no 31 February 2019' },
      { line: 'x', column: 'UPN' },
    ];
    const { fetch } = fakeFetch([
      () =>
        json(
          422,
          {
            type: '/problems/import-has-problems',
            title: 'The file has problems',
            status: 422,
            detail: 'The file has 1 problem, so nothing was imported.',
            problemCount: 1,
            problems,
          },
          'application/problem+json',
        ),
    ]);
    const error: unknown = await createUploader({
      baseUrl: '/api',
      session: new FakeSession('t', null),
      fetch,
    })
      .post('/x', form())
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(hasImportProblems(error)).toBe(true);
    if (!hasImportProblems(error)) return;
    expect(error.status).toBe(422);
    expect(error.problem.detail).toBe('The file has 1 problem, so nothing was imported.');
    expect(error.problemCount).toBe(1);
    expect(error.problems).toEqual([problems[0]]);
  });

  it('reads an unreadable file’s field error, and a 413 that is not JSON', async () => {
    const { fetch } = fakeFetch([
      () =>
        json(
          400,
          {
            type: '/problems/unreadable-file',
            title: 'The file cannot be read',
            status: 400,
            errors: [{ field: 'file', message: 'The file is not UTF-8 text.' }],
          },
          'application/problem+json',
        ),
      () => new Response('<html>Too large</html>', { status: 413, statusText: 'Payload Too Large' }),
    ]);
    const upload = createUploader({ baseUrl: '/api', session: new FakeSession('t', null), fetch });
    const unreadable: unknown = await upload.post('/x', form()).catch((caught: unknown) => caught);
    expect(unreadable).toBeInstanceOf(UploadError);
    expect((unreadable as UploadError).problem.errors).toEqual([
      { field: 'file', message: 'The file is not UTF-8 text.' },
    ]);
    expect(hasImportProblems(unreadable)).toBe(false);
    const tooLarge: unknown = await upload.post('/x', form()).catch((caught: unknown) => caught);
    expect((tooLarge as UploadError).status).toBe(413);
  });

  it('tells which failures a retry with the same key may fix', () => {
    const error = (status: number) => new ApiError({ type: 'about:blank', title: 'x', status });
    expect(isRetryable(new TypeError('Failed to fetch'))).toBe(true);
    expect(isRetryable(error(502))).toBe(true);
    expect(isRetryable(error(422))).toBe(false);
    expect(isRetryable(error(400))).toBe(false);
    expect(isRetryable(new DOMException('The user aborted a request.', 'AbortError'))).toBe(false);
  });
});

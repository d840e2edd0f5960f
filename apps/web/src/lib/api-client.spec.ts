import { attachmentFilename, createApiClient, type ApiSession } from './api-client';
import { ApiError } from './api-error';

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

function problem(status: number, detail = 'nope'): Response {
  return json(status, { type: 'about:blank', title: 'Problem', status, detail }, 'application/problem+json');
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

function fakeFetch(responses: ((init: RequestInit | undefined) => Response)[]) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    calls.push({
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      init,
    });
    const next = responses.shift();
    if (!next) return Promise.reject(new Error('unexpected request'));
    return Promise.resolve(next(init));
  };
  return { fetch, calls };
}

const authOf = (init: RequestInit | undefined) => (init?.headers as Record<string, string>).Authorization;

describe('createApiClient', () => {
  it('sends the bearer token and leaves out empty query parameters', async () => {
    const session = new FakeSession('t1', null);
    const { fetch, calls } = fakeFetch([() => json(200, { ok: true })]);
    const api = createApiClient({ baseUrl: '/api', session, fetch });

    await expect(
      api.get('/schools/s1/pupils', { params: { page: 1, q: '', yearGroup: undefined } }),
    ).resolves.toEqual({
      ok: true,
    });
    expect(calls[0].url).toBe('/api/schools/s1/pupils?page=1');
    expect(authOf(calls[0].init)).toBe('Bearer t1');
    expect(calls[0].init?.credentials).toBe('same-origin');
  });

  it('on a 401 refreshes once and retries once with the new token', async () => {
    const session = new FakeSession('old', 'new');
    const { fetch, calls } = fakeFetch([() => problem(401), () => json(200, { id: 'me' })]);
    const api = createApiClient({ baseUrl: '/api', session, fetch });

    await expect(api.get('/me')).resolves.toEqual({ id: 'me' });
    expect(session.refreshes).toBe(1);
    expect(calls.map((call) => authOf(call.init))).toEqual(['Bearer old', 'Bearer new']);
    expect(session.expired).toBe(false);
  });

  it('expires the session when the refresh fails', async () => {
    const session = new FakeSession('old', null);
    const { fetch, calls } = fakeFetch([() => problem(401)]);
    const api = createApiClient({ baseUrl: '/api', session, fetch });

    await expect(api.get('/me')).rejects.toMatchObject({ status: 401 });
    expect(calls).toHaveLength(1);
    expect(session.expired).toBe(true);
  });

  it('does not loop: a second 401 after the refresh expires the session', async () => {
    const session = new FakeSession('old', 'new');
    const { fetch, calls } = fakeFetch([() => problem(401), () => problem(401)]);
    const api = createApiClient({ baseUrl: '/api', session, fetch });

    await expect(api.get('/me')).rejects.toBeInstanceOf(ApiError);
    expect(calls).toHaveLength(2);
    expect(session.refreshes).toBe(1);
    expect(session.expired).toBe(true);
  });

  it('uses a token renewed meanwhile by another request instead of refreshing again', async () => {
    const session = new FakeSession('old', 'unused');
    const { fetch, calls } = fakeFetch([
      () => {
        session.token = 'renewed-elsewhere';
        return problem(401);
      },
      () => json(200, {}),
    ]);
    const api = createApiClient({ baseUrl: '/api', session, fetch });

    await api.get('/me');
    expect(session.refreshes).toBe(0);
    expect(authOf(calls[1].init)).toBe('Bearer renewed-elsewhere');
  });

  it('does not try to refresh a 401 sent without a token', async () => {
    const session = new FakeSession(null, 'new');
    const { fetch } = fakeFetch([() => problem(401)]);
    const api = createApiClient({ baseUrl: '/api', session, fetch });

    await expect(api.get('/me')).rejects.toMatchObject({ status: 401 });
    expect(session.refreshes).toBe(0);
  });

  it('turns problem+json into an ApiError with the details', async () => {
    const session = new FakeSession('t', null);
    const { fetch } = fakeFetch([() => problem(404, 'Pupil not found')]);
    const api = createApiClient({ baseUrl: '/api', session, fetch });

    const error: unknown = await api.get('/schools/s/pupils/p').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect((error as ApiError).problem.detail).toBe('Pupil not found');
    expect(session.expired).toBe(false);
  });

  it('posts a multipart form with the token and no Content-Type (the browser adds the boundary), renewing once', async () => {
    const session = new FakeSession('old', 'new');
    const { fetch, calls } = fakeFetch([() => problem(401), () => json(201, { photoId: 'ph1' })]);
    const api = createApiClient({ baseUrl: '/api', session, fetch });
    const form = new FormData();
    form.append('photo', new File([new Uint8Array([0xff, 0xd8, 0xff])], 'ava.jpg', { type: 'image/jpeg' }));

    await expect(api.postForm('/schools/s1/pupils/p1/passport/photo', form)).resolves.toEqual({
      photoId: 'ph1',
    });
    expect(calls.map((call) => authOf(call.init))).toEqual(['Bearer old', 'Bearer new']);
    expect(calls[1].init?.headers).toEqual({ Accept: 'application/json', Authorization: 'Bearer new' });
    expect(calls[1].init?.body).toBe(form);
  });

  it('answers undefined for 204 No Content', async () => {
    const session = new FakeSession('t', null);
    const { fetch } = fakeFetch([() => new Response(null, { status: 204 })]);
    const api = createApiClient({ baseUrl: '/api', session, fetch });
    await expect(api.post('/auth/logout')).resolves.toBeUndefined();
  });

  it('downloads a file with the bearer token, and the name the server suggests', async () => {
    const session = new FakeSession('t', null);
    const { fetch, calls } = fakeFetch([
      () =>
        new Response('upn,name\r\n', {
          status: 200,
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': 'attachment; filename="send-register-2026-01-15.csv"',
          },
        }),
    ]);
    const api = createApiClient({ baseUrl: '/api', session, fetch });

    const file = await api.download('/schools/s/register/export', { params: { status: 'K,E' } });
    expect(calls[0].url).toBe('/api/schools/s/register/export?status=K%2CE');
    expect(authOf(calls[0].init)).toBe('Bearer t');
    expect(await file.blob.text()).toBe('upn,name\r\n');
    expect(file.filename).toBe('send-register-2026-01-15.csv');
  });
});

describe('attachmentFilename', () => {
  it('reads a bare file name only', () => {
    expect(attachmentFilename('attachment; filename=report.csv')).toBe('report.csv');
    expect(attachmentFilename('attachment; filename="../etc/passwd"')).toBeUndefined();
    expect(attachmentFilename(null)).toBeUndefined();
  });
});

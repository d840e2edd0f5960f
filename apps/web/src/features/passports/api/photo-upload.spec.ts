import type { ApiSession } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import { createPhotoUploader } from './photo-upload';

class FakeSession implements ApiSession {
  token: string | null;
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
    this.token = this.renewed;
    return Promise.resolve(this.renewed);
  }
  expire() {
    this.expired = true;
    this.token = null;
  }
}

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
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

const photo = () => new File([new Uint8Array([0xff, 0xd8, 0xff])], 'ava.jpg', { type: 'image/jpeg' });

describe('createPhotoUploader', () => {
  it('sends the photo as the multipart field "photo" with the bearer token and no Content-Type', async () => {
    const { fetch, calls } = fakeFetch([() => json(201, { photoId: 'ph1' })]);
    const upload = createPhotoUploader({ baseUrl: '/api', session: new FakeSession('t1', null), fetch });

    await expect(upload('/schools/s1/pupils/p1/passport/photo', photo())).resolves.toEqual({
      photoId: 'ph1',
    });
    expect(calls[0]!.url).toBe('/api/schools/s1/pupils/p1/passport/photo');
    expect(calls[0]!.init?.method).toBe('POST');
    expect(calls[0]!.init?.headers).toEqual({ Accept: 'application/json', Authorization: 'Bearer t1' });
    const body = calls[0]!.init?.body as FormData;
    expect((body.get('photo') as File).name).toBe('ava.jpg');
  });

  it('renews an expired token once and sends again', async () => {
    const { fetch, calls } = fakeFetch([
      () => json(401, { title: 'Unauthorized', status: 401 }),
      () => json(201, { photoId: 'ph2' }),
    ]);
    const upload = createPhotoUploader({ baseUrl: '/api', session: new FakeSession('old', 'new'), fetch });

    await expect(upload('/x', photo())).resolves.toEqual({ photoId: 'ph2' });
    expect((calls[1]!.init?.headers as Record<string, string>).Authorization).toBe('Bearer new');
  });

  it('ends the session when the token cannot be renewed', async () => {
    const session = new FakeSession('old', null);
    const { fetch } = fakeFetch([() => json(401, { title: 'Unauthorized', status: 401 })]);
    const upload = createPhotoUploader({ baseUrl: '/api', session, fetch });

    const error: unknown = await upload('/x', photo()).catch((failure: unknown) => failure);
    expect(isApiError(error, 401)).toBe(true);
    expect(session.expired).toBe(true);
  });

  it("rejects with the server's problem, its field errors kept", async () => {
    const { fetch } = fakeFetch([
      () =>
        json(
          400,
          {
            type: '/problems/validation',
            title: 'Invalid',
            status: 400,
            errors: [{ field: 'photo', message: 'Not a JPEG or PNG' }],
          },
          'application/problem+json',
        ),
    ]);
    const upload = createPhotoUploader({ baseUrl: '/api', session: new FakeSession('t1', null), fetch });

    const error: unknown = await upload('/x', photo()).catch((failure: unknown) => failure);
    expect(isApiError(error, 400) && error.problem.errors).toEqual([
      { field: 'photo', message: 'Not a JPEG or PNG' },
    ]);
  });
});

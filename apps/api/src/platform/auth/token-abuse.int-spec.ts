import { createHmac } from 'node:crypto';
import { Fixture, seedFixture, signIn } from '../../testing/fixture';
import { startTestApp, TEST_JWT_SECRET, TestApp } from '../../testing/test-app';

function b64(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function forge(header: object, claims: object, secret = TEST_JWT_SECRET, alg = 'sha256'): string {
  const body = `${b64(header)}.${b64(claims)}`;
  return `${body}.${createHmac(alg, secret).update(body).digest('base64url')}`;
}

describe('access token abuse', () => {
  let t: TestApp;
  let f: Fixture;
  let claims: Record<string, unknown>;

  beforeAll(async () => {
    t = await startTestApp();
    f = await seedFixture(t);
    const { token } = await signIn(t, 'senco@ashdown.test');
    claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
  });
  afterAll(() => t?.close());

  const now = () => Math.floor(Date.now() / 1000);
  const pupils = () => `/api/schools/${f.schoolA}/pupils`;

  it('accepts a correctly forged-by-us token (the control for the cases below)', async () => {
    const token = forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now(), exp: now() + 60 });
    expect((await t.http().get(pupils()).auth(token, { type: 'bearer' })).status).toBe(200);
  });

  it.each([
    ['alg none', () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, exp: now() + 60 })}.`],
    [
      'a wrong signature',
      () =>
        forge(
          { alg: 'HS256', typ: 'JWT' },
          { ...claims, exp: now() + 60 },
          'another-secret-another-secret-another',
        ),
    ],
    [
      'another HMAC algorithm',
      () => forge({ alg: 'HS512', typ: 'JWT' }, { ...claims, exp: now() + 60 }, TEST_JWT_SECRET, 'sha512'),
    ],
    [
      'an expired token',
      () => forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now() - 120, exp: now() - 60 }),
    ],
    [
      'a wrong audience',
      () => forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, aud: 'someone-else', exp: now() + 60 }),
    ],
    [
      'a wrong issuer',
      () => forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, iss: 'someone-else', exp: now() + 60 }),
    ],
    [
      'a session that does not exist',
      () =>
        forge(
          { alg: 'HS256', typ: 'JWT' },
          { ...claims, sid: '00000000-0000-4000-8000-000000000000', exp: now() + 60 },
        ),
    ],
    [
      'no session claim',
      () => forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, sid: undefined, exp: now() + 60 }),
    ],
    ['garbage', () => 'not.a.token'],
  ])('refuses %s with 401 problem details', async (_name, make) => {
    const res = await t.http().get(pupils()).auth(make(), { type: 'bearer' });
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('tells an expired token apart, so the app can refresh', async () => {
    const token = forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now() - 120, exp: now() - 60 });
    const res = await t.http().get('/api/me').auth(token, { type: 'bearer' });
    expect(res.body.type).toBe('/problems/token-expired');
  });

  it('refuses a request with no token', async () => {
    const res = await t.http().get(pupils());
    expect(res.status).toBe(401);
    expect(res.body.type).toBe('/problems/unauthenticated');
  });
});

import { Fixture, FIXTURE_PASSWORD, seedFixture, signIn } from '../../testing/fixture';
import { startTestApp, TestApp } from '../../testing/test-app';
import { LOGIN_LIMITS } from './login-throttle';

function refreshCookie(res: { headers: Record<string, unknown> }): string | undefined {
  const cookies = ([] as string[]).concat((res.headers['set-cookie'] as string[] | undefined) ?? []);
  return cookies.find((c) => c.startsWith('sr_refresh='));
}

describe('sign-in, refresh and sign-out', () => {
  let t: TestApp;
  let f: Fixture;

  beforeAll(async () => {
    t = await startTestApp();
    f = await seedFixture(t);
  });
  afterAll(() => t?.close());

  it('signs in with a short-lived bearer token and an httpOnly, Secure, SameSite refresh cookie', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'Senco@Ashdown.test', password: FIXTURE_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 900 });
    expect(res.headers['cache-control']).toBe('no-store');
    const cookie = refreshCookie(res)!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    const [, payload] = (res.body.accessToken as string).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    expect(claims.exp - claims.iat).toBe(900);
    expect(claims).toMatchObject({
      iss: 'send-register',
      aud: 'send-register-api',
      sub: f.users['senco@ashdown.test'],
    });
  });

  it('stores argon2id password hashes and refresh tokens only as hashes', async () => {
    const { cookie } = await signIn(t, 'head@ashdown.test');
    const token = cookie.split('=')[1]!;
    const [user] = await t.dataSource.query(
      `SELECT password_hash FROM users WHERE email = 'head@ashdown.test'`,
    );
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    const stored = await t.dataSource.query(
      `SELECT 1 FROM refresh_tokens WHERE encode(token_hash, 'escape') LIKE $1`,
      [`%${token}%`],
    );
    expect(stored).toHaveLength(0);
  });

  it('does not let the application role read password hashes in bulk', async () => {
    await expect(t.db.runAsUser(null, (m) => m.query(`SELECT password_hash FROM users`))).rejects.toThrow(
      /permission denied/,
    );
    const [own] = await t.db.runAsUser(null, (m) =>
      m.query(`SELECT id FROM app_password_hash('head@ashdown.test')`),
    );
    expect(own.id).toBe(f.users['head@ashdown.test']);
  });

  it('fails the same way whether or not the account exists', async () => {
    const wrong = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'teacher@ashdown.test', password: 'nope-nope' });
    const unknown = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'nobody@ashdown.test', password: 'nope-nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const strip = ({ requestId: _r, ...rest }: Record<string, unknown>) => rest;
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
    expect(refreshCookie(wrong)).toBeUndefined();
  });

  it('throttles an account after repeated failures, even for the right password, and whether or not it exists', async () => {
    for (const email of ['admin@ashdown.test', 'ghost@ashdown.test']) {
      for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
        const res = await t
          .http()
          .post('/api/auth/login')
          .send({ email, password: `wrong-${i}` });
        expect(res.status).toBe(401);
      }
      const blocked = await t.http().post('/api/auth/login').send({ email, password: FIXTURE_PASSWORD });
      expect(blocked.status).toBe(429);
      expect(blocked.headers['retry-after']).toBe(String(LOGIN_LIMITS.windowMinutes * 60));
      expect(blocked.body.type).toBe('/problems/too-many-attempts');
    }
    // Other accounts from the same address are not yet blocked.
    expect(
      (await t.http().post('/api/auth/login').send({ email: 'ta@ashdown.test', password: FIXTURE_PASSWORD }))
        .status,
    ).toBe(200);
  });

  it('throttles an address that tries many accounts', async () => {
    const ip = '203.0.113.9';
    const local = await startTestApp({});
    try {
      local.app.set('trust proxy', true);
      for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) {
        await local
          .http()
          .post('/api/auth/login')
          .set('X-Forwarded-For', ip)
          .send({ email: `p${i}@x.test`, password: 'x' });
      }
      const res = await local
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', ip)
        .send({ email: 'new@x.test', password: 'x' });
      expect(res.status).toBe(429);
      const elsewhere = await local
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', '203.0.113.10')
        .send({ email: 'new@x.test', password: 'x' });
      expect(elsewhere.status).toBe(401);
    } finally {
      await local.close();
    }
  });

  it('rotates the refresh token, and treats reuse of a spent one as theft: the whole session ends', async () => {
    const first = await signIn(t, 'teacher@ashdown.test');
    const r1 = await t.http().post('/api/auth/refresh').set('Cookie', first.cookie);
    expect(r1.status).toBe(200);
    const second = refreshCookie(r1)!.split(';')[0]!;
    expect(second).not.toBe(first.cookie);

    const reuse = await t.http().post('/api/auth/refresh').set('Cookie', first.cookie);
    expect(reuse.status).toBe(401);
    // The legitimate holder's newer token and access token are dead too.
    expect((await t.http().post('/api/auth/refresh').set('Cookie', second)).status).toBe(401);
    const me = await t.http().get('/api/me').auth(r1.body.accessToken, { type: 'bearer' });
    expect(me.status).toBe(401);
  });

  it('signs out: the refresh token and the access tokens of that session stop working', async () => {
    const session = await signIn(t, 'ta@ashdown.test');
    expect((await t.http().get('/api/me').auth(session.token, { type: 'bearer' })).status).toBe(200);
    const out = await t.http().post('/api/auth/logout').set('Cookie', session.cookie);
    expect(out.status).toBe(204);
    expect(refreshCookie(out)).toMatch(/sr_refresh=;/);
    expect((await t.http().post('/api/auth/refresh').set('Cookie', session.cookie)).status).toBe(401);
    expect((await t.http().get('/api/me').auth(session.token, { type: 'bearer' })).status).toBe(401);
  });

  it('refuses refresh without a cookie', async () => {
    const res = await t.http().post('/api/auth/refresh');
    expect(res.status).toBe(401);
    expect(res.body.type).toBe('/problems/token-expired');
  });

  it('describes the person with memberships, roles and grants', async () => {
    const { token } = await signIn(t, 'both@ashdown.test');
    const res = await t.http().get('/api/me').auth(token, { type: 'bearer' });
    expect(res.status).toBe(200);
    expect(res.body.email).toBe('both@ashdown.test');
    expect(
      res.body.schools.map((s: { schoolName: string; roles: string[] }) => [s.schoolName, s.roles]),
    ).toEqual([
      ['Ashdown Primary', ['senco']],
      ['Beacon School', ['teacher']],
    ]);
    expect(res.body.schools[1].grants['pupil.read']).toBe('own');
    expect(res.body.trusts).toEqual([]);
    const leader = await signIn(t, 'leader@trust.test');
    const leaderMe = await t.http().get('/api/me').auth(leader.token, { type: 'bearer' });
    expect(leaderMe.body.schools).toEqual([]);
    expect(leaderMe.body.trusts[0]).toMatchObject({ trustId: f.trustId, roles: ['trust_leader'] });
  });

  it('takes a removed membership into account on the very next request', async () => {
    const { token } = await signIn(t, 'head@ashdown.test');
    const url = `/api/schools/${f.schoolA}/pupils`;
    expect((await t.http().get(url).auth(token, { type: 'bearer' })).status).toBe(200);
    const head = f.users['head@ashdown.test'];
    await t.dataSource.query(`DELETE FROM memberships WHERE user_id = $1`, [head]);
    expect((await t.http().get(url).auth(token, { type: 'bearer' })).status).toBe(404);
    await t.dataSource.query(
      `INSERT INTO memberships (school_id, user_id, roles) VALUES ($1, $2, '{head}')`,
      [f.schoolA, head],
    );
    expect((await t.http().get(url).auth(token, { type: 'bearer' })).status).toBe(200);
  });

  it('takes a disabled account into account on the very next request', async () => {
    const { token, cookie } = await signIn(t, 'teacher@beacon.test');
    expect((await t.http().get('/api/me').auth(token, { type: 'bearer' })).status).toBe(200);
    await t.dataSource.query(`UPDATE users SET disabled_at = now() WHERE email = 'teacher@beacon.test'`);
    expect((await t.http().get('/api/me').auth(token, { type: 'bearer' })).status).toBe(401);
    expect((await t.http().post('/api/auth/refresh').set('Cookie', cookie)).status).toBe(401);
    const again = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'teacher@beacon.test', password: FIXTURE_PASSWORD });
    expect(again.status).toBe(401);
  });
});

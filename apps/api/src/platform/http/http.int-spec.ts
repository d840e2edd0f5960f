import { Fixture, seedFixture, signIn } from '../../testing/fixture';
import { startTestApp, TestApp } from '../../testing/test-app';

describe('HTTP conventions', () => {
  let t: TestApp;
  let f: Fixture;
  let senco: string;

  beforeAll(async () => {
    t = await startTestApp();
    f = await seedFixture(t);
    senco = (await signIn(t, 'senco@ashdown.test')).token;
  });
  afterAll(() => t?.close());

  function expectProblem(
    res: { status: number; headers: Record<string, string>; body: Record<string, unknown>; text: string },
    status: number,
  ) {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ type: expect.any(String), title: expect.any(String), status });
    expect(res.text).not.toMatch(/at .*\.(js|ts):\d+|SELECT|INSERT|node_modules/);
  }

  it('answers liveness and readiness', async () => {
    expect((await t.http().get('/api/health')).body).toEqual({ status: 'ok' });
    expect((await t.http().get('/api/health/ready')).body).toEqual({ status: 'ready' });
  });

  it('answers unknown API routes with a 404 problem', async () => {
    expectProblem(await t.http().get('/api/no-such-thing'), 404);
    expectProblem(await t.http().delete('/api/me'), 404);
  });

  it('answers an oversized body with a 413 problem, before any work is done', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.test', password: 'x'.repeat(1_200_000) }));
    expectProblem(res, 413);
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .set('content-type', 'application/json')
      .send('{"email": ');
    expectProblem(res, 400);
  });

  it('validates field by field, refusing unknown fields', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'not-an-email', password: '', role: 'head' });
    expectProblem(res, 400);
    expect(res.body.type).toBe('/problems/validation');
    const fields = (res.body.errors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['email', 'password', 'role']);
  });

  it('does not convert types implicitly: a number where a string belongs is an error', async () => {
    const res = await t.http().post('/api/auth/login').send({ email: 'a@b.test', password: 12345678 });
    expectProblem(res, 400);
    expect(res.body.errors).toEqual([{ field: 'password', message: expect.any(String) }]);
  });

  it('validates list paging: pageSize has a maximum of 200', async () => {
    const res = await t
      .http()
      .get(`/api/schools/${f.schoolA}/pupils?pageSize=201`)
      .auth(senco, { type: 'bearer' });
    expectProblem(res, 400);
    expect(res.body.errors).toEqual([{ field: 'pageSize', message: 'pageSize must be 200 or fewer' }]);
    const unknown = await t
      .http()
      .get(`/api/schools/${f.schoolA}/pupils?schoolId=${f.schoolB}`)
      .auth(senco, { type: 'bearer' });
    expectProblem(unknown, 400);
  });

  it('echoes a well-formed request id and makes one up otherwise', async () => {
    const given = await t.http().get('/api/health').set('X-Request-Id', 'req-12345678');
    expect(given.headers['x-request-id']).toBe('req-12345678');
    const bad = await t.http().get('/api/health').set('X-Request-Id', 'bad id with spaces <script>');
    expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const problem = await t.http().get('/api/nothing').set('X-Request-Id', 'req-abcdefgh');
    expect(problem.body.requestId).toBe('req-abcdefgh');
  });

  it('sends security headers with a content security policy', async () => {
    const res = await t.http().get('/api/health');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('publishes an OpenAPI document generated from the code, and its UI', async () => {
    const doc = await t.http().get('/api/docs-json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/me',
        '/api/schools/{schoolId}/pupils',
        '/api/schools/{schoolId}/pupils/{pupilId}',
      ]),
    );
    const ui = await t.http().get('/api/docs/');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger-ui');
  });
});

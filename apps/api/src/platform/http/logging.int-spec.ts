import { Fixture, seedFixture, signIn } from '../../testing/fixture';
import { startTestApp, TestApp } from '../../testing/test-app';

describe('request logs', () => {
  let t: TestApp;
  let f: Fixture;
  let lines: string[] = [];
  let restore: () => void;

  beforeAll(async () => {
    // pino writes JSON lines to stdout: capture them (and keep them off the test output).
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string | Uint8Array) => {
      lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
      return true;
    }) as typeof process.stdout.write;
    restore = () => (process.stdout.write = write);
    t = await startTestApp({ LOG_LEVEL: 'info' });
    f = await seedFixture(t);
  });
  afterAll(async () => {
    restore?.();
    await t?.close();
  });

  it('log each request with its id, method, path and status, and nothing of the pupil, the query or the token', async () => {
    lines = [];
    const { token, cookie } = await signIn(t, 'senco@ashdown.test');
    await t
      .http()
      .get(`/api/schools/${f.schoolA}/pupils?q=Archer`)
      .set('X-Request-Id', 'req-logged-0001')
      .auth(token, { type: 'bearer' })
      .expect(200);
    await t.http().post('/api/auth/refresh').set('Cookie', cookie).expect(200);
    await new Promise((r) => setTimeout(r, 50));
    const output = lines.join('');
    const entry = lines
      .flatMap((chunk) => chunk.split('\n').filter(Boolean))
      .map((l) => JSON.parse(l))
      .find((l) => l.req?.id === 'req-logged-0001');
    expect(entry).toMatchObject({
      req: { method: 'GET', path: `/api/schools/${f.schoolA}/pupils` },
      res: { statusCode: 200 },
    });
    expect(output).not.toContain('Archer');
    expect(output).not.toContain('q=');
    expect(output).not.toContain(token);
    expect(output).not.toContain(cookie.split('=')[1]!);
    expect(output).not.toContain('Fixture-Password-1');
    expect(output).not.toMatch(/authorization|cookie/i);
  });
});

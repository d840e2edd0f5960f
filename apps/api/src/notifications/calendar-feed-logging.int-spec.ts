import { Fixture, seedFixture, signIn } from '../testing/fixture';
import { startTestApp, TestApp } from '../testing/test-app';

/**
 * A feed's address holds its only credential, so the request log must never hold it: the request
 * logger (platform/http/logging.ts) writes a calendar path as /api/calendar/[redacted].
 */
describe('calendar feed request logs', () => {
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
    t = await startTestApp({ LOG_LEVEL: 'info', PUBLIC_URL: 'https://send.example' });
    f = await seedFixture(t);
  });
  afterAll(async () => {
    restore?.();
    await t?.close();
  });

  it('logs a feed request without its token, found or not', async () => {
    const { token } = await signIn(t, 'senco@ashdown.test');
    const created = await t
      .http()
      .post(`/api/schools/${f.schoolA}/calendar-feed`)
      .auth(token, { type: 'bearer' })
      .expect(201);
    const path = (created.body.url as string).slice('https://send.example'.length);
    const secret = /\/api\/calendar\/(.+)\.ics$/.exec(path)![1]!;
    lines = [];
    await t.http().get(path).set('X-Request-Id', 'req-feed-found-01').expect(200);
    const unknown = 'B'.repeat(43);
    await t
      .http()
      .get(`/api/calendar/${unknown}.ics?x=1`)
      .set('X-Request-Id', 'req-feed-unknown-01')
      .expect(404);
    await new Promise((r) => setTimeout(r, 50));
    const output = lines.join('');
    const entries = lines
      .flatMap((chunk) => chunk.split('\n').filter(Boolean))
      .map((l) => JSON.parse(l) as { req?: { id?: string; path?: string }; res?: { statusCode?: number } });
    const found = entries.find((e) => e.req?.id === 'req-feed-found-01');
    const missing = entries.find((e) => e.req?.id === 'req-feed-unknown-01');
    const redacted = expect.stringMatching(/^\/api\/calendar\/\[redacted\]/);
    expect(found).toMatchObject({ req: { path: redacted }, res: { statusCode: 200 } });
    expect(missing).toMatchObject({ req: { path: redacted }, res: { statusCode: 404 } });
    expect(output).not.toContain(secret);
    expect(output).not.toContain(unknown);
  });
});

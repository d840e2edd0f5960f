import { buildDemoTrust } from './demo-trust';
import { seedDemo } from './seed-demo';
import { startTestApp, TestApp } from '../testing/test-app';
import { seedFixture } from '../testing/fixture';

describe('demo seeding', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('seeds the whole trust once, then does nothing on the next start', async () => {
    expect(await seedDemo(t.dataSource, t.db, 'Demo-Password-1', buildDemoTrust())).toBe('seeded');
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM schools)::int AS schools, (SELECT count(*) FROM pupils)::int AS pupils,
              (SELECT count(*) FROM users WHERE password_hash IS NOT NULL)::int AS accounts`,
    );
    expect(counts.schools).toBe(2);
    expect(counts.pupils).toBeGreaterThan(1450);
    expect(counts.accounts).toBe(7);
    const [sen] = await t.dataSource.query(
      `SELECT (SELECT count(DISTINCT pupil_id) FROM sen_status_history)::int AS with_history,
              (SELECT count(*) FROM pupil_needs)::int AS needs, (SELECT count(*) FROM concerns WHERE status = 'open')::int AS open`,
    );
    expect(sen.with_history).toBeGreaterThan(250);
    expect(sen.needs).toBeGreaterThan(200);
    expect(sen.open).toBe(5);
    expect(await seedDemo(t.dataSource, t.db, 'Demo-Password-1', buildDemoTrust())).toBe('already-seeded');
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'senco@oakfield.example', password: 'Demo-Password-1' });
    expect(login.status).toBe(200);
  });

  it('refuses a database that holds other data', async () => {
    const other = await startTestApp();
    try {
      await seedFixture(other);
      await expect(seedDemo(other.dataSource, other.db, 'x', buildDemoTrust())).rejects.toThrow(
        /already holds other/,
      );
      const [row] = await other.dataSource.query(`SELECT count(*)::int AS n FROM schools`);
      expect(row.n).toBe(2);
    } finally {
      await other.close();
    }
  });
});

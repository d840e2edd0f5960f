import { schoolToday } from '../register/register-query';
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

  const trust = buildDemoTrust();

  it('seeds the whole trust once, then does nothing on the next start', async () => {
    expect(await seedDemo(t.dataSource, t.db, 'Demo-Password-1', trust)).toBe('seeded');
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

  it('writes the provision map of each school as generated, with sessions only before today', async () => {
    // Seeds the same trust unless the first test already has.
    expect(['seeded', 'already-seeded']).toContain(
      await seedDemo(t.dataSource, t.db, 'Demo-Password-1', trust),
    );
    const rows: Record<string, number | string>[] = await t.dataSource.query(
      `SELECT s.name,
              (SELECT count(*) FROM interventions i WHERE i.school_id = s.id)::int AS interventions,
              (SELECT count(*) FROM staff_rates r WHERE r.school_id = s.id)::int AS rates,
              (SELECT count(*) FROM provisions p WHERE p.school_id = s.id)::int AS provisions,
              (SELECT count(*) FROM provision_staff p WHERE p.school_id = s.id)::int AS staff,
              (SELECT count(*) FROM provision_pupils p WHERE p.school_id = s.id)::int AS places,
              (SELECT count(*) FROM provision_pupils p WHERE p.school_id = s.id AND p.exit_score IS NOT NULL)::int AS exits,
              (SELECT count(*) FROM provision_sessions p WHERE p.school_id = s.id)::int AS sessions,
              (SELECT count(*) FROM provision_sessions p WHERE p.school_id = s.id AND p.status = 'cancelled')::int AS cancelled,
              (SELECT count(*) FROM session_attendance a WHERE a.school_id = s.id)::int AS attendance,
              (SELECT to_char(max(held_on), 'YYYY-MM-DD') FROM provision_sessions p WHERE p.school_id = s.id) AS last
         FROM schools s ORDER BY s.name`,
    );
    const today = schoolToday();
    for (const school of trust.schools) {
      const map = school.provision!;
      const sessions = map.provisions.flatMap((p) => p.sessions);
      const row = rows.find((r) => r.name === school.name)!;
      expect(row).toEqual({
        name: school.name,
        interventions: map.interventions.length,
        rates: map.rates.length,
        provisions: map.provisions.length,
        staff: map.provisions.reduce((n, p) => n + p.staff.length, 0),
        places: map.provisions.reduce((n, p) => n + p.places.length, 0),
        exits: map.provisions.reduce((n, p) => n + p.places.filter((x) => x.exitScore !== null).length, 0),
        sessions: sessions.length,
        cancelled: sessions.filter((s) => s.status === 'cancelled').length,
        attendance: sessions.reduce((n, s) => n + s.attendance.length, 0),
        last: sessions.length
          ? sessions
              .map((s) => s.heldOn)
              .sort()
              .at(-1)
          : null,
      });
      if (row.last) expect(String(row.last) < today).toBe(true);
    }
    // The demo TA's running groups, as the database sees them in Oakfield's scope.
    const [oakfield] = await t.dataSource.query(`SELECT id FROM schools WHERE urn = '990401'`);
    const groups = await t.db.run({ schoolId: oakfield.id, userId: null }, (m) =>
      m.query(
        `SELECT p.name, p.weekdays FROM provisions p
           JOIN provision_staff ps ON ps.school_id = p.school_id AND ps.provision_id = p.id
           JOIN users u ON u.id = ps.user_id
          WHERE u.email = 'ta@oakfield.example' AND p.start_date <= $1 AND p.end_date >= $1`,
        [today],
      ),
    );
    expect(groups.length).toBeGreaterThanOrEqual(3);
    expect(groups.some((g: { weekdays: number[] }) => g.weekdays.length === 5)).toBe(true);
  });
});

import { Fixture, seedFixture, signIn } from '../../testing/fixture';
import { startTestApp, TestApp } from '../../testing/test-app';
import { APP_ROLE } from './db-context';

describe('tenant isolation by row-level security', () => {
  let t: TestApp;
  let f: Fixture;

  beforeAll(async () => {
    t = await startTestApp();
    f = await seedFixture(t);
  });
  afterAll(() => t?.close());

  it('has forced row-level security with a policy on every table that has school_id', async () => {
    const tables: { table: string; rls: boolean; forced: boolean; policies: number }[] = await t.dataSource
      .query(`
      SELECT c.relname AS table, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
             (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'school_id'
                     AND NOT a.attisdropped)
       ORDER BY 1`);
    expect(tables.length).toBeGreaterThanOrEqual(4);
    const unprotected = tables
      .filter((row) => !row.rls || !row.forced || row.policies === 0)
      .map((row) => row.table);
    expect(unprotected).toEqual([]);
  });

  it('keys every tenant table by (school_id, ...) and refers between tenant tables with school_id', async () => {
    const badKeys: { table: string }[] = await t.dataSource.query(`
      SELECT c.relname AS table
        FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
       WHERE k.contype = 'p' AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'school_id')
         AND (SELECT attname FROM pg_attribute WHERE attrelid = c.oid AND attnum = k.conkey[1]) <> 'school_id'`);
    expect(badKeys).toEqual([]);
    const badForeignKeys: { name: string }[] = await t.dataSource.query(`
      SELECT k.conname AS name
        FROM pg_constraint k
       WHERE k.contype = 'f'
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = k.conrelid AND a.attname = 'school_id')
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = k.confrelid AND a.attname = 'school_id')
         AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
                         AND a.attname = 'school_id')`);
    expect(badForeignKeys).toEqual([]);
  });

  it('runs request queries as a role that is not superuser, not BYPASSRLS and owns no table', async () => {
    const [row] = await t.db.run({ schoolId: f.schoolA, userId: null }, (m) =>
      m.query(`SELECT current_user AS role, r.rolsuper AS super, r.rolbypassrls AS bypass,
                      (SELECT count(*)::int FROM pg_tables WHERE tableowner = current_user) AS owned
                 FROM pg_roles r WHERE r.rolname = current_user`),
    );
    expect(row).toEqual({ role: APP_ROLE, super: false, bypass: false, owned: 0 });
  });

  it("shows none of school B's rows inside school A's transaction, and refuses to write them", async () => {
    const seen = await t.db.run({ schoolId: f.schoolA, userId: null }, async (m) => {
      const [counts] = await m.query(
        `SELECT (SELECT count(*) FROM pupils WHERE school_id = $1)::int AS b_pupils,
                (SELECT count(*) FROM pupils)::int AS all_pupils,
                (SELECT count(*) FROM classes WHERE school_id = $1)::int AS b_classes,
                (SELECT count(*) FROM memberships WHERE school_id = $1)::int AS b_memberships,
                (SELECT count(*) FROM schools WHERE id = $1)::int AS b_school`,
        [f.schoolB],
      );
      return counts;
    });
    expect(seen).toEqual({ b_pupils: 0, all_pupils: 7, b_classes: 0, b_memberships: 0, b_school: 0 });

    await expect(
      t.db.run({ schoolId: f.schoolA, userId: null }, (m) =>
        m.query(
          `INSERT INTO pupils (school_id, upn, legal_forename, legal_surname, date_of_birth, gender, year_group)
           VALUES ($1, 'A999400225999', 'X', 'Y', '2015-01-01', 'F', '7')`,
          [f.schoolB],
        ),
      ),
    ).rejects.toThrow(/row-level security/);

    const updated = await t.db.run({ schoolId: f.schoolA, userId: null }, (m) =>
      m.query(`UPDATE pupils SET legal_surname = 'Changed' WHERE id = $1`, [f.pupils.Hana]),
    );
    expect(updated[1]).toBe(0);
  });

  it('sees nothing at all when no school is set: missing context fails closed', async () => {
    const [row] = await t.db.run({ schoolId: null, userId: null }, (m) =>
      m.query(`SELECT (SELECT count(*) FROM pupils)::int AS pupils, (SELECT count(*) FROM classes)::int AS classes,
                      (SELECT count(*) FROM schools)::int AS schools`),
    );
    expect(row).toEqual({ pupils: 0, classes: 0, schools: 0 });
  });

  it('does not leak the school setting through the pool to the next transaction', async () => {
    await t.db.run({ schoolId: f.schoolA, userId: f.users['senco@ashdown.test']! }, (m) =>
      m.query('SELECT 1'),
    );
    // The next use of a pooled connection, outside any scoped transaction, sees neither setting nor role.
    const [row] = await t.dataSource.query(
      `SELECT current_setting('app.current_school', true) AS school, current_setting('app.current_user', true) AS person,
              current_user AS role`,
    );
    expect(row.school ?? '').toBe('');
    expect(row.person ?? '').toBe('');
    expect(row.role).not.toBe(APP_ROLE);
  });

  describe('over HTTP', () => {
    let senco: string;
    beforeAll(async () => {
      senco = (await signIn(t, 'senco@ashdown.test')).token;
    });

    it("answers 404 when school A's SENCO asks for school B", async () => {
      const res = await t.http().get(`/api/schools/${f.schoolB}/pupils`).auth(senco, { type: 'bearer' });
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    });

    it("answers 404 for school B's pupil under school A's path, the same as a pupil that does not exist", async () => {
      const other = await t
        .http()
        .get(`/api/schools/${f.schoolA}/pupils/${f.pupils.Hana}`)
        .auth(senco, { type: 'bearer' });
      const missing = await t
        .http()
        .get(`/api/schools/${f.schoolA}/pupils/00000000-0000-4000-8000-000000000000`)
        .auth(senco, { type: 'bearer' });
      expect(other.status).toBe(404);
      expect(missing.status).toBe(404);
      const strip = ({ requestId: _r, ...rest }: Record<string, unknown>) => rest;
      expect(strip(other.body)).toEqual(strip(missing.body));
    });

    it("lists only school A's pupils to school A's SENCO", async () => {
      const res = await t.http().get(`/api/schools/${f.schoolA}/pupils`).auth(senco, { type: 'bearer' });
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(7);
      expect(res.body.items.map((p: { legalForename: string }) => p.legalForename)).not.toContain('Hana');
    });

    it('lets a person in both schools see each school only under its own path and role', async () => {
      const both = (await signIn(t, 'both@ashdown.test')).token;
      const a = await t.http().get(`/api/schools/${f.schoolA}/pupils`).auth(both, { type: 'bearer' });
      const b = await t.http().get(`/api/schools/${f.schoolB}/pupils`).auth(both, { type: 'bearer' });
      expect(a.body.total).toBe(7);
      expect(b.body.total).toBe(3);
      // At Beacon they are a teacher: staff lists are not theirs there.
      const staffB = await t.http().get(`/api/schools/${f.schoolB}/classes`).auth(both, { type: 'bearer' });
      expect(staffB.status).toBe(403);
    });
  });
});

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource } from '../database/data-source';
import { runMigrations } from '../database/migrate';

/**
 * Deployments may run the service as a role that is not a superuser (README: "superuser, or
 * CREATEROLE"). Row-level security is forced, so it binds the owner too: the SECURITY DEFINER
 * lookups the jobs and calendar feeds use must still find their rows when the owner is an ordinary
 * role. Needs a real server (embedded PostgreSQL has only its superuser).
 */
const serverUrl = process.env.DATABASE_URL;
const describeOnServer = serverUrl ? describe : describe.skip;

describeOnServer('a database owned by a role that is not a superuser', () => {
  const suffix = randomBytes(5).toString('hex');
  const owner = `sendreg_owner_${suffix}`;
  const database = `sendreg_owned_${suffix}`;
  let ownerUrl: string;

  async function asAdmin(sql: string): Promise<void> {
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  }

  beforeAll(async () => {
    await asAdmin(`CREATE ROLE ${owner} LOGIN CREATEROLE`);
    await asAdmin(`CREATE DATABASE ${database} OWNER ${owner}`);
    const url = new URL(serverUrl!);
    url.username = owner;
    url.password = '';
    url.pathname = `/${database}`;
    ownerUrl = url.toString();
    const dataSource = createDataSource({ url: ownerUrl, poolSize: 1 });
    await dataSource.initialize();
    try {
      await runMigrations(dataSource);
    } finally {
      await dataSource.destroy();
    }
  });

  afterAll(async () => {
    await asAdmin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await asAdmin(`DROP OWNED BY ${owner} CASCADE`).catch(() => undefined);
    await asAdmin(`DROP ROLE IF EXISTS ${owner}`);
  });

  it('lets the jobs find every school, and a calendar feed find its owner, as the application role', async () => {
    const client = new Client({ connectionString: ownerUrl });
    await client.connect();
    try {
      const schoolId = randomUUID();
      const token = createHash('sha256').update(randomBytes(32)).digest();
      const [{ id: userId }] = (
        await client.query<{ id: string }>(
          `INSERT INTO users (email, display_name, password_hash) VALUES ($1, 'Owner Test', 'x') RETURNING id`,
          [`owner-test-${suffix}@example.test`],
        )
      ).rows as [{ id: string }];

      // As the application does: in a transaction, as send_app, in the school's (and person's) scope.
      await client.query('BEGIN');
      await client.query(
        `SELECT set_config('role', 'send_app', true), set_config('app.current_school', $1, true),
                set_config('app.current_user', $2, true)`,
        [schoolId, userId],
      );
      await client.query(`INSERT INTO schools (id, name, phase) VALUES ($1, 'Owned School', 'primary')`, [
        schoolId,
      ]);
      await client.query(`INSERT INTO calendar_feeds (school_id, token_hash, user_id) VALUES ($1, $2, $3)`, [
        schoolId,
        token,
        userId,
      ]);
      await client.query('COMMIT');

      // A job and a calendar app have no school in scope.
      await client.query('BEGIN');
      await client.query(`SELECT set_config('role', 'send_app', true)`);
      const schools = await client.query<{ id: string }>(`SELECT id FROM app_school_ids() AS id`);
      const feed = await client.query<{ school_id: string; user_id: string }>(
        `SELECT * FROM app_calendar_feed($1)`,
        [token],
      );
      const direct = await client.query(`SELECT 1 FROM calendar_feeds`);
      await client.query('COMMIT');

      expect(schools.rows.map((r) => r.id)).toEqual([schoolId]);
      expect(feed.rows).toEqual([{ school_id: schoolId, user_id: userId }]);
      // The application role itself still sees nothing outside its scope.
      expect(direct.rows).toEqual([]);
    } finally {
      await client.end();
    }
  });

  // The trust summary's one-statement read of its schools' snapshots (app_trust_school_measures(),
  // SECURITY DEFINER) must still find them, or every trust summary would compute every school afresh.
  it("lets a trust's member read its schools' snapshots, and the application role none directly", async () => {
    const client = new Client({ connectionString: ownerUrl });
    await client.connect();
    try {
      const one = <T>(sql: string, params: unknown[] = []) =>
        client.query(sql, params).then((r) => r.rows[0] as T);
      // Platform rows the owner may write (schools are under row-level security, as below).
      const trust = await one<{ id: string }>(
        `INSERT INTO trusts (name) VALUES ('Owned Trust') RETURNING id`,
      );
      const leader = await one<{ id: string }>(
        `INSERT INTO users (email, display_name, password_hash) VALUES ($1, 'Owned Leader', 'x') RETURNING id`,
        [`measures-owner-${suffix}@example.test`],
      );
      await client.query(
        `INSERT INTO trust_memberships (trust_id, user_id, roles) VALUES ($1, $2, '{trust_leader}')`,
        [trust.id, leader.id],
      );

      // The school and its snapshot, as the application writes them: as send_app, in the school's scope.
      const schoolId = randomUUID();
      await client.query('BEGIN');
      await client.query(
        `SELECT set_config('role', 'send_app', true), set_config('app.current_school', $1, true)`,
        [schoolId],
      );
      await client.query(
        `INSERT INTO schools (id, trust_id, name, phase) VALUES ($1, $2, 'Owned School', 'primary')`,
        [schoolId, trust.id],
      );
      await client.query(
        `INSERT INTO school_measures (school_id, measures, as_at) VALUES ($1, '{"onRoll": 12}', '2026-03-02')`,
        [schoolId],
      );
      await client.query('COMMIT');

      // The trust leader belongs to no school.
      await client.query('BEGIN');
      await client.query(
        `SELECT set_config('role', 'send_app', true), set_config('app.current_user', $1, true)`,
        [leader.id],
      );
      const read = await client.query(
        `SELECT school_id, measures FROM app_trust_school_measures($1, '2026-03-02')`,
        [trust.id],
      );
      const direct = await client.query(`SELECT 1 FROM school_measures`);
      await client.query('COMMIT');

      expect(read.rows).toEqual([{ school_id: schoolId, measures: { onRoll: 12 } }]);
      expect(direct.rows).toEqual([]);
    } finally {
      await client.end();
    }
  });
});

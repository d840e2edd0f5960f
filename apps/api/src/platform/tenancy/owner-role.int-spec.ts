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
});

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { prepareService, RunningService } from '../../bootstrap';
import { loadConfig } from '../config/app-config';
import { startTestApp, TestApp } from '../../testing/test-app';

const SQL = `SELECT count(*)::int AS n FROM need_types WHERE code = $1`;

/** Drops the pool's connection, so the next query opens a new one. */
async function reconnect(dataSource: DataSource): Promise<void> {
  const pool = (dataSource.driver as PostgresDriver).master as {
    connect(): Promise<{ release(destroy?: boolean): void }>;
  };
  const client = await pool.connect();
  client.release(true);
  // The embedded socket serves one connection at a time: let it see this one closed.
  await new Promise((resolve) => setTimeout(resolve, 300));
}

const describeOnServer = process.env.DATABASE_URL ? describe : describe.skip;

describeOnServer('statements prepared once per connection, on a PostgreSQL server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('prepares a parameterised statement by name and reuses it, across reconnections too', async () => {
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await t.dataSource.query(SQL, ['ASD']));
    await reconnect(t.dataSource);
    answers.push(await t.dataSource.query(SQL, ['ASD']));
    expect(answers).toEqual(Array(4).fill([{ n: 1 }]));
    const prepared = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = $1`,
      [SQL],
    );
    expect(prepared).toEqual([{ n: 1 }]);
  });
});

describe('embedded PostgreSQL, one session behind every connection', () => {
  let service: RunningService;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sendreg-embedded-'));
  beforeAll(async () => {
    service = await prepareService(
      loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, SEED_DEMO: 'false', MIGRATE_ON_START: 'true' }),
    );
  });
  afterAll(async () => {
    await service?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps answering after the pool opens a new connection (no statement prepared twice)', async () => {
    const dataSource = service.app.get(DataSource);
    expect(await dataSource.query(SQL, ['ASD'])).toEqual([{ n: 1 }]);
    await reconnect(dataSource);
    expect(await dataSource.query(SQL, ['ASD'])).toEqual([{ n: 1 }]);
  });
});

import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../app.factory';
import { withoutPreparedStatements } from '../bootstrap';
import { AppConfig, loadConfig } from '../platform/config/app-config';
import { runMigrations } from '../platform/database/migrate';
import { DbContext } from '../platform/tenancy/db-context';
import { createTestDatabase, TestDatabase } from './test-database';

export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  db: DbContext;
  dataSource: DataSource;
  database: TestDatabase;
  http(): ReturnType<typeof request>;
  close(): Promise<void>;
}

/** The real application over real HTTP on a fresh, migrated database. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    WEB_DIST_DIR: '/nonexistent',
    ...env,
  });
  const app = await createApp(
    database.embedded ? withoutPreparedStatements(config) : config,
    database.url,
    database.embedded ? 1 : 4,
  );
  const dataSource = app.get(DataSource);
  await runMigrations(dataSource);
  await app.listen(0, '127.0.0.1');
  return {
    app,
    config,
    db: app.get(DbContext),
    dataSource,
    database,
    http: () => request(app.getHttpServer()),
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

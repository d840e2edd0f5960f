import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createApp } from './app.factory';
import { buildDemoTrust, demoAccounts } from './demo/demo-trust';
import { seedDemo, SeedOutcome } from './demo/seed-demo';
import type { AppConfig } from './platform/config/app-config';
import { EmbeddedPostgres, startEmbeddedPostgres } from './platform/database/embedded-postgres';
import { runMigrations } from './platform/database/migrate';
import { DbContext } from './platform/tenancy/db-context';
import { schoolToday } from './register/register-query';
import { DigestService } from './reviews/digest.service';

export interface RunningService {
  app: NestExpressApplication;
  databaseUrl: string;
  embedded: EmbeddedPostgres | null;
  migrationsApplied: string[];
  seed: SeedOutcome | 'skipped';
  stop(): Promise<void>;
}

/**
 * Everything `npm start` does before listening: choose the database (DATABASE_URL, or embedded
 * PostgreSQL in DATA_DIR), apply migrations where wanted, seed the demo trust where wanted.
 */
export async function prepareService(config: AppConfig): Promise<RunningService> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir);
  const databaseUrl = config.databaseUrl ?? (embedded as EmbeddedPostgres).url;
  // PGlite is one session: one pooled connection. A real server gets a real pool.
  const poolSize = embedded ? 1 : config.databasePoolSize;
  // PGlite is also one backend session behind every connection the pool opens: a statement prepared
  // on a connection the pool has since closed would still be there, and preparing it again would fail.
  const app = await createApp(embedded ? withoutPreparedStatements(config) : config, databaseUrl, poolSize);
  const migrationsApplied = config.migrateOnStart ? await runMigrations(app.get(DataSource)) : [];
  let seed: SeedOutcome | 'skipped' = 'skipped';
  if (config.seedDemo)
    seed = await seedDemo(app.get(DataSource), app.get(DbContext), config.demoPassword, buildDemoTrust());
  // A freshly seeded demo shows a morning's notifications at once, whatever the hour: today's review
  // digests are written now (the scheduled job finds them written and adds nothing).
  if (seed === 'seeded') await app.get(DigestService).runAll(schoolToday());
  // Embedded PostgreSQL runs no autovacuum: refresh the planner's statistics at each start instead.
  if (embedded && seed !== 'seeded') await app.get(DataSource).query('ANALYZE');
  return {
    app,
    databaseUrl,
    embedded,
    migrationsApplied,
    seed,
    async stop() {
      await app.close();
      await embedded?.stop();
    },
  };
}

export function startupBanner(config: AppConfig, service: RunningService): string {
  const lines = [
    '',
    `  SEND Register is ready at http://localhost:${config.port}/`,
    `  API docs: http://localhost:${config.port}/api/docs`,
    `  Database: ${service.embedded ? `embedded PostgreSQL (PGlite) in ${config.dataDir}` : 'PostgreSQL from DATABASE_URL'}`,
  ];
  if (service.seed !== 'skipped') {
    lines.push('', `  Demo accounts (password from DEMO_PASSWORD, default Demo-Password-1):`);
    for (const account of demoAccounts(buildDemoTrust())) {
      lines.push(`    ${account.email.padEnd(28)} ${account.roles.padEnd(14)} ${account.school}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** The configuration for embedded PostgreSQL, where prepared statements are off (see above). */
export function withoutPreparedStatements(config: AppConfig): AppConfig {
  return { ...config, databasePreparedStatements: false };
}

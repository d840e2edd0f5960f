import 'reflect-metadata';
import { createDataSource } from '../platform/database/data-source';
import { runMigrations } from '../platform/database/migrate';

/** `npm run migrate`: applies pending migrations to the PostgreSQL server at DATABASE_URL. */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      'Set DATABASE_URL to the PostgreSQL server to migrate (embedded mode migrates at start).',
    );
  const dataSource = await createDataSource({ url, poolSize: 1 }).initialize();
  const applied = await runMigrations(dataSource).finally(() => dataSource.destroy());
  process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'The schema is up to date.\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

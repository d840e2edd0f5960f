import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDemoTrust } from '../demo/demo-trust';
import { seedDemo } from '../demo/seed-demo';
import { createDataSource } from '../platform/database/data-source';
import { DbContext } from '../platform/tenancy/db-context';

/** `npm run seed:demo`: seeds the demo trust into the (migrated, empty) database at DATABASE_URL. */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error('Set DATABASE_URL (embedded mode seeds the demo trust on first start by itself).');
  const dataSource: DataSource = createDataSource({ url, poolSize: 2 });
  await dataSource.initialize();
  try {
    const outcome = await seedDemo(
      dataSource,
      new DbContext(dataSource),
      process.env.DEMO_PASSWORD || 'Demo-Password-1',
      buildDemoTrust(),
    );
    process.stdout.write(
      outcome === 'seeded' ? 'Demo trust seeded.\n' : 'The demo trust is already there.\n',
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

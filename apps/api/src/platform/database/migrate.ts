import type { DataSource } from 'typeorm';

/** Applies pending migrations, each in its own transaction, as the connecting (owner) role. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}

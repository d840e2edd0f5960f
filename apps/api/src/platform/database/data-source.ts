import { DataSource, DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@sendreg/migrations';
import { ENTITIES } from './entities';
import { PreparingClient } from './prepared-statements';
import { SqlTraceLogger } from './sql-trace';

export interface DataSourceSettings {
  url: string;
  poolSize: number;
  /** Statement timeout per connection, so one bad query cannot hold a connection for ever. */
  statementTimeoutMs?: number;
  /** Benchmark only: append every statement and its parameters to this file (see sql-trace.ts). */
  sqlTraceFile?: string | null;
  /** Prepare each parameterised statement once per connection (prepared-statements.ts); default on. */
  preparedStatements?: boolean;
}

export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    ...(settings.sqlTraceFile ? { logger: new SqlTraceLogger(settings.sqlTraceFile) } : {}),
    extra: {
      max: settings.poolSize,
      statement_timeout: settings.statementTimeoutMs ?? 30_000,
      application_name: 'send-register',
      ...(settings.preparedStatements === false ? {} : { Client: PreparingClient }),
    },
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}

import { DataSource, DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@sendreg/migrations';
import { ENTITIES } from './entities';

export interface DataSourceSettings {
  url: string;
  poolSize: number;
  /** Statement timeout per connection, so one bad query cannot hold a connection for ever. */
  statementTimeoutMs?: number;
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
    extra: {
      max: settings.poolSize,
      statement_timeout: settings.statementTimeoutMs ?? 30_000,
      application_name: 'send-register',
    },
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}

import { appendFileSync } from 'node:fs';
import type { Logger } from 'typeorm';

/**
 * Writes every statement the service runs, with its parameters, one JSON line each, to a file. Only
 * for the benchmark (bench/run.mjs), which replays a request's statements directly with `pg` as the
 * baseline the API's figures are compared with. Off unless SQL_TRACE_FILE is set; never in
 * production with real data, since parameters may hold personal data.
 */
export class SqlTraceLogger implements Logger {
  constructor(private readonly file: string) {}

  logQuery(query: string, parameters?: unknown[]): void {
    appendFileSync(this.file, `${JSON.stringify({ sql: query, params: parameters ?? [] })}\n`);
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

// The baseline: the statements the API ran for one request (captured with SQL_TRACE_FILE), replayed
// directly with `pg` by as many concurrent workers as the load has connections, through a pool the
// size of the API's. What is left between the two is the API's own cost: HTTP, Nest, validation,
// JSON, and the work it does in Node between statements.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { summarise } from './stats.mjs';

/** Empties the trace file (the API appends to it). */
export function resetTrace(file) {
  writeFileSync(file, '');
}

/** The statements traced since the last reset. */
export function readTrace(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** Buffers come out of JSON as { type: 'Buffer', data }: back to bytes. */
function revive(value) {
  if (value && typeof value === 'object' && value.type === 'Buffer' && Array.isArray(value.data)) {
    return Buffer.from(value.data);
  }
  return value;
}

/**
 * @param {{ databaseUrl: string, poolSize: number, connections: number, seconds: number,
 *           traces: { sql: string, params: unknown[] }[][], write?: boolean }} options
 * traces: one or more captured requests, replayed in turn. A write's transaction is rolled back
 * instead of committed, so the replay can repeat it (same day, same group) without conflict.
 */
export async function sqlBaseline(options) {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize });
  // Prepared once per connection, as the API's own client does (prepared-statements.ts).
  const traces = options.traces.map((statements) =>
    statements.map(({ sql, params }) => ({
      sql: options.write && /^COMMIT$/i.test(sql.trim()) ? 'ROLLBACK' : sql,
      params: params.map(revive),
      name: params.length > 0 ? `s_${createHash('sha1').update(sql).digest('base64url')}` : undefined,
    })),
  );
  // A statement outside a transaction gets its own connection from the pool each time, as TypeORM does.
  async function replay(statements) {
    let client = null;
    try {
      for (const { sql, params, name } of statements) {
        if (/^START TRANSACTION/i.test(sql)) client = await pool.connect();
        const query = name ? { name, text: sql, values: params } : { text: sql, values: params };
        if (client) await client.query(query);
        else await pool.query(query);
        if (/^(COMMIT|ROLLBACK)$/i.test(sql.trim()) && client) {
          client.release();
          client = null;
        }
      }
    } finally {
      if (client) {
        await client.query('ROLLBACK').catch(() => undefined);
        client.release();
      }
    }
  }

  const latencies = [];
  let errors = 0;
  let turn = 0;
  const deadline = Date.now() + options.seconds * 1000;
  const started = process.hrtime.bigint();
  const worker = async () => {
    while (Date.now() < deadline) {
      const statements = traces[turn++ % traces.length];
      const t0 = process.hrtime.bigint();
      try {
        await replay(statements);
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      } catch (error) {
        errors += 1;
        if (errors === 1) console.error(`  baseline error: ${error.message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await pool.end();
  return summarise(latencies, seconds, errors);
}

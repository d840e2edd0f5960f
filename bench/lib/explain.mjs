// EXPLAIN ANALYZE of every statement a scenario's request ran, inside the same transaction settings
// (role, school, user), so row-level security is planned in as the API runs it. Writes are explained
// too and rolled back. The slowest statements are where to look.
import pg from 'pg';

const SKIP = /^(START TRANSACTION|COMMIT|ROLLBACK|SELECT set_config)/i;

function revive(value) {
  if (value && typeof value === 'object' && value.type === 'Buffer' && Array.isArray(value.data)) {
    return Buffer.from(value.data);
  }
  return value;
}

/**
 * @param {string} databaseUrl
 * @param {{ sql: string, params: unknown[] }[]} statements one request's trace
 * @returns {Promise<{ sql: string, planningMs: number, executionMs: number, rows: number }[]>}
 */
export async function explainTrace(databaseUrl, statements) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const explained = [];
  try {
    let inTransaction = false;
    for (const { sql, params } of statements) {
      const text = sql.trim();
      if (/^START TRANSACTION/i.test(text)) {
        await client.query('BEGIN');
        inTransaction = true;
        continue;
      }
      if (/^(COMMIT|ROLLBACK)$/i.test(text)) {
        await client.query('ROLLBACK');
        inTransaction = false;
        continue;
      }
      if (SKIP.test(text)) {
        await client.query(text, params.map(revive));
        continue;
      }
      if (!inTransaction) await client.query('BEGIN');
      await client.query('SAVEPOINT explain');
      try {
        const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, params.map(revive));
        const [plan] = rows[0]['QUERY PLAN'];
        explained.push({
          sql: text.replace(/\s+/g, ' ').slice(0, 160),
          planningMs: Math.round(plan['Planning Time'] * 100) / 100,
          executionMs: Math.round(plan['Execution Time'] * 100) / 100,
          rows: plan.Plan['Actual Rows'],
        });
      } finally {
        // A write is explained, then undone, so the request's next statements see what they saw.
        await client.query('ROLLBACK TO SAVEPOINT explain');
        await client.query(text, params.map(revive)).catch(() => undefined);
      }
      if (!inTransaction) await client.query('ROLLBACK');
    }
    if (inTransaction) await client.query('ROLLBACK');
  } finally {
    await client.end();
  }
  return explained;
}

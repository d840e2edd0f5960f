/**
 * Writing rows: records built in Node go in as one JSON parameter per chunk (jsonb_to_recordset), one
 * statement per chunk; school_id is the transaction's school (app_current_school()), as row-level
 * security requires. Row counts are added up per table for the report at the end.
 */

export class Writer {
  constructor(client) {
    this.client = client;
    /** @type {Record<string, number>} */
    this.counts = {};
  }

  count(table, n) {
    this.counts[table] = (this.counts[table] ?? 0) + n;
  }

  /** Runs a statement and counts its rows against the table named. */
  async run(table, sql, params = []) {
    const result = await this.client.query(sql, params);
    if (table) this.count(table, result.rowCount ?? 0);
    return result;
  }

  /**
   * Inserts records (objects keyed by column). `columns` are [name, SQL type] pairs; with `scoped` the
   * table's school_id is filled from the transaction's school.
   */
  async insert(table, columns, records, { scoped = true, chunk = 5_000 } = {}) {
    const names = columns.map(([name]) => name);
    const typed = columns.map(([name, type]) => `${name} ${type}`).join(', ');
    const head = scoped ? `school_id, ${names.join(', ')}` : names.join(', ');
    const select = `${scoped ? 'app_current_school(), ' : ''}${names.map((n) => `r.${n}`).join(', ')}`;
    for (let start = 0; start < records.length; start += chunk) {
      const part = records.slice(start, start + chunk);
      await this.run(
        table,
        `INSERT INTO ${table} (${head}) SELECT ${select} FROM jsonb_to_recordset($1::jsonb) AS r(${typed})`,
        [JSON.stringify(part)],
      );
    }
  }
}

/** Runs fn in one transaction scoped to a school, as the application scopes its requests. */
export async function inSchool(client, schoolId, fn) {
  await client.query('BEGIN');
  try {
    await client.query(
      `SELECT set_config('app.current_school', $1, true), set_config('app.current_user', '', true)`,
      [schoolId],
    );
    const out = await fn();
    await client.query('COMMIT');
    return out;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

import { createHash } from 'node:crypto';
import { Client, type QueryConfig } from 'pg';

/**
 * A pg client that prepares every parameterised statement once per connection, named by a hash of its
 * text, so PostgreSQL plans it once instead of on every request. The application's statements are a
 * fixed set of texts with values always sent as parameters, and row-level security reads the school
 * from the transaction's settings when the statement runs (current_setting), so one plan serves
 * every school. Planning was a third to a half of the database time of a typical request (1–5 ms a
 * statement, EXPLAIN ANALYZE in bench/). Statements without parameters (BEGIN, COMMIT, migrations'
 * DDL) are sent as they are.
 *
 * Named statements live on the server connection: behind PgBouncer in transaction mode they need
 * PgBouncer 1.21+ with max_prepared_statements set, or DATABASE_PREPARED_STATEMENTS=false.
 */
export class PreparingClient extends Client {
  override query(...args: unknown[]): never {
    const [first, values] = args;
    if (typeof first === 'string' && Array.isArray(values) && values.length > 0) {
      const name = `s_${createHash('sha1').update(first).digest('base64url')}`;
      const config: QueryConfig = { name, text: first, values };
      return (super.query as (...a: unknown[]) => never)(config, ...args.slice(2));
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}

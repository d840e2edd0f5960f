import type { DateSpan } from '@sendreg/contracts';

type Queryable = { query: (sql: string, params?: unknown[]) => Promise<unknown[]> };

/** The days the request's school is closed (not removed), for planning sessions around them. */
export async function schoolClosures(manager: Queryable): Promise<DateSpan[]> {
  return (await manager.query(
    `SELECT to_char(starts_on, 'YYYY-MM-DD') AS "from", to_char(ends_on, 'YYYY-MM-DD') AS "to"
       FROM school_closures WHERE removed_at IS NULL ORDER BY starts_on`,
  )) as DateSpan[];
}

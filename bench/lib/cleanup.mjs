// The sessions the benchmark logs are taken back afterwards (and any left by an interrupted run,
// before), so the dataset keeps its free days and every run logs onto the same data.
import pg from 'pg';

export const BENCHMARK_NOTE = 'Benchmark session';

/** Removes the benchmark's sessions (their attendance cascades) and their change-log entries. */
export async function removeBenchmarkSessions(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: schools } = await client.query(`SELECT id FROM schools`);
    let removed = 0;
    for (const { id } of schools) {
      await client.query('BEGIN');
      // Row-level security is forced, so even the owner works inside one school's scope.
      await client.query(`SELECT set_config('app.current_school', $1, true)`, [id]);
      await client.query(
        `DELETE FROM provision_changes c USING provision_sessions s
          WHERE c.school_id = s.school_id AND c.entity = 'session' AND c.entity_id = s.id AND s.note = $1`,
        [BENCHMARK_NOTE],
      );
      const result = await client.query(`DELETE FROM provision_sessions WHERE note = $1`, [BENCHMARK_NOTE]);
      await client.query('COMMIT');
      removed += result.rowCount ?? 0;
    }
    // Vacuumed now, so autovacuum does not start on these tables in the middle of a measurement.
    if (removed > 0)
      await client.query('VACUUM (ANALYZE) provision_sessions, session_attendance, provision_changes');
    return removed;
  } finally {
    await client.end();
  }
}

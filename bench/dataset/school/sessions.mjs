import { addDays, isoWeekday } from '../calendar.mjs';
import { uuidSql } from '../random.mjs';

/**
 * A year of logged sessions, made inside PostgreSQL (the attendance runs to a million rows across the
 * trust, too many to build in Node): every school day a group meets, from the start of the window (or
 * of the group) to yesterday. About 90% are held, for the group's minutes (now and then five short),
 * with attendance for every pupil in the group that day (about 90% came); the rest are cancelled with
 * a reason. Chance comes from the md5 of each session's key, so the rows do not depend on the order in
 * which PostgreSQL produces them.
 */

/** A fraction in [0, 1) from 8 hex digits of an md5 (h) at a given slot (0..3). */
const frac = (h, slot) => `(('x' || substr(${h}, ${slot * 8 + 1}, 8))::bit(32)::bigint / 4294967296.0)`;

export async function writeSessions(ctx, provisions, places) {
  const { client, w, key, cal, today } = ctx;
  const days = [];
  for (let d = cal.logFrom; d < today; d = addDays(d, 1))
    if (cal.isSchoolDay(d)) days.push({ day: d, dow: isoWeekday(d) });

  await client.query(`
    CREATE TEMP TABLE bench_day (day date PRIMARY KEY, dow smallint NOT NULL) ON COMMIT DROP;
    CREATE TEMP TABLE bench_prov (id uuid PRIMARY KEY, no int NOT NULL, weekdays smallint[] NOT NULL,
      start_date date NOT NULL, end_date date NOT NULL, minutes smallint NOT NULL, lead uuid NOT NULL) ON COMMIT DROP;
    CREATE TEMP TABLE bench_place (provision_id uuid NOT NULL, pupil_id uuid NOT NULL, joined_on date NOT NULL,
      left_on date) ON COMMIT DROP;`);
  const load = (table, columns, records) =>
    client.query(`INSERT INTO ${table} SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(${columns})`, [
      JSON.stringify(records),
    ]);
  await load('bench_day', 'day date, dow smallint', days);
  await load(
    'bench_prov',
    'id uuid, no int, weekdays smallint[], start_date date, end_date date, minutes smallint, lead uuid',
    provisions.map((p) => ({
      id: p.id,
      no: p.no,
      weekdays: p.weekdays,
      start_date: p.start,
      end_date: p.end,
      minutes: p.minutes,
      lead: p.lead,
    })),
  );
  await load(
    'bench_place',
    'provision_id uuid, pupil_id uuid, joined_on date, left_on date',
    places.map((pl) => ({
      provision_id: pl.provision.id,
      pupil_id: pl.pupil.id,
      joined_on: pl.joined,
      left_on: pl.left,
    })),
  );
  await client.query(`CREATE INDEX ON bench_place (provision_id)`);

  await client.query(
    `CREATE TEMP TABLE bench_session ON COMMIT DROP AS
     SELECT ${uuidSql('h')} AS id, p.id AS provision_id, d.day AS held_on, p.minutes, p.lead, h,
            CASE WHEN ${frac('h', 0)} < 0.9 THEN 'held' ELSE 'cancelled' END AS status
       FROM bench_prov p
       JOIN bench_day d ON d.day BETWEEN p.start_date AND p.end_date AND d.dow = ANY (p.weekdays)
      CROSS JOIN LATERAL (SELECT md5($1 || p.no || '/' || d.day) AS h) k`,
    [key('session/')],
  );
  await w.run(
    'provision_sessions',
    `INSERT INTO provision_sessions (school_id, id, provision_id, held_on, status, minutes, cancel_reason, note,
                                     delivered_by, logged_by, logged_at)
     SELECT app_current_school(), s.id, s.provision_id, s.held_on, s.status,
            CASE WHEN s.status = 'held' THEN greatest(5, s.minutes - CASE WHEN ${frac('s.h', 1)} < 0.15 THEN 5 ELSE 0 END) END,
            CASE WHEN s.status = 'cancelled' THEN
              (ARRAY['staff_absence','staff_absence','staff_absence','cover','cover','cover','cover','trip',
                     'pupil_unavailable','other'])[1 + floor(${frac('s.h', 2)} * 10)::int] END,
            CASE WHEN s.status = 'held' AND ${frac('s.h', 3)} < 0.08 THEN 'Good focus today; moved on to the next step.'
                 ELSE '' END,
            s.lead, s.lead,
            (s.held_on + time '15:30')::timestamp AT TIME ZONE 'Europe/London'
              + make_interval(mins => floor(${frac('s.h', 3)} * 120)::int)
       FROM bench_session s ORDER BY s.provision_id, s.held_on`,
  );
  // Who came: each pupil in the group that day. Chance from the pupil's id hashed with the session's md5.
  await w.run(
    'session_attendance',
    `INSERT INTO session_attendance (school_id, session_id, pupil_id, attended, absence_reason)
     SELECT app_current_school(), s.id, pl.pupil_id, x.r < 0.9,
            CASE WHEN x.r >= 0.9 THEN
              (ARRAY['ill','ill','ill','ill','absent_from_school','absent_from_school','absent_from_school',
                     'refused','other_commitment','other'])[1 + floor((x.r - 0.9) * 100)::int] END
       FROM bench_session s
       JOIN bench_place pl ON pl.provision_id = s.provision_id AND pl.joined_on <= s.held_on
                          AND (pl.left_on IS NULL OR pl.left_on >= s.held_on)
      CROSS JOIN LATERAL (
        SELECT (uuid_hash_extended(pl.pupil_id, ('x' || substr(s.h, 17, 16))::bit(64)::bigint) & 2147483647)::float8
               / 2147483648 AS r) x
      WHERE s.status = 'held'
      ORDER BY s.provision_id, s.held_on, pl.pupil_id`,
  );
}

#!/usr/bin/env node
/**
 * What a load runner needs to know about a generated dataset: who signs in, the largest school, pupils
 * worth opening, and the groups school-01's ta@ delivers with the days still free to log a session on.
 *
 *   import { describeDataset, freeSessionDays } from './bench/dataset/describe.mjs';
 *   node bench/dataset/describe.mjs          # prints the description as JSON (DATABASE_URL)
 *
 * The client is a connected `pg` Client of the database's owner (or a superuser). Tenant tables have
 * row-level security forced on them, so every school read here runs in a transaction scoped to the
 * school, as the application does; the queries name the school as well, since a superuser bypasses
 * row-level security.
 */
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { DEFAULT_PASSWORD, scalePlan, schoolIdOf } from './scales.mjs';

/**
 * @typedef {object} TaGroup
 * @property {string} provisionId
 * @property {string[]} pupilIds  the pupils in the group now (the attendance a held session must list)
 * @property {string} startDate
 * @property {string} endDate
 * @property {number[]} weekdays  the days it meets (1 = Monday); logged sessions are on these only
 * @property {number} minutes
 */

/**
 * @typedef {object} DatasetDescription
 * @property {string} scale
 * @property {string} today             the --today the dataset was generated for (sessions end the day before)
 * @property {string} trustId
 * @property {string} password          BENCH_PASSWORD, or the default
 * @property {{ senco: string, head: string, ta: string, teacher: string, admin: string, trustLeader: string }} accounts
 * @property {{ id: string, name: string, pupils: number }} largestSchool
 * @property {{ id: string, name: string, domain: string }[]} schools
 * @property {string[]} registerPupils  up to 500 school-01 pupils at K or E with a passport, an active plan and a current place
 * @property {TaGroup[]} taGroups
 * @property {string} freeSessionDaysSql  parameters: $1 school id, $2 provision ids (uuid[]), $3 last day (date), $4 school days only (boolean)
 * @property {{ schoolDays: number, allDays: number }} freeSessionDayCount  over the ta@ groups, up to today
 */

/**
 * Free (provision, day) pairs: days within the group's dates, up to the last day given (the API refuses
 * a day after its today), with no session logged. With $4 only Monday to Friday outside the school's
 * closures (as a school would log); without, every day the API accepts. Ordered by day, then group.
 */
export const FREE_SESSION_DAYS_SQL = `
  SELECT p.id AS "provisionId", to_char(d.day, 'YYYY-MM-DD') AS day
    FROM provisions p
   CROSS JOIN LATERAL (SELECT g::date AS day
                         FROM generate_series(p.start_date, least(p.end_date, $3::date), interval '1 day') g) d
   WHERE p.school_id = $1 AND p.id = ANY ($2::uuid[])
     AND NOT EXISTS (SELECT 1 FROM provision_sessions s
                      WHERE s.school_id = p.school_id AND s.provision_id = p.id AND s.held_on = d.day)
     AND (NOT $4::boolean OR (extract(isodow FROM d.day) <= 5 AND NOT EXISTS (
           SELECT 1 FROM school_closures c WHERE c.school_id = p.school_id AND c.removed_at IS NULL
              AND d.day BETWEEN c.starts_on AND c.ends_on)))
   ORDER BY d.day, p.id`;

/** Today's date in Europe/London (the API's "today"). */
function londonToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

/** Runs fn in a read-only transaction scoped to the school. */
async function inSchool(client, schoolId, fn) {
  await client.query('BEGIN READ ONLY');
  try {
    await client.query(`SELECT set_config('app.current_school', $1, true)`, [schoolId]);
    return await fn();
  } finally {
    await client.query('ROLLBACK');
  }
}

/**
 * The free days of the groups given, as { provisionId, day } pairs.
 * @param {import('pg').Client} client
 * @param {{ schoolId: string, provisionIds: string[], lastDay?: string, schoolDaysOnly?: boolean }} options
 * @returns {Promise<{ provisionId: string, day: string }[]>}
 */
export async function freeSessionDays(
  client,
  { schoolId, provisionIds, lastDay = londonToday(), schoolDaysOnly = true },
) {
  return inSchool(client, schoolId, async () => {
    const { rows } = await client.query(FREE_SESSION_DAYS_SQL, [
      schoolId,
      provisionIds,
      lastDay,
      schoolDaysOnly,
    ]);
    return rows;
  });
}

/**
 * @param {import('pg').Client} client
 * @returns {Promise<DatasetDescription>}
 */
export async function describeDataset(client) {
  const { rows: meta } = await client.query(
    `SELECT scale, to_char(today, 'YYYY-MM-DD') AS today, trust_id AS "trustId", complete FROM bench.dataset`,
  );
  if (!meta[0]?.complete) throw new Error('No complete benchmark dataset in this database: run generate.mjs');
  const { scale, today, trustId } = meta[0];
  const accounts = {
    senco: 'senco@school-01.bench.example',
    head: 'head@school-01.bench.example',
    ta: 'ta@school-01.bench.example',
    teacher: 'teacher@school-01.bench.example',
    admin: 'admin@school-01.bench.example',
    trustLeader: 'trust@bench.example',
  };
  // Ids derive from the scale and the school's code (see generate.mjs), so no tenant table is read here.
  const schools = scalePlan(scale).schools.map((s) => ({
    id: schoolIdOf(scale, s.code),
    name: s.name,
    domain: s.domain,
  }));
  const largest = schools.find((s) => s.domain === 'school-01.bench.example');
  if (!largest) throw new Error('school-01 not found');
  // The API refuses a session after its own today (Europe/London), whatever day the dataset was made for.
  const lastDay = londonToday();

  return inSchool(client, largest.id, async () => {
    const [{ pupils }] = (
      await client.query(
        `SELECT count(*)::int AS pupils FROM pupils
          WHERE school_id = $2 AND (leaving_date IS NULL OR leaving_date > $1)`,
        [today, largest.id],
      )
    ).rows;
    const { rows: register } = await client.query(
      `SELECT p.id FROM pupils p
        WHERE p.school_id = $2 AND (SELECT h.status FROM sen_status_history h WHERE h.school_id = p.school_id AND h.pupil_id = p.id
                  AND h.effective_from <= $1::date ORDER BY h.effective_from DESC, h.recorded_at DESC LIMIT 1) IN ('K', 'E')
          AND EXISTS (SELECT 1 FROM passport_versions v WHERE v.school_id = p.school_id AND v.pupil_id = p.id)
          AND EXISTS (SELECT 1 FROM support_plans sp WHERE sp.school_id = p.school_id AND sp.pupil_id = p.id
                         AND sp.status = 'active')
          AND EXISTS (SELECT 1 FROM provision_pupils pp JOIN provisions pr ON pr.school_id = pp.school_id AND pr.id = pp.provision_id
                       WHERE pp.school_id = p.school_id AND pp.pupil_id = p.id AND pp.joined_on <= $1::date
                         AND (pp.left_on IS NULL OR pp.left_on >= $1::date) AND pr.end_date >= $1::date)
        ORDER BY p.id LIMIT 500`,
      [today, largest.id],
    );
    const { rows: taGroups } = await client.query(
      `SELECT pr.id AS "provisionId", to_char(pr.start_date, 'YYYY-MM-DD') AS "startDate",
              to_char(pr.end_date, 'YYYY-MM-DD') AS "endDate", pr.weekdays, pr.minutes,
              array(SELECT pp.pupil_id FROM provision_pupils pp
                     WHERE pp.school_id = pr.school_id AND pp.provision_id = pr.id AND pp.joined_on <= $2::date
                       AND (pp.left_on IS NULL OR pp.left_on >= $2::date) ORDER BY pp.pupil_id) AS "pupilIds"
         FROM provisions pr
         JOIN provision_staff ps ON ps.school_id = pr.school_id AND ps.provision_id = pr.id
         JOIN users u ON u.id = ps.user_id AND u.email = $1
        WHERE pr.school_id = $3
        ORDER BY pr.start_date, pr.id`,
      [accounts.ta, today, largest.id],
    );
    const ids = taGroups.map((g) => g.provisionId);
    const count = async (schoolDaysOnly) =>
      (
        await client.query(`SELECT count(*)::int AS n FROM (${FREE_SESSION_DAYS_SQL}) f`, [
          largest.id,
          ids,
          lastDay,
          schoolDaysOnly,
        ])
      ).rows[0].n;
    return {
      scale,
      today,
      trustId,
      password: process.env.BENCH_PASSWORD || DEFAULT_PASSWORD,
      accounts,
      largestSchool: { id: largest.id, name: largest.name, pupils },
      schools,
      registerPupils: register.map((r) => r.id),
      taGroups,
      freeSessionDaysSql: FREE_SESSION_DAYS_SQL,
      freeSessionDayCount: { schoolDays: await count(true), allDays: await count(false) },
    };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    process.stdout.write(`${JSON.stringify(await describeDataset(client), null, 2)}\n`);
  } finally {
    await client.end();
  }
}

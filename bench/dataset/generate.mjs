#!/usr/bin/env node
/**
 * Generates a benchmark dataset into an empty PostgreSQL database (DATABASE_URL):
 *
 *   node bench/dataset/generate.mjs [--scale trust-50|tiny] [--today YYYY-MM-DD]
 *
 * Applies the project's migrations (dist/apps/api/cli/migrate.js: build the API first), then writes
 * the trust, then each school in a transaction of its own, scoped as the application scopes requests
 * (app.current_school), so row-level security checks every row. Deterministic: the same scale and the
 * same --today give the same rows and ids (only the password hash's salt differs). Sign-in password:
 * BENCH_PASSWORD, default Bench-Password-1. See README.md beside this file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import argon2 from 'argon2';
import pg from 'pg';
import { academicYearOf, addDays, at, calendarFor, londonToday } from './calendar.mjs';
import { inSchool, Writer } from './db.mjs';
import { Random, seedOf, uuidOf } from './random.mjs';
import { DEFAULT_PASSWORD, scalePlan, SCALE_NAMES, schoolKey } from './scales.mjs';
import { writeSchool } from './school/index.mjs';
import { USER_COLUMNS } from './school/staff.mjs';

const REPORTED_TABLES = [
  'trusts',
  'schools',
  'users',
  'memberships',
  'classes',
  'class_staff',
  'pupils',
  'sen_status_history',
  'pupil_needs',
  'concerns',
  'interventions',
  'staff_rates',
  'school_closures',
  'provisions',
  'provision_staff',
  'provision_pupils',
  'provision_sessions',
  'session_attendance',
  'plan_settings',
  'support_plans',
  'plan_revisions',
  'plan_comments',
  'plan_reviews',
  'passport_versions',
  'passport_drafts',
  'passport_receipts',
  'ehcp_records',
  'ehcp_record_revisions',
];

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const args = { scale: 'trust-50', today: null };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const value = inline ?? argv[++i];
    if (flag === '--scale') args.scale = value;
    else if (flag === '--today') args.today = value;
    else
      fail(
        `Unknown argument ${argv[i]}. Usage: generate.mjs [--scale ${SCALE_NAMES.join('|')}] [--today YYYY-MM-DD]`,
      );
  }
  if (!SCALE_NAMES.includes(args.scale)) fail(`--scale must be one of ${SCALE_NAMES.join(', ')}`);
  if (args.today !== null && !/^\d{4}-\d{2}-\d{2}$/.test(args.today ?? ''))
    fail('--today must be YYYY-MM-DD');
  args.today ??= londonToday();
  return args;
}

function migrate(url) {
  const script = fileURLToPath(new URL('../../dist/apps/api/cli/migrate.js', import.meta.url));
  if (!existsSync(script)) fail(`Missing ${script}: build the API first (npx nx run api:build).`);
  const result = spawnSync(process.execPath, [script], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: 'inherit',
  });
  if (result.status !== 0) fail('Migrations failed: see above.');
}

/**
 * Looked at before migrating: 'done' when the database already holds this dataset, 'new' when it holds
 * no trust and no user; anything else is refused.
 */
async function existing(client, scale, today) {
  const [found] = (
    await client.query(`SELECT to_regclass('bench.dataset') IS NOT NULL AS meta,
                               to_regclass('public.trusts') IS NOT NULL AS trusts,
                               to_regclass('public.users') IS NOT NULL AS users`)
  ).rows;
  if (found.meta) {
    const { rows } = await client.query(
      `SELECT scale, to_char(today, 'YYYY-MM-DD') AS today, complete FROM bench.dataset`,
    );
    const row = rows[0];
    if (row && row.scale === scale && row.today === today && row.complete) return 'done';
    fail(
      row
        ? `Refusing: this database holds the ${row.scale} dataset for ${row.today}${row.complete ? '' : ' (incomplete)'}. ` +
            'Generate into a new, empty database.'
        : 'Refusing: this database has a bench schema but no dataset record.',
    );
  }
  for (const table of ['trusts', 'users']) {
    if (!found[table]) continue;
    const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows;
    if (n > 0) fail(`Refusing: this database already holds ${table}. Use an empty database.`);
  }
  return 'new';
}

async function main() {
  const { scale, today } = parseArgs(process.argv.slice(2));
  const url = process.env.DATABASE_URL;
  if (!url) fail('Set DATABASE_URL to an existing, empty PostgreSQL database.');
  const started = Date.now();

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const state = await existing(client, scale, today);
    migrate(url);
    if (state === 'done') {
      process.stdout.write(`already generated: ${scale} for ${today}\n`);
      return;
    }
    // One backend, no parallel workers: the same plan, the same rows. Commits need not wait for the disk.
    await client.query(`SET max_parallel_workers_per_gather = 0; SET synchronous_commit = off; SET jit = off;
                        SET work_mem = '64MB'; SET maintenance_work_mem = '256MB'`);
    const plan = scalePlan(scale);
    const cal = calendarFor(today);
    const setupAt = at(addDays(cal.logFrom, -90), 8 * 60);
    const passwordHash = await argon2.hash(process.env.BENCH_PASSWORD || DEFAULT_PASSWORD, {
      type: argon2.argon2id,
    });
    const w = new Writer(client);
    const trustId = uuidOf(`bench/${scale}/trust`);

    await client.query('BEGIN');
    await client.query(`CREATE SCHEMA bench;
      CREATE TABLE bench.dataset (scale text NOT NULL, today date NOT NULL, trust_id uuid NOT NULL,
        complete boolean NOT NULL DEFAULT false, generated_at timestamptz NOT NULL DEFAULT now(), seconds numeric);
      COMMENT ON TABLE bench.dataset IS 'The benchmark dataset this database holds (bench/dataset/generate.mjs).'`);
    await client.query(`INSERT INTO bench.dataset (scale, today, trust_id) VALUES ($1, $2, $3)`, [
      scale,
      today,
      trustId,
    ]);
    await w.insert(
      'trusts',
      [
        ['id', 'uuid'],
        ['name', 'text'],
        ['created_at', 'timestamptz'],
      ],
      [{ id: trustId, name: plan.trustName, created_at: setupAt }],
      { scoped: false },
    );
    const leaderId = uuidOf(`bench-user/${plan.trustLeader}`);
    await w.insert(
      'users',
      USER_COLUMNS,
      [
        {
          id: leaderId,
          email: plan.trustLeader,
          display_name: 'Taylor Trustleader',
          password_hash: passwordHash,
          created_at: setupAt,
        },
      ],
      { scoped: false },
    );
    await client.query(
      `INSERT INTO trust_memberships (trust_id, user_id, roles, created_at) VALUES ($1, $2, '{trust_leader}', $3)`,
      [trustId, leaderId, setupAt],
    );
    await client.query('COMMIT');

    for (const school of plan.schools) {
      const t0 = Date.now();
      const prefix = schoolKey(scale, school.code);
      const ctx = {
        client,
        w,
        school,
        scale,
        today,
        cal,
        academicYear: academicYearOf(today),
        setupAt,
        passwordHash,
        trustId,
        schoolId: uuidOf(prefix),
        key: (suffix) => `${prefix}/${suffix}`,
        random: (name) => new Random(seedOf(`${prefix}/${today}/${name}`)),
      };
      ctx.rng = ctx.random('staff');
      const sessionsBefore = w.counts.session_attendance ?? 0;
      const made = await inSchool(client, ctx.schoolId, () => writeSchool(ctx));
      process.stdout.write(
        `${school.code} ${school.name}: ${made.pupils} pupils, ${made.register} on the register, ` +
          `${made.provisions} groups, ${(w.counts.session_attendance ?? 0) - sessionsBefore} attendance rows ` +
          `(${((Date.now() - t0) / 1000).toFixed(1)} s)\n`,
      );
    }

    const tAnalyze = Date.now();
    await client.query('ANALYZE');
    const seconds = (Date.now() - started) / 1000;
    await client.query(`UPDATE bench.dataset SET complete = true, seconds = $1`, [seconds]);
    process.stdout.write(`\nANALYZE: ${((Date.now() - tAnalyze) / 1000).toFixed(1)} s\n\nRows written:\n`);
    for (const table of REPORTED_TABLES) {
      process.stdout.write(`  ${table.padEnd(24)} ${String(w.counts[table] ?? 0).padStart(9)}\n`);
    }
    process.stdout.write(`\nGenerated ${scale} for ${today} in ${seconds.toFixed(1)} s\n`);
  } finally {
    await client.end();
  }
}

main().catch((error) => fail(`Generation failed: ${error instanceof Error ? error.stack : String(error)}`));

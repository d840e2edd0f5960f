// `npm run bench`: the targets table of PRODUCT.md, measured. See bench/README.md.
//
//   1. makes sure the dataset is in the database at DATABASE_URL (bench/dataset/generate.mjs);
//   2. starts the built API with its SQL traced, finds the ids each scenario needs through the API,
//      and captures the statements one request of each scenario runs;
//   3. starts the API again, untraced, and drives each scenario with autocannon (32 connections,
//      real sign-in tokens of the right role), then replays the captured statements directly with
//      `pg` at the same concurrency as the baseline; times the CSV import; samples the API's memory;
//   4. prints a markdown table and writes the JSON under bench/results/.
//
// --embedded runs the same scenarios on embedded PGlite with the demo data (no baseline: PGlite
// serves one connection, which the API holds).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ApiClient } from './lib/api-client.mjs';
import { startApi } from './lib/api-process.mjs';
import { httpLoad } from './lib/http-load.mjs';
import { importOnce, rollCsv, rollOf } from './lib/import-scenario.mjs';
import { markdownTable, ratio } from './lib/report.mjs';
import { SCENARIOS } from './lib/scenarios.mjs';
import { removeBenchmarkSessions } from './lib/cleanup.mjs';
import { explainTrace } from './lib/explain.mjs';
import { readTrace, resetTrace, sqlBaseline } from './lib/sql-baseline.mjs';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: 'trust-50' },
    embedded: { type: 'boolean', default: false },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    // 32 clients against the server, as PRODUCT.md's targets; embedded PGlite is one connection for a
    // school trying the product, so a handful of people at once there.
    connections: { type: 'string' },
    pool: { type: 'string', default: '10' },
    'import-runs': { type: 'string', default: '3' },
    only: { type: 'string' },
    // Also EXPLAIN ANALYZE every statement each scenario's request runs, slowest first.
    explain: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/results' },
  },
});
const seconds = Number(args.seconds);
const warmup = Number(args.warmup);
const connections = Number(args.connections ?? (args.embedded ? 4 : 32));
const poolSize = Number(args.pool);
const importRuns = Number(args['import-runs']);
const only = args.only ? new Set(args.only.split(',')) : null;
const embedded = args.embedded;
const databaseUrl = embedded ? null : process.env.DATABASE_URL;
if (!embedded && !databaseUrl) {
  console.error('Set DATABASE_URL to an empty database for the benchmark dataset (or use --embedded).');
  process.exit(2);
}

/** Who signs in for each role: the generated trust's largest school, or the demo accounts. */
const ACCOUNTS = embedded
  ? {
      password: process.env.DEMO_PASSWORD || 'Demo-Password-1',
      senco: 'senco@riverside.example',
      head: 'head@oakfield.example',
      ta: 'ta@oakfield.example',
      admin: 'admin@oakfield.example',
      trustLeader: 'trust@northbridge.example',
    }
  : {
      password: process.env.BENCH_PASSWORD || 'Bench-Password-1',
      senco: 'senco@school-01.bench.example',
      head: 'head@school-01.bench.example',
      ta: 'ta@school-01.bench.example',
      admin: 'admin@school-01.bench.example',
      trustLeader: 'trust@bench.example',
    };

function log(message) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function serverFacts() {
  if (!databaseUrl) return { postgres: 'embedded PGlite' };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT current_setting('server_version') AS version`);
    return { postgres: `PostgreSQL ${rows[0].version}` };
  } finally {
    await client.end();
  }
}

async function signInAll(url) {
  const roles = ['senco', 'head', 'ta', 'admin', 'trustLeader'];
  const clients = {};
  for (const role of roles) clients[role] = await ApiClient.signIn(url, ACCOUNTS[role], ACCOUNTS.password);
  return clients;
}

async function contextOf(client) {
  const me = await client.get('/api/me');
  const schoolId = me.schools[0]?.schoolId ?? me.schools[0]?.id ?? null;
  const trustId = me.trusts[0]?.trustId ?? me.trusts[0]?.id ?? null;
  // The school's today, as the API reckons it (England).
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  return { schoolId, trustId, today };
}

async function main() {
  const started = Date.now();
  if (!embedded) {
    log(`dataset ${args.scale}`);
    const r = spawnSync(process.execPath, ['bench/dataset/generate.mjs', '--scale', args.scale], {
      stdio: 'inherit',
      env: process.env,
    });
    if (r.status !== 0) throw new Error('The dataset generator failed');
    const removed = await removeBenchmarkSessions(databaseUrl);
    if (removed) log(`${removed} sessions left by an earlier run removed`);
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'sendreg-bench-'));
  const traceFile = embedded ? null : path.join(work, 'sql-trace.jsonl');
  // The school measures snapshot does not go stale during the run: its refresh (a second or so of
  // database work a school, in the background) would land in whichever scenario was running. The
  // refresh is timed on its own instead (the dashboard's first, cold request).
  const apiEnv = {
    JWT_SECRET: randomBytes(32).toString('hex'),
    ACCESS_TOKEN_TTL_SECONDS: '7200',
    MEASURES_MAX_AGE_SECONDS: '86400',
  };
  const scenarios = SCENARIOS.filter((s) => !only || only.has(s.key));
  const states = new Map();
  const traces = new Map();
  const explains = new Map();
  let roll = null;

  // Phase 1: traced. Find the ids, capture each scenario's statements.
  log(embedded ? 'starting the API on embedded PGlite (demo data)' : 'starting the API, SQL traced');
  const traced = await startApi({
    databaseUrl,
    dataDir: path.join(work, 'data'),
    traceFile,
    poolSize,
    env: apiEnv,
  });
  log(`API ready in ${traced.startupMs} ms`);
  let clients;
  const contexts = {};
  try {
    clients = await signInAll(traced.url);
    for (const [role, client] of Object.entries(clients)) contexts[role] = await contextOf(client);
    for (const scenario of scenarios) {
      const ctx = contexts[scenario.role];
      const state = await scenario.prepare(clients[scenario.role], ctx, {
        sessionsWanted: Math.max(2000, Math.round(seconds * 1000 + warmup * 400)),
      });
      state.schoolId = ctx.schoolId;
      states.set(scenario.key, state);
      if (traceFile) {
        const captured = [];
        for (const request of scenario.traced(state)) {
          const send = () =>
            clients[scenario.role].request(
              request.method ?? 'GET',
              request.path,
              request.body ? JSON.parse(request.body) : undefined,
            );
          // Traced as the load will find it: warm (a snapshot made, a cache filled), except a write,
          // which can be sent only once.
          if (!scenario.write) await send();
          resetTrace(traceFile);
          const r = await send();
          if (r.status >= 400) throw new Error(`${scenario.key}: ${request.path} answered ${r.status}`);
          captured.push(readTrace(traceFile));
        }
        traces.set(scenario.key, captured);
        if (args.explain) {
          const statements = (await Promise.all(captured.map((t) => explainTrace(databaseUrl, t)))).flat();
          statements.sort((a, b) => b.planningMs + b.executionMs - (a.planningMs + a.executionMs));
          explains.set(scenario.key, statements);
          for (const s of statements.slice(0, 6)) {
            log(`  ${s.executionMs} ms (+${s.planningMs} planning), ${s.rows} rows: ${s.sql}`);
          }
        }
      }
      if (state.slots) log(`${scenario.key}: ${state.slots.length} free group-days to log`);
      log(
        `${scenario.key}: ready${
          traceFile
            ? `, ${traces
                .get(scenario.key)
                .map((t) => t.length)
                .join('+')} statements traced`
            : ''
        }`,
      );
    }
    if (!only || only.has('import')) {
      roll = await rollOf(clients.admin, contexts.admin.schoolId);
      log(`import: the roll of ${roll.length} pupils read`);
    }
  } finally {
    await traced.stop();
  }

  // Phase 2: untraced, measured.
  const api = await startApi({
    databaseUrl,
    dataDir: path.join(work, 'data'),
    traceFile: null,
    poolSize,
    env: apiEnv,
  });
  // Same signing secret, so the tokens still hold; only the address has changed.
  for (const client of Object.values(clients)) client.url = api.url;
  const results = {
    startedAt: new Date(started).toISOString(),
    scale: embedded ? 'demo (embedded)' : args.scale,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      ...(await serverFacts()),
    },
    settings: { seconds, warmup, connections, poolSize },
    scenarios: [],
    import: null,
    memory: { peakRssBytes: 0 },
    spa: null,
  };
  try {
    for (const scenario of scenarios) {
      const state = states.get(scenario.key);
      const token = clients[scenario.role].token;
      const next = scenario.requests(state);
      // A write needs a fresh slot (group and day) a request: as many requests as slots are left.
      const load = (opts) =>
        httpLoad({
          url: api.url,
          token,
          next,
          ...opts,
          connections: Math.min(connections, opts.amount ?? connections),
        });
      const free = () => (state.slots ? state.slots.length - state.used - connections * 2 : null);
      if (warmup > 0) {
        log(`${scenario.key}: warming up`);
        await load(
          scenario.write
            ? { amount: Math.max(1, Math.min(Math.floor(free() / 10), warmup * 200)) }
            : { seconds: warmup },
        );
      }
      api.takeWindowPeak();
      log(`${scenario.key}: ${connections} connections`);
      const measured = await load(
        scenario.write ? { amount: Math.max(1, Math.min(free(), seconds * 1000)) } : { seconds },
      );
      const peakRssBytes = api.takeWindowPeak();
      let baseline = null;
      if (traces.has(scenario.key)) {
        log(`${scenario.key}: the same SQL directly with pg`);
        baseline = await sqlBaseline({
          databaseUrl,
          poolSize,
          connections,
          seconds: Math.min(seconds, Math.max(2, measured.seconds)),
          traces: traces.get(scenario.key),
          write: scenario.write,
        });
      }
      results.scenarios.push({
        key: scenario.key,
        operation: scenario.operation,
        role: scenario.role,
        note: scenario.note ?? null,
        target: scenario.target,
        api: measured,
        baseline,
        ratio: ratio(measured, baseline),
        peakRssBytes,
        ...(explains.has(scenario.key) ? { explain: explains.get(scenario.key) } : {}),
      });
      if (api.exited())
        throw new Error(`The API stopped during ${scenario.key}: ${JSON.stringify(api.exited())}`);
      log(
        `${scenario.key}: p50 ${measured.p50} ms, p95 ${measured.p95} ms, ${measured.rps}/s, ${measured.errors} errors, peak RSS ${Math.round(peakRssBytes / 1048576)} MB`,
      );
    }
    if (roll) {
      const runs = [];
      for (let i = 0; i < importRuns; i++) {
        runs.push(await importOnce(clients.admin, contexts.admin.schoolId, rollCsv(roll, i + 1)));
        log(
          `import: ${runs.at(-1).rowCount} rows in ${Math.round(runs.at(-1).ms)} ms (${runs.at(-1).updated} updated)`,
        );
      }
      const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
      results.import = {
        rowCount: runs[0]?.rowCount ?? 0,
        runs,
        medianMs: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0),
        maxMs: Math.round(sorted.at(-1) ?? 0),
      };
    }
    results.memory.peakRssBytes = api.peakRssBytes();
  } finally {
    await api.stop();
    rmSync(work, { recursive: true, force: true });
    if (databaseUrl) log(`${await removeBenchmarkSessions(databaseUrl)} benchmark sessions removed`);
  }

  if (existsSync('dist/apps/web/.vite/manifest.json') || existsSync('dist/apps/web/manifest.json')) {
    try {
      const { spaSizes } = await import('../tools/spa-sizes.mjs');
      results.spa = await spaSizes('dist/apps/web');
    } catch (error) {
      log(`SPA sizes unavailable: ${error.message}`);
    }
  }
  results.elapsedSeconds = Math.round((Date.now() - started) / 1000);

  mkdirSync(args.out, { recursive: true });
  const file = path.join(
    args.out,
    `${embedded ? 'embedded' : args.scale}-${results.startedAt.slice(0, 19).replace(/[:T]/g, '-')}.json`,
  );
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${markdownTable(results)}\n`);
  console.log(
    `${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}, ${results.machine.postgres}; ${connections} connections, ${seconds} s a scenario.`,
  );
  log(`written ${file} (${results.elapsedSeconds} s in all)`);
  const errors = results.scenarios.reduce((n, s) => n + (s.api?.errors ?? 0) + (s.baseline?.errors ?? 0), 0);
  process.exit(errors === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

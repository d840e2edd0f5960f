import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/**
 * The benchmark on the tiny dataset: the generator makes the same rows twice over, and the runner
 * drives every scenario through the API and its SQL baseline without one error. On embedded PGlite
 * when no PostgreSQL server is configured.
 */
const serverUrl = process.env.DATABASE_URL;
const root = path.resolve(__dirname, '..');

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

interface ScenarioResult {
  key: string;
  api: { requests: number; errors: number; p95: number };
  baseline: { requests: number; errors: number } | null;
}
interface BenchResults {
  scenarios: ScenarioResult[];
  import: { rowCount: number; runs: { updated: number }[] } | null;
  memory: { peakRssBytes: number };
}

function readResults(dir: string): BenchResults {
  const [file] = readdirSync(dir).filter((f) => f.endsWith('.json'));
  if (!file) throw new Error('The runner wrote no results');
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as BenchResults;
}

const SHORT = ['--seconds', '1', '--warmup', '0', '--import-runs', '1', '--connections', '4'];

function expectEveryScenario(results: BenchResults, withBaseline: boolean): void {
  expect(results.scenarios.map((s) => s.key)).toEqual(['register', 'pupil', 'session', 'dashboard', 'trust']);
  for (const s of results.scenarios) {
    expect({ key: s.key, errors: s.api.errors }).toEqual({ key: s.key, errors: 0 });
    expect(s.api.requests).toBeGreaterThan(0);
    if (withBaseline) {
      expect({ key: s.key, errors: s.baseline?.errors }).toEqual({ key: s.key, errors: 0 });
      expect(s.baseline!.requests).toBeGreaterThan(0);
    }
  }
  expect(results.import!.rowCount).toBeGreaterThan(0);
  expect(results.import!.runs[0]!.updated).toBeGreaterThan(0);
  expect(results.memory.peakRssBytes).toBeGreaterThan(0);
}

const describeOnServer = serverUrl ? describe : describe.skip;
const describeEmbedded = serverUrl ? describe.skip : describe;

describeOnServer('the benchmark on the PostgreSQL server, tiny dataset', () => {
  const databases: string[] = [];
  const out = mkdtempSync(path.join(os.tmpdir(), 'bench-results-'));

  async function admin(sql: string): Promise<void> {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  async function freshDatabase(): Promise<string> {
    const name = `sendreg_bench_${randomBytes(5).toString('hex')}`;
    await admin(`CREATE DATABASE ${name}`);
    databases.push(name);
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    return url.toString();
  }

  async function fingerprint(url: string): Promise<Record<string, string>> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const tables = [
        'schools',
        'pupils',
        'sen_status_history',
        'provisions',
        'provision_sessions',
        'session_attendance',
        'support_plans',
        'plan_reviews',
        'passport_versions',
      ];
      const prints: Record<string, string> = {};
      for (const table of tables) {
        const { rows } = await client.query(
          `SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS print
             FROM ${table} t`,
        );
        prints[table] = rows[0].print;
      }
      return prints;
    } finally {
      await client.end();
    }
  }

  afterAll(async () => {
    for (const name of databases) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    rmSync(out, { recursive: true, force: true });
  });

  it('generates the same dataset twice over, and runs every scenario without an error', async () => {
    const first = await freshDatabase();
    const second = await freshDatabase();
    const today = ['--scale', 'tiny', '--today', '2026-11-23'];
    for (const url of [first, second]) {
      const generated = await run(['bench/dataset/generate.mjs', ...today], {
        ...process.env,
        DATABASE_URL: url,
      });
      expect(generated.output).not.toMatch(/error/i);
      expect(generated.code).toBe(0);
    }
    const print = await fingerprint(first);
    expect(Number(print.session_attendance!.split(':')[0])).toBeGreaterThan(0);
    expect(await fingerprint(second)).toEqual(print);

    const bench = await freshDatabase();
    const result = await run(['bench/run.mjs', '--scale', 'tiny', ...SHORT, '--out', out], {
      ...process.env,
      DATABASE_URL: bench,
    });
    if (result.code !== 0) throw new Error(result.output.slice(-3000));
    expectEveryScenario(readResults(out), true);
    expect(result.output).toContain('| Register page');
  });
});

describeEmbedded('the benchmark on embedded PGlite, demo data', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'bench-results-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('runs every scenario without an error', async () => {
    const result = await run(['bench/run.mjs', '--embedded', ...SHORT, '--out', out], process.env);
    if (result.code !== 0) throw new Error(result.output.slice(-3000));
    expectEveryScenario(readResults(out), false);
  });
});

import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/**
 * Where the running app is described for the test files (Jest's global setup runs apart from them).
 * Per process (the browser tests run in band), so two runs on one machine never share a server.
 */
export const STATE_FILE =
  process.env.SENDREG_E2E_STATE ?? path.join(tmpdir(), `sendreg-e2e-${process.pid}.json`);

export interface E2eState {
  baseUrl: string;
  pid: number;
  dataDir: string | null;
  database: string | null;
}

export const DEMO_PASSWORD = 'Demo-Password-1';

/**
 * Starts the built app as `npm start` would run it: on a fresh database on the server at
 * DATABASE_URL when set, otherwise embedded in a temporary folder; with the demo trust seeded.
 */
/** A port nothing listens on now: the OS picks it (a random guess once hit RabbitMQ's epmd on 4369). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startServer(): Promise<E2eState> {
  const root = path.resolve(__dirname, '../../../..');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    SEED_DEMO: 'true',
    MIGRATE_ON_START: 'true',
    DEMO_PASSWORD,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    WEB_DIST_DIR: path.join(root, 'dist/apps/web'),
  };
  let database: string | null = null;
  let dataDir: string | null = null;
  if (process.env.DATABASE_URL) {
    database = `sendreg_e2e_${Date.now()}`;
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${database}`;
    env.DATABASE_URL = url.toString();
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), 'sendreg-e2e-'));
    env.DATA_DIR = dataDir;
    delete env.DATABASE_URL;
  }
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'dist/apps/api/main.js')], {
    env,
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: false,
  });
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited with ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${baseUrl}/api/health/ready`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('The app did not become ready within 3 minutes');
    await new Promise((r) => setTimeout(r, 500));
  }
  const state: E2eState = { baseUrl, pid: child.pid!, dataDir, database };
  writeFileSync(STATE_FILE, JSON.stringify(state));
  child.unref();
  return state;
}

export function readState(): E2eState {
  return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as E2eState;
}

export async function stopServer(): Promise<void> {
  const state = readState();
  try {
    process.kill(state.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  await new Promise((r) => setTimeout(r, 1500));
  if (state.dataDir) rmSync(state.dataDir, { recursive: true, force: true });
  if (state.database && process.env.DATABASE_URL) {
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${state.database} WITH (FORCE)`);
    await admin.end();
  }
  rmSync(STATE_FILE, { force: true });
}

// Starts the built API (dist/apps/api/main.js) as a child process for the benchmark, waits until it is
// ready, samples its memory, and stops it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** The built API; BENCH_API_MAIN points elsewhere (a second checkout's build, say). */
const MAIN = process.env.BENCH_API_MAIN || 'dist/apps/api/main.js';

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resident memory of a process, from /proc (Linux): current and peak, in bytes. */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return { rss: 0, peak: 0 };
  }
}

/**
 * @param {{ databaseUrl?: string | null, dataDir?: string, traceFile?: string | null, poolSize: number,
 *           env?: Record<string, string>, nodeArgs?: string[] }} options
 * databaseUrl null: embedded mode (PGlite in dataDir, demo data seeded on first start).
 */
export async function startApi(options) {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build first (npx nx run api:build)`);
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    JWT_SECRET: randomBytes(32).toString('hex'),
    COOKIE_SECURE: 'false',
    JOBS: 'off',
    LOG_LEVEL: 'warn',
    DATABASE_POOL_SIZE: String(options.poolSize),
    ...(options.env ?? {}),
  };
  if (!options.env?.MIGRATE_ON_START) delete env.MIGRATE_ON_START;
  if (!options.env?.SEED_DEMO) delete env.SEED_DEMO;
  delete env.SQL_TRACE_FILE;
  if (options.traceFile) env.SQL_TRACE_FILE = options.traceFile;
  if (options.databaseUrl) {
    env.DATABASE_URL = options.databaseUrl;
    env.MIGRATE_ON_START ??= 'false';
    env.SEED_DEMO ??= 'false';
  } else {
    delete env.DATABASE_URL;
    env.DATA_DIR = options.dataDir;
  }
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), MAIN], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited (${child.exitCode}): ${stderr}`);
    try {
      const res = await fetch(`${url}/api/health/ready`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 180_000) {
      child.kill('SIGTERM');
      throw new Error(`The API did not become ready in 3 minutes: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  let peakRss = 0;
  let windowPeak = 0;
  const sampler = setInterval(() => {
    const { rss } = memoryOf(child.pid);
    peakRss = Math.max(peakRss, rss);
    windowPeak = Math.max(windowPeak, rss);
  }, 200);
  return {
    url,
    pid: child.pid,
    startupMs: Date.now() - started,
    /** Peak resident memory since start: the kernel's high-water mark, or our samples if larger. */
    peakRssBytes: () => Math.max(peakRss, memoryOf(child.pid).peak),
    /** The highest resident memory sampled since the last call (one scenario's peak). */
    takeWindowPeak() {
      const peak = Math.max(windowPeak, memoryOf(child.pid).rss);
      windowPeak = 0;
      return peak;
    },
    /** Whether it has died under load, and the last of what it wrote to stderr. */
    exited: () =>
      child.exitCode === null && child.signalCode === null
        ? null
        : { code: child.exitCode, signal: child.signalCode, stderr },
    async stop() {
      clearInterval(sampler);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

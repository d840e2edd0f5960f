import { randomBytes } from 'node:crypto';
import * as path from 'node:path';

/** Everything the service reads from its environment, read once at start. */
export interface AppConfig {
  port: number;
  /** The PostgreSQL server to use; absent means embedded PostgreSQL (PGlite) in dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  /** Largest pool of database connections per process. */
  databasePoolSize: number;
  /**
   * Prepare each parameterised statement once per connection (DATABASE_PREPARED_STATEMENTS, default
   * true). Turn off behind PgBouncer in transaction mode older than 1.21.
   */
  databasePreparedStatements: boolean;
  /** Benchmark only: append every statement and its parameters to this file (SQL_TRACE_FILE). */
  sqlTraceFile: string | null;
  jwtSecret: string;
  jwtIssuer: string;
  jwtAudience: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  cookieSecure: boolean;
  demoPassword: string;
  /** Seed the demo trust on first start (embedded mode) when the database is empty. */
  seedDemo: boolean;
  /** Apply pending migrations at start: default in embedded mode; `npm run migrate` otherwise. */
  migrateOnStart: boolean;
  /** Express "trust proxy": false, true, a hop count, or addresses (behind a load balancer). */
  trustProxy: boolean | number | string;
  logLevel: string;
  webDistDir: string;
  production: boolean;
  /**
   * The address people reach the service at, for links in emails and calendar feed addresses.
   * PUBLIC_URL; default http://localhost:PORT.
   */
  publicUrl: string;
  /**
   * Run the scheduled jobs in this process (the daily review digest, the email sender). JOBS=off turns
   * them off (tests call the jobs directly). Safe on several replicas: each job takes a PostgreSQL
   * advisory lock and every message has a dedupe key.
   */
  jobsEnabled: boolean;
  /** The local hour (Europe/London) from which the day's review digest is written. DIGEST_HOUR, default 7. */
  digestHour: number;
  /** SMTP for notification emails; null (no SMTP_HOST) keeps notifications in the app only. */
  smtp: SmtpConfig | null;
  /**
   * How old a school's measures snapshot (the head's dashboard, the trust summary) may be before it is
   * refreshed in the background, in seconds. MEASURES_MAX_AGE_SECONDS, default 300; 0 computes them
   * afresh on every request (the default under NODE_ENV=test, so tests see live figures).
   */
  measuresMaxAgeSeconds: number;
}

export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string | null;
  password: string | null;
  /** The From address, e.g. "SEND Register <no-reply@school.example>". */
  from: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a whole number, got "${value}"`);
  return parsed;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^[0-9]+$/.test(value)) return Number(value);
  return value;
}

function smtp(env: NodeJS.ProcessEnv): SmtpConfig | null {
  const host = env.SMTP_HOST?.trim();
  if (!host) return null;
  const port = int(env.SMTP_PORT, 587, 'SMTP_PORT');
  return {
    host,
    port,
    secure: bool(env.SMTP_SECURE, port === 465),
    user: env.SMTP_USER || null,
    password: env.SMTP_PASSWORD || null,
    from: env.SMTP_FROM || 'SEND Register <no-reply@localhost>',
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  let jwtSecret = env.JWT_SECRET ?? '';
  if (!jwtSecret) {
    if (production) throw new Error('JWT_SECRET must be set when NODE_ENV=production');
    // Outside production a fresh secret per process is fine: sessions survive restarts through the
    // refresh cookie, which lives in the database, not in the token.
    jwtSecret = randomBytes(32).toString('base64url');
  } else if (jwtSecret.length < 32) {
    throw new Error('JWT_SECRET must be at least 32 characters');
  }
  return {
    port: int(env.PORT, 3000, 'PORT'),
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR || 'data'),
    databasePoolSize: int(env.DATABASE_POOL_SIZE, 10, 'DATABASE_POOL_SIZE'),
    databasePreparedStatements: bool(env.DATABASE_PREPARED_STATEMENTS, true),
    sqlTraceFile: env.SQL_TRACE_FILE?.trim() || null,
    jwtSecret,
    jwtIssuer: env.JWT_ISSUER || 'send-register',
    jwtAudience: env.JWT_AUDIENCE || 'send-register-api',
    accessTokenTtlSeconds: int(env.ACCESS_TOKEN_TTL_SECONDS, 900, 'ACCESS_TOKEN_TTL_SECONDS'),
    refreshTokenTtlSeconds: int(env.REFRESH_TOKEN_TTL_SECONDS, 60 * 60 * 12, 'REFRESH_TOKEN_TTL_SECONDS'),
    cookieSecure: bool(env.COOKIE_SECURE, true),
    demoPassword: env.DEMO_PASSWORD || 'Demo-Password-1',
    seedDemo: bool(env.SEED_DEMO, databaseUrl === null),
    migrateOnStart: bool(env.MIGRATE_ON_START, databaseUrl === null),
    trustProxy: trustProxy(env.TRUST_PROXY),
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    webDistDir: path.resolve(env.WEB_DIST_DIR || 'dist/apps/web'),
    production,
    publicUrl: (env.PUBLIC_URL || `http://localhost:${int(env.PORT, 3000, 'PORT')}`).replace(/\/+$/, ''),
    jobsEnabled: bool(env.JOBS, env.NODE_ENV !== 'test'),
    digestHour: int(env.DIGEST_HOUR, 7, 'DIGEST_HOUR'),
    smtp: smtp(env),
    measuresMaxAgeSeconds: int(
      env.MEASURES_MAX_AGE_SECONDS,
      env.NODE_ENV === 'test' ? 0 : 300,
      'MEASURES_MAX_AGE_SECONDS',
    ),
  };
}

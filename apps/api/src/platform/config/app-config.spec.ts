import { loadConfig } from './app-config';

describe('configuration', () => {
  it('runs embedded with demo data when no DATABASE_URL is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      seedDemo: true,
      migrateOnStart: true,
      trustProxy: false,
    });
    expect(config.demoPassword).toBe('Demo-Password-1');
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('leaves migrations and demo data to explicit commands on a real server', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://x@localhost/db' });
    expect(config).toMatchObject({ seedDemo: false, migrateOnStart: false });
    expect(
      loadConfig({ DATABASE_URL: 'postgres://x@localhost/db', MIGRATE_ON_START: 'yes' }).migrateOnStart,
    ).toBe(true);
  });

  it('refuses to run in production without a strong JWT secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET must be set/);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/at least 32/);
  });

  it('reads TRUST_PROXY as a flag, a hop count or addresses', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
  });

  it('serves school measures up to five minutes old, live under test or when set to 0', () => {
    expect(loadConfig({}).measuresMaxAgeSeconds).toBe(300);
    expect(loadConfig({ NODE_ENV: 'test' }).measuresMaxAgeSeconds).toBe(0);
    expect(loadConfig({ NODE_ENV: 'test', MEASURES_MAX_AGE_SECONDS: '60' }).measuresMaxAgeSeconds).toBe(60);
    expect(loadConfig({ MEASURES_MAX_AGE_SECONDS: '0' }).measuresMaxAgeSeconds).toBe(0);
    expect(() => loadConfig({ MEASURES_MAX_AGE_SECONDS: '-1' })).toThrow(/MEASURES_MAX_AGE_SECONDS/);
  });

  it('prepares statements unless told not to, and traces SQL only when asked', () => {
    expect(loadConfig({}).databasePreparedStatements).toBe(true);
    expect(loadConfig({ DATABASE_PREPARED_STATEMENTS: 'false' }).databasePreparedStatements).toBe(false);
    expect(loadConfig({}).sqlTraceFile).toBeNull();
    expect(loadConfig({ SQL_TRACE_FILE: '/tmp/trace.jsonl' }).sqlTraceFile).toBe('/tmp/trace.jsonl');
  });

  it('names the variable when a number is not a number', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a whole number/);
  });
});

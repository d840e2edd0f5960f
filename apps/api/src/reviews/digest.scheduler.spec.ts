import { Logger } from '@nestjs/common';
import { loadConfig } from '../platform/config/app-config';
import type { DigestRun, DigestService } from './digest.service';
import { DIGEST_FIRST_TICK_MS, DIGEST_TICK_MS, ReviewDigestScheduler } from './digest.scheduler';

/** A stand-in for the digest service that records its runs (the real one is in digest.int-spec.ts). */
class RecordingDigests {
  runs: { today: string; skip: string[] }[] = [];
  failing = new Set<string>();
  async runAll(today: string, skip: ReadonlySet<string>): Promise<DigestRun> {
    this.runs.push({ today, skip: [...skip] });
    const schools = ['a', 'b'].filter((id) => !skip.has(id));
    return {
      schools: 2,
      done: schools.filter((id) => !this.failing.has(id)),
      failed: schools.filter((id) => this.failing.has(id)),
      messages: 0,
    };
  }
}

function scheduler(env: Record<string, string>) {
  const digests = new RecordingDigests();
  const config = loadConfig({ NODE_ENV: 'test', ...env });
  return { digests, jobs: new ReviewDigestScheduler(digests as unknown as DigestService, config) };
}

describe('the review digest scheduler', () => {
  beforeAll(() => {
    Logger.overrideLogger(false);
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('starts no timers when jobs are off (as in tests)', () => {
    const { jobs } = scheduler({});
    jobs.onApplicationBootstrap();
    expect(jobs.started).toBe(false);
  });

  it('runs shortly after start and every ten minutes once the hour has come, and stops on shutdown', async () => {
    jest.useFakeTimers({ now: new Date('2025-01-15T06:55:00Z') });
    const { digests, jobs } = scheduler({ JOBS: 'on', DIGEST_HOUR: '7' });
    jobs.onApplicationBootstrap();
    expect(jobs.started).toBe(true);
    await jest.advanceTimersByTimeAsync(DIGEST_FIRST_TICK_MS);
    expect(digests.runs).toEqual([]); // 06:55 in London: not yet
    await jest.advanceTimersByTimeAsync(DIGEST_TICK_MS);
    expect(digests.runs).toEqual([{ today: '2025-01-15', skip: [] }]);
    await jest.advanceTimersByTimeAsync(DIGEST_TICK_MS);
    // Both schools are done: later ticks that day pass over them.
    expect(digests.runs[1]).toEqual({ today: '2025-01-15', skip: ['a', 'b'] });
    await jobs.beforeApplicationShutdown();
    jobs.onApplicationShutdown();
    expect(jobs.started).toBe(false);
    await jest.advanceTimersByTimeAsync(DIGEST_TICK_MS * 3);
    expect(digests.runs).toHaveLength(2);
  });

  it('tries a failed school again on the next tick, and starts afresh the next day', async () => {
    const { digests, jobs } = scheduler({ JOBS: 'off', DIGEST_HOUR: '7' });
    digests.failing.add('b');
    await jobs.tick(new Date('2025-01-15T08:00:00Z'));
    await jobs.tick(new Date('2025-01-15T08:10:00Z'));
    expect(digests.runs.map((run) => run.skip)).toEqual([[], ['a']]);
    await jobs.tick(new Date('2025-01-16T08:00:00Z'));
    expect(digests.runs[2]).toEqual({ today: '2025-01-16', skip: [] });
  });
});

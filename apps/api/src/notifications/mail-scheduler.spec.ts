import { loadConfig } from '../platform/config/app-config';
import { MAIL_INTERVAL_MS, MailScheduler } from './mail-scheduler';
import type { MailerService, MailRun } from './mailer.service';

/** A sender that records its runs and finishes when told: the scheduler's timing is what is tested. */
function recordingSender() {
  const runs: { signal: AbortSignal | undefined; finish: () => void }[] = [];
  const sender = {
    sendPending: (_now: Date, signal?: AbortSignal) =>
      new Promise<MailRun>((resolve) => {
        runs.push({ signal, finish: () => resolve({ sent: 0, failed: 0 }) });
      }),
    logRun: () => undefined,
  };
  return { runs, sender: sender as unknown as MailerService };
}

const config = (env: Record<string, string>) =>
  loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), ...env });

describe('the email schedule', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs every minute when jobs are on and SMTP is set, one run at a time, and stops on shutdown', async () => {
    const { runs, sender } = recordingSender();
    const scheduler = new MailScheduler(sender, config({ SMTP_HOST: 'mail.example' }));
    scheduler.onApplicationBootstrap();
    expect(scheduler.scheduled).toBe(true);
    expect(runs).toHaveLength(0);

    jest.advanceTimersByTime(MAIL_INTERVAL_MS);
    expect(runs).toHaveLength(1);
    // Still sending a minute later: no second run on top of it.
    jest.advanceTimersByTime(MAIL_INTERVAL_MS);
    expect(runs).toHaveLength(1);
    // Asking while a run is under way answers that run, without starting another.
    const underWay = scheduler.tick();
    expect(runs).toHaveLength(1);
    runs[0]!.finish();
    await underWay;
    jest.advanceTimersByTime(MAIL_INTERVAL_MS);
    expect(runs).toHaveLength(2);

    // Shutting down asks the run under way to stop, waits for it, and clears the timer.
    let stopped = false;
    const shutdown = scheduler.onModuleDestroy().then(() => (stopped = true));
    expect(runs[1]!.signal?.aborted).toBe(true);
    await Promise.resolve();
    expect(stopped).toBe(false);
    runs[1]!.finish();
    await shutdown;
    expect(scheduler.scheduled).toBe(false);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('never keeps the process alive', () => {
    jest.useRealTimers();
    const { sender } = recordingSender();
    const scheduler = new MailScheduler(sender, config({ SMTP_HOST: 'mail.example' }));
    scheduler.onApplicationBootstrap();
    const timer = (scheduler as unknown as { timer: NodeJS.Timeout }).timer;
    expect(timer.hasRef()).toBe(false);
    void scheduler.onModuleDestroy();
  });

  it('does not run when jobs are off, or without SMTP', () => {
    const cases: Record<string, string>[] = [{ SMTP_HOST: 'mail.example', JOBS: 'off' }, {}];
    for (const env of cases) {
      const { sender } = recordingSender();
      const scheduler = new MailScheduler(sender, config(env));
      scheduler.onApplicationBootstrap();
      expect(scheduler.scheduled).toBe(false);
      expect(jest.getTimerCount()).toBe(0);
    }
  });
});

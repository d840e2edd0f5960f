import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../platform/config/app-config';
import { digestDay } from './digest-clock';
import { DigestService } from './digest.service';

/** How often the scheduler looks whether the day's digest is due, and how soon after start. */
export const DIGEST_TICK_MS = 10 * 60_000;
export const DIGEST_FIRST_TICK_MS = 30_000;

/**
 * Writes the day's review digests once the hour in England reaches DIGEST_HOUR (config.digestHour),
 * checking every ten minutes and shortly after start, when the process runs jobs (config.jobsEnabled).
 * It remembers which schools are done today, so later ticks try only those that failed; a restart
 * or another replica runs them again harmlessly (the digest's dedupe key, and its per-school lock).
 * Timers never keep the process alive and stop with the application.
 */
@Injectable()
export class ReviewDigestScheduler
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly logger = new Logger('ReviewDigest');
  private firstTick: NodeJS.Timeout | null = null;
  private interval: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private day: string | null = null;
  private readonly done = new Set<string>();

  constructor(
    private readonly digests: DigestService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobsEnabled) return;
    this.firstTick = setTimeout(() => void this.tick(), DIGEST_FIRST_TICK_MS).unref();
    this.interval = setInterval(() => void this.tick(), DIGEST_TICK_MS).unref();
  }

  /** Whether the timers are set (jobs on, application not stopped). */
  get started(): boolean {
    return this.interval !== null;
  }

  /**
   * One look at the clock: writes the digests of the schools not yet done today when the hour has
   * come. Answers when that work is over; never throws (it runs from a timer).
   */
  tick(now: Date = new Date()): Promise<void> {
    if (this.running) return this.running;
    const today = digestDay(now, this.config.digestHour);
    if (!today) return Promise.resolve();
    if (this.day !== today) {
      this.day = today;
      this.done.clear();
    }
    this.running = this.digests
      .runAll(today, this.done)
      .then((run) => {
        for (const schoolId of run.done) this.done.add(schoolId);
        if (run.done.length || run.failed.length) {
          this.logger.log(
            { today, schools: run.done.length, failed: run.failed.length, messages: run.messages },
            'review digests written',
          );
        }
      })
      .catch((error: unknown) => {
        const { name, code } = error as { name?: string; code?: string };
        this.logger.error({ today, err: { type: name, code } }, 'review digests could not start');
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private stop(): void {
    if (this.firstTick) clearTimeout(this.firstTick);
    if (this.interval) clearInterval(this.interval);
    this.firstTick = null;
    this.interval = null;
  }

  /** Stops the timers and lets a run under way finish while the database is still open. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stop();
    await this.running;
  }

  onApplicationShutdown(): void {
    this.stop();
  }
}

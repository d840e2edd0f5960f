import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../platform/config/app-config';
import { MailerService } from './mailer.service';

export const MAIL_INTERVAL_MS = 60_000;

/**
 * Runs the email sender every minute in this process, when jobs are on (JOBS) and SMTP is configured.
 * One run at a time here; across replicas the sender locks each school it works on. The timer never
 * keeps the process alive, and shutting down stops it and waits for the run under way.
 */
@Injectable()
export class MailScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('MailScheduler');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private readonly stopping = new AbortController();

  constructor(
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobsEnabled || !this.config.smtp) return;
    this.timer = setInterval(() => void this.tick(), MAIL_INTERVAL_MS);
    this.timer.unref();
  }

  get scheduled(): boolean {
    return this.timer !== null;
  }

  /** One run of the sender, unless one is still under way. */
  tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.mailer
      .sendPending(new Date(), this.stopping.signal)
      .then((run) => this.mailer.logRun(run))
      .catch((error: unknown) => {
        // By type only: a driver's message can quote a row.
        this.logger.error(
          { err: { type: error instanceof Error ? error.name : typeof error } },
          'sending failed',
        );
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.stopping.abort();
    await this.running;
  }
}

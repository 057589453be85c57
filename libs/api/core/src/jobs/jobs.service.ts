import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type PgBossType from 'pg-boss';
import { APP_CONFIG, AppConfig } from '../config/app-config';

type Handler = (data: Record<string, unknown>) => Promise<void>;
interface Registration {
  name: string;
  handler: Handler;
  /** cron expression (UTC) for a recurring job */
  cron?: string;
}

/**
 * The job queue, on PostgreSQL through pg-boss (no Redis). Features register
 * handlers at module init; the API process runs them when JOBS_IN_PROCESS is
 * on (the default), and `npm run worker` runs them in dedicated processes.
 * A process that does not run workers still enqueues.
 */
@Injectable()
export class JobsService implements OnApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private readonly registrations: Registration[] = [];
  private boss: PgBossType | null = null;
  private pollers: NodeJS.Timeout[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  register(name: string, handler: Handler, options: { cron?: string } = {}) {
    this.registrations.push({ name, handler, cron: options.cron });
  }

  /**
   * Runs `task` every `seconds` in this process while workers run. For cheap
   * polls such as the search outbox, where a queue round trip adds nothing.
   */
  every(seconds: number, name: string, task: () => Promise<unknown>) {
    this.registrations.push({
      name: `poll:${name}`,
      handler: async () => {
        await task();
      },
      cron: `every:${seconds}`,
    });
  }

  get running(): boolean {
    return this.boss !== null;
  }

  /** Starts pg-boss and the workers. */
  async startWorkers(): Promise<void> {
    const { default: PgBoss } = await import('pg-boss');
    const boss = new PgBoss({ connectionString: this.config.databaseUrl, schema: 'pgboss', max: 4 });
    boss.on('error', (error) => {
      // expected when the embedded PostgreSQL stops together with this process (Ctrl-C)
      if (/terminating connection due to administrator command/.test(error.message)) return;
      this.logger.error(`queue error: ${error.message}`);
    });
    await boss.start();
    this.boss = boss;
    for (const r of this.registrations) {
      if (r.cron?.startsWith('every:')) {
        const seconds = Number(r.cron.slice(6));
        let busy = false;
        const timer = setInterval(() => {
          if (busy) return;
          busy = true;
          r.handler({})
            .catch((error) => this.logger.warn(`${r.name}: ${(error as Error).message}`))
            .finally(() => (busy = false));
        }, seconds * 1000);
        timer.unref();
        this.pollers.push(timer);
        continue;
      }
      await boss.createQueue(r.name);
      await boss.work<Record<string, unknown>>(r.name, { pollingIntervalSeconds: 2 }, async (jobs) => {
        for (const job of jobs) await r.handler(job.data ?? {});
      });
      if (r.cron) await boss.schedule(r.name, r.cron, {}, { tz: 'UTC' });
    }
    this.logger.log(`workers started: ${this.registrations.map((r) => r.name).join(', ')}`);
  }

  /** Enqueues a job; without running workers the job waits for a worker process. */
  async send(name: string, data: Record<string, unknown>, options: { singletonKey?: string } = {}): Promise<void> {
    if (!this.boss) return; // a process without workers relies on the periodic sweeps of the worker processes
    await this.boss.send(name, data, options);
  }

  async onApplicationShutdown(): Promise<void> {
    for (const timer of this.pollers) clearInterval(timer);
    this.pollers = [];
    if (this.boss) {
      const boss = this.boss;
      this.boss = null;
      await boss.stop({ graceful: true, timeout: 5_000 });
    }
  }
}

// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- a declaration file must come along wherever this file is compiled (the tests compile it too)
/// <reference path="./pg-boss-plans.d.ts" />
import { DEFAULT_TIME_ZONE, DomainError, isTimeZone } from '@grassroots/domain';
import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import PgBoss from 'pg-boss';
// pg-boss's SQL for marking jobs done or failed, to recognise the two statements it sends without waiting (below).
import plans from 'pg-boss/src/plans';

import { DatabaseService } from '../database/database.module';

export interface QueueOptions {
  /** Attempts after the first failure (default 2), with exponential backoff from `retryDelaySeconds`. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A job still active after this long (its process died) is failed and retried (default GRASSROOTS_JOB_EXPIRE_SECONDS, 120 s). */
  expireInSeconds?: number;
  /** Jobs of this queue one process runs at a time (default 1). */
  concurrency?: number;
}

export interface QueuedJob<T> {
  id: string;
  data: T;
  retryCount: number;
  retryLimit: number;
}

type Handler = (job: QueuedJob<any>) => Promise<void>;
/** A Prisma transaction client (or anything that runs raw SQL on one connection). */
export interface RawTx {
  $queryRawUnsafe(query: string, ...values: unknown[]): Promise<unknown>;
}

/**
 * The job queue: pg-boss in the database itself (schema `pgboss`, created by a migration), on PostgreSQL and on the
 * embedded database alike, through the app's own pool. A job is claimed by exactly one process (FOR UPDATE SKIP
 * LOCKED), retried with backoff when it fails, and retried when the process running it dies (expiry). Schedules
 * (cron) run once across instances.
 *
 * GRASSROOTS_JOBS=off starts an instance that only enqueues (a web-only instance beside dedicated workers).
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly queues = new Map<string, { options: QueueOptions; handler: Handler }>();
  private readonly schedules: { name: string; cron: string; data: object }[] = [];
  private boss?: PgBoss;
  private stopped = false;
  private started?: Promise<PgBoss>;

  constructor(private readonly db: DatabaseService) {}

  /** Declares a queue and what runs its jobs; call from a module's onModuleInit. */
  define<T>(name: string, handler: (job: QueuedJob<T>) => Promise<void>, options: QueueOptions = {}): void {
    if (this.queues.has(name)) throw new Error(`Queue ${name} is defined twice`);
    this.queues.set(name, { options, handler });
  }

  /**
   * Sends `name` on `cron`, once across all instances. Crons read their hours in the deployment's zone
   * (`GRASSROOTS_CRON_TIME_ZONE`, China time by default): only server chores keep a wall-clock hour (the nightly
   * backup). Work that concerns programs must not depend on it: the notification scan runs every minute and its
   * reminders are relative (due within 24 h, starting within the hour), and quiet hours, calendar days and exports
   * use each program's own zone.
   */
  schedule(name: string, cron: string, data: object = {}): void {
    this.schedules.push({ name, cron, data });
  }

  async send<T extends object>(
    name: string,
    data: T,
    opts: { singletonKey?: string; startAfterSeconds?: number } = {},
  ): Promise<string> {
    const boss = await this.ready();
    const id = await boss.send(name, data, { singletonKey: opts.singletonKey, startAfter: opts.startAfterSeconds });
    if (!id) throw new Error(`Job ${name} was not queued (a job with key ${opts.singletonKey} is already queued)`);
    return id;
  }

  /**
   * Queues jobs inside the caller's transaction (pg-boss's insert, run on the transaction's connection): they exist
   * only if it commits, so a job can never point at a row that was rolled back, nor a row miss its job.
   */
  async sendInTransaction(tx: RawTx, jobs: { name: string; data: object; startAfter?: Date }[]): Promise<void> {
    if (jobs.length === 0) return;
    const boss = await this.ready();
    const db = {
      executeSql: async (text: string, values: unknown[] = []) => ({
        rows: (await tx.$queryRawUnsafe(text, ...values.map((v) => v ?? null))) as unknown[],
      }),
    };
    await boss.insert(
      jobs.map((j) => ({ name: j.name, data: j.data, startAfter: j.startAfter?.toISOString() })),
      { db } as object,
    );
  }

  /** Jobs waiting and running per queue (for /metrics). */
  async depth(): Promise<{ name: string; queued: number; active: number }[]> {
    const rows = await this.db.database.query<{ name: string; queued: number; active: number }>(
      `SELECT name,
              count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS queued,
              count(*) FILTER (WHERE state = 'active')::int AS active
         FROM pgboss.job WHERE state < 'completed' GROUP BY name`,
    );
    return rows;
  }

  /**
   * Starts pg-boss without holding up the app's start (≈0.2 s of statements — start to healthy, issue 12): requests
   * that queue a job wait for it (`send`), and /health/ready answers 503 until it has started (see `state`). A start
   * that fails is retried (1 s, 2 s, … at most every 30 s) rather than leaving a live process without jobs.
   */
  onApplicationBootstrap(): void {
    void this.keepStarting(1_000);
  }

  private retry?: NodeJS.Timeout;
  private closing = false;

  private async keepStarting(delayMs: number): Promise<void> {
    try {
      await this.ready();
      this.state = 'ok';
    } catch (e) {
      this.state = 'failed';
      this.started = undefined; // the next `ready()` (a retry, or a request queueing a job) starts again
      this.logger.error(`job queue did not start (retrying in ${delayMs / 1000} s): ${(e as Error).message}`);
      if (this.closing) return;
      this.retry = setTimeout(() => void this.keepStarting(Math.min(30_000, delayMs * 2)), delayMs);
      this.retry.unref();
    }
  }

  /** Whether the queue runs: `starting` until pg-boss has started, `failed` if it could not. */
  state: 'starting' | 'ok' | 'failed' = 'starting';

  private ready(): Promise<PgBoss> {
    return (this.started ??= this.start());
  }

  private async start(): Promise<PgBoss> {
    const work = process.env.GRASSROOTS_JOBS !== 'off';
    const boss = new PgBoss({
      // After stop() the database closes: pg-boss's late bookkeeping (a worker failing its job as the pool ends) is dropped
      // instead of hitting a closed pool; whatever was unfinished expires and is retried by a live instance.
      db: { executeSql: (text: string, values: unknown[] = []) => this.executeSql(text, values) },
      schema: 'pgboss',
      migrate: false, // the job_queue migration created the schema; pg-boss checks its version
      supervise: work,
      // How soon a job whose process died is failed (and retried): every queue's expiry bounds this check.
      maintenanceIntervalSeconds: Math.max(1, Math.min(120, expireSeconds())),
      schedule: work && this.schedules.length > 0,
    });
    boss.on('error', (e) => this.logger.error(`job queue: ${e.message}`));
    try {
      await this.setUp(boss, work);
    } catch (e) {
      await boss.stop({ graceful: false, wait: false }).catch(() => undefined);
      throw e;
    }
    this.boss = boss;
    return boss;
  }

  /**
   * pg-boss's workers mark a job completed or failed without awaiting the statement: if the database is unreachable at
   * that moment the rejection is unhandled, which ends the Node process. Those two statements' failures are logged
   * instead; the job stays active until it expires and is retried, as if its process had died.
   */
  private async executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> {
    const unawaited = UNAWAITED.has(text);
    // pg-boss reads `rows[0].count` from these two; an answer with nothing done keeps that from throwing too.
    if (this.stopped) return { rows: unawaited ? [{ count: '0' }] : [] };
    try {
      return { rows: await this.db.database.query(text, values) };
    } catch (e) {
      if (!unawaited) throw e;
      const [queue, ids] = values as [string, string[]];
      this.logger.error(
        `job queue could not record the outcome of ${queue} job ${ids.join(', ')} (it will expire and be retried): ${(e as Error).message}`,
      );
      return { rows: [{ count: '0' }] };
    }
  }

  private async setUp(boss: PgBoss, work: boolean): Promise<void> {
    await boss.start();
    for (const [name, { options }] of this.queues) {
      const queue = {
        name,
        retryLimit: options.retryLimit ?? 2,
        retryDelay: options.retryDelaySeconds ?? 2,
        retryBackoff: true,
        expireInSeconds: options.expireInSeconds ?? expireSeconds(),
      };
      if (await boss.getQueue(name)) await boss.updateQueue(name, queue);
      else await boss.createQueue(name, queue);
    }
    const tz = cronTimeZone(process.env);
    for (const s of this.schedules) await boss.schedule(s.name, s.cron, s.data, { tz });
    if (work) {
      for (const [name, { options, handler }] of this.queues) {
        for (let i = 0; i < (options.concurrency ?? 1); i++) {
          await boss.work(name, { includeMetadata: true, pollingIntervalSeconds: 0.5 }, async ([job]) => {
            try {
              await handler({ id: job.id, data: job.data, retryCount: job.retryCount, retryLimit: job.retryLimit });
            } catch (e) {
              // pg-boss stores why with the job; the log says it too (when the database is down, it is the only trace).
              this.logger.warn(
                `${name} job ${job.id} failed (attempt ${job.retryCount + 1} of ${job.retryLimit + 1}): ${failure(e)}`,
              );
              throw e;
            }
          });
        }
      }
    }
  }

  /** Stops claiming jobs and waits (bounded) for the running ones, before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    clearTimeout(this.retry);
    // A start still under way finishes first, so that what it started is stopped below (not left polling).
    await this.started?.catch(() => undefined);
    const boss = this.boss;
    if (!boss) {
      this.stopped = true;
      return;
    }
    this.boss = undefined;
    const timeout = Number(process.env.GRASSROOTS_SHUTDOWN_TIMEOUT_MS ?? 10_000);
    // Past the timeout pg-boss fails what is still running: those jobs are retried by another (or the next) process.
    await boss
      .stop({ graceful: true, wait: true, close: false, timeout })
      .catch((e: Error) => this.logger.error(`job queue stop: ${e.message}`));
    this.stopped = true;
  }
}

/** A job's error for the log: a refusal by its code only (its text may name people), anything else with its message. */
function failure(e: unknown): string {
  if (e instanceof DomainError) return `${e.code} ${e.messageCode}`;
  const err = e instanceof Error ? e : new Error(String(e));
  const code = (err as { code?: unknown }).code;
  return `${err.name}${typeof code === 'string' ? ` ${code}` : ''}: ${err.message.replace(/\s+/g, ' ').slice(0, 300)}`;
}

const UNAWAITED = new Set<string>([plans.completeJobs('pgboss'), plans.failJobsById('pgboss')]);

/** GRASSROOTS_JOB_EXPIRE_SECONDS: how long a running job may go before it counts as lost (its process died). */
function expireSeconds(): number {
  const s = Number(process.env.GRASSROOTS_JOB_EXPIRE_SECONDS ?? 120);
  if (!Number.isInteger(s) || s < 1)
    throw new Error(
      `GRASSROOTS_JOB_EXPIRE_SECONDS must be a whole number of seconds, not ${process.env.GRASSROOTS_JOB_EXPIRE_SECONDS}`,
    );
  return s;
}

/** The zone crons read their hours in: `GRASSROOTS_CRON_TIME_ZONE` (an IANA name), else the default; a bad name refuses. */
export function cronTimeZone(env: NodeJS.ProcessEnv): string {
  const tz = env.GRASSROOTS_CRON_TIME_ZONE?.trim();
  if (!tz) return DEFAULT_TIME_ZONE;
  if (!isTimeZone(tz))
    throw new Error(`GRASSROOTS_CRON_TIME_ZONE must be an IANA time zone such as Asia/Urumqi, got "${tz}"`);
  return tz;
}

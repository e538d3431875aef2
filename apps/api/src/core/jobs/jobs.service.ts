import { Prisma } from '@grassroots/db';
import { can, DomainError, englishText, msg, type Permission, type Role } from '@grassroots/domain';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';

import type { Actor } from '../auth/actor';
import { DatabaseService } from '../database/database.module';
import { JobQueue, type QueuedJob } from './job-queue.service';

const QUEUE = 'work';

export interface JobContext<P> {
  /** The user who started the job, as they are now (a deactivated user's job fails). */
  actor: Actor;
  params: P;
  /** The uploaded file, if the job has one. */
  input: Buffer | null;
  /**
   * Reports where the job is (throttled). A write of its own: never call it inside the job's transaction (on the
   * embedded database it would wait for that transaction to end).
   */
  progress(phase: string, done?: number, total?: number): Promise<void>;
  /**
   * Call inside the transaction that writes the job's effects: the job is recorded as done in that same
   * transaction, so a retry after a crash never applies them twice.
   */
  finish(tx: Prisma.TransactionClient, result: object): Promise<void>;
}

/** What a job's work gets to report progress and record its end with its effects. */
export type ImportHooks = Pick<JobContext<unknown>, 'progress' | 'finish'>;

type Handler = (ctx: JobContext<any>) => Promise<object>;

export interface JobView {
  id: string;
  kind: string;
  status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  phase: string;
  progress: number;
  total: number;
  result: unknown;
  error: string | null;
  errorCode: string | null;
  errorParams: unknown;
  attempts: number;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

const VIEW = {
  id: true,
  kind: true,
  status: true,
  phase: true,
  progress: true,
  total: true,
  result: true,
  error: true,
  errorCode: true,
  errorParams: true,
  attempts: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
} as const;

/**
 * Work that people start and then watch (imports): a `Job` row says who started it, how far it is and what came out;
 * the queue (JobQueue) runs it in whichever instance claims it. Modules register a handler per kind.
 */
@Injectable()
export class JobsService implements OnModuleInit {
  private readonly logger = new Logger('Jobs');
  private readonly handlers = new Map<string, { permission: Permission; handler: Handler }>();

  constructor(
    private readonly db: DatabaseService,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit(): void {
    this.queue.define<{ jobId: string }>(QUEUE, (job) => this.run(job), { retryLimit: 2, retryDelaySeconds: 2 });
  }

  /**
   * What runs jobs of `kind`, and the permission it takes: checked again when the job runs, against what its starter
   * may do then (a role changed or an account deactivated since the job was queued fails it).
   */
  handle<P>(kind: string, permission: Permission, handler: (ctx: JobContext<P>) => Promise<object>): void {
    if (this.handlers.has(kind)) throw new Error(`Job kind ${kind} has two handlers`);
    this.handlers.set(kind, { permission, handler: handler as Handler });
  }

  /** Records the job and queues it; the caller has already checked that the actor may do this. */
  async start(actor: Actor, kind: string, params: object, input?: Buffer): Promise<JobView> {
    if (!this.handlers.has(kind)) throw new Error(`No handler for job kind ${kind}`);
    const job = await this.db.prisma.job.create({
      data: {
        kind,
        params: params as Prisma.InputJsonValue,
        input: input ? new Uint8Array(input) : null,
        createdById: actor.id,
      },
      select: { id: true },
    });
    const queueJobId = await this.queue.send(QUEUE, { jobId: job.id }, { singletonKey: job.id });
    return this.db.prisma.job.update({ where: { id: job.id }, data: { queueJobId }, select: VIEW }) as Promise<JobView>;
  }

  /** A job its starter may see (no one else's). */
  async find(actor: Actor, id: string): Promise<JobView> {
    const job = await this.db.prisma.job.findFirst({ where: { id, createdById: actor.id }, select: VIEW });
    if (!job) throw DomainError.notFound('Job');
    return job as JobView;
  }

  private async run(queued: QueuedJob<{ jobId: string }>): Promise<void> {
    const id = queued.data.jobId;
    const job = await this.db.prisma.job.findUnique({
      where: { id },
      select: { id: true, kind: true, status: true, params: true, input: true, createdById: true },
    });
    if (!job || job.status === 'SUCCEEDED' || job.status === 'FAILED') return; // done before a crash, or gone
    const registered = this.handlers.get(job.kind);
    const claimed = await this.db.prisma.job.updateMany({
      where: { id, status: { notIn: ['SUCCEEDED', 'FAILED'] } },
      data: {
        status: 'RUNNING',
        phase: 'started',
        attempts: { increment: 1 },
        startedAt: new Date(),
        error: null,
        errorCode: null,
        errorParams: Prisma.DbNull,
      },
    });
    if (claimed.count === 0) return; // finished by another attempt meanwhile
    let finished = false;
    try {
      if (!registered) throw new Error(`No handler for job kind ${job.kind}`);
      const actor = await this.actorOf(job.createdById);
      if (!can(actor.role, registered.permission)) throw DomainError.forbidden(msg('jobs.personWhoStartedJobCan'));
      const handler = registered.handler;
      let last = 0;
      let lastPhase = '';
      const ctx: JobContext<unknown> = {
        actor,
        params: job.params,
        input: job.input ? Buffer.from(job.input) : null,
        progress: async (phase, done, total) => {
          // A new phase is always recorded; progress within a phase at most every 200 ms.
          const now = Date.now();
          if (phase === lastPhase && now - last < 200 && done !== total) return;
          last = now;
          lastPhase = phase;
          await this.db.prisma.job.update({
            where: { id },
            data: { phase, ...(done !== undefined && { progress: done }), ...(total !== undefined && { total }) },
          });
        },
        finish: async (tx, result) => {
          // Only one attempt may record success: another attempt of this job (its first run outlived its expiry and
          // was retried) that already committed makes this one roll back its effects.
          const n = await tx.job.updateMany({ where: { id, status: { not: 'SUCCEEDED' } }, data: done(result) });
          if (n.count === 0) throw new AlreadyDone();
          finished = true;
        },
      };
      const result = await handler(ctx);
      if (!finished) await this.db.prisma.job.update({ where: { id }, data: done(result) });
    } catch (e) {
      if (e instanceof AlreadyDone) return;
      const failure =
        e instanceof DomainError ? { code: e.messageCode, params: e.params } : { code: 'jobs.failed' as const };
      const message = englishText(failure.code, failure.params);
      const why = {
        error: message,
        errorCode: failure.code,
        errorParams: (failure.params as Prisma.InputJsonObject | undefined) ?? Prisma.DbNull,
      };
      const final = e instanceof DomainError || queued.retryCount >= queued.retryLimit;
      if (!(e instanceof DomainError)) {
        const line = `job ${id} (${job.kind}) attempt ${queued.retryCount + 1}${final ? ', the last' : ', will be retried'}: ${(e as Error).stack ?? e}`;
        if (final) this.logger.error(line);
        else this.logger.warn(line);
      }
      await this.db.prisma.job.update({
        where: { id },
        data: final
          ? { status: 'FAILED', phase: 'failed', ...why, input: null, finishedAt: new Date() }
          : { status: 'QUEUED', phase: 'retrying', ...why },
      });
      if (!final) throw e; // the queue retries it, with backoff
    }
  }

  private async actorOf(userId: string | null): Promise<Actor> {
    const u = userId
      ? await this.db.prisma.user.findUnique({
          where: { id: userId },
          select: { id: true, email: true, name: true, role: true, active: true, traineeId: true, sponsorId: true },
        })
      : null;
    if (!u || !u.active) throw DomainError.forbidden(msg('jobs.personWhoStartedJobCan'));
    return {
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role as Role,
      traineeId: u.traineeId,
      sponsorId: u.sponsorId,
      sessionId: 'job',
    };
  }
}

/** Another attempt of the same job has already recorded its success (and its effects). */
class AlreadyDone extends Error {}

function done(result: object): Prisma.JobUpdateManyMutationInput {
  return {
    status: 'SUCCEEDED',
    phase: 'done',
    result: result as Prisma.InputJsonValue,
    input: null,
    finishedAt: new Date(),
    error: null,
    errorCode: null,
    errorParams: Prisma.DbNull,
  };
}

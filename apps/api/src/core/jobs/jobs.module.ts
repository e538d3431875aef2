import { Global, Module } from '@nestjs/common';

import { ScheduledBackups } from '../operability/scheduled-backups';
import { JobQueue } from './job-queue.service';
import { JobsService } from './jobs.service';

/** The job queue, people's jobs (handlers register in their own module) and the scheduled backups. */
@Global()
@Module({ providers: [JobQueue, JobsService, ScheduledBackups], exports: [JobQueue, JobsService, ScheduledBackups] })
export class JobsModule {}

import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service';
import { JobsService } from './jobs.service';

/** The job queue and people's jobs, for every module (handlers register in their own module). */
@Global()
@Module({ providers: [JobQueue, JobsService], exports: [JobQueue, JobsService] })
export class JobsModule {}

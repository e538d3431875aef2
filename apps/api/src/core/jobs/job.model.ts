import type { MessageParams } from '@grassroots/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { JSONObject } from '../graphql/json.scalar';
import { ImportReport } from '../graphql/models/import-report.model';
import type { JobView } from './jobs.service';

export enum JobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(JobStatus, {
  name: 'JobStatus',
  description: 'Where a job is: queued, running, done (succeeded or failed)',
});

@ObjectType({ description: 'An import running off the request path: poll it until it has finished' })
export class ImportJob {
  @Field(() => ID) id: string;
  @Field(() => JobStatus) status: JobStatus;
  @Field({ description: 'queued, started, reading, checking, writing, done, retrying, failed' }) phase: string;
  @Field(() => Int, { description: 'Rows done so far, of total' }) progress: number;
  @Field(() => Int) total: number;
  @Field(() => ImportReport, {
    nullable: true,
    description: 'Once succeeded: all rows imported, or none with every problem',
  })
  report: ImportReport | null;
  @Field(() => String, { nullable: true, description: 'Why it failed (after its retries), in English: a fallback' })
  error: string | null;
  @Field(() => String, { nullable: true, description: 'Why it failed: a message code of the shared catalog' })
  errorCode: string | null;
  @Field(() => JSONObject, { nullable: true, description: 'The parameters of errorCode' })
  errorParams: MessageParams | null;
  @Field(() => Int, { description: 'Attempts so far (a failed attempt is retried with backoff)' }) attempts: number;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
}

export function toImportJob(j: JobView): ImportJob {
  return {
    id: j.id,
    status: j.status as JobStatus,
    phase: j.phase,
    progress: j.progress,
    total: j.total,
    report: j.status === 'SUCCEEDED' ? (j.result as ImportReport) : null,
    error: j.error,
    errorCode: j.errorCode,
    errorParams: (j.errorParams as MessageParams | null) ?? null,
    attempts: j.attempts,
    createdAt: j.createdAt,
    finishedAt: j.finishedAt,
  };
}

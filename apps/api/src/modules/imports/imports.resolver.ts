import { AUTHENTICATED } from '@grassroots/domain';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';

import type { Actor } from '../../core/auth/actor';
import { CurrentUser } from '../../core/auth/current-user';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import { ImportJob, toImportJob } from '../../core/jobs/job.model';
import { JobsService } from '../../core/jobs/jobs.service';

@Resolver(() => ImportJob)
export class ImportsResolver {
  constructor(private readonly jobs: JobsService) {}

  @Query(() => ImportJob, { description: 'An import you started (nobody else’s): its progress, then its report' })
  @RequirePolicy(AUTHENTICATED)
  async importJob(@CurrentUser() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toImportJob(await this.jobs.find(actor, id));
  }
}

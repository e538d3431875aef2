import { AUTHENTICATED } from '@grassroots/domain';
import { Query, Resolver } from '@nestjs/graphql';

import type { Actor } from '../../core/auth/actor';
import { CurrentUser } from '../../core/auth/current-user';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import { Workbench } from './models/workbench.model';
import { WorkbenchService } from './workbench.service';

@Resolver(() => Workbench)
export class WorkbenchResolver {
  constructor(private readonly service: WorkbenchService) {}

  @Query(() => Workbench, {
    description:
      "The caller's landing page: their role's to-do counts, today's timeline and key figures, within their scope",
  })
  @RequirePolicy(AUTHENTICATED)
  workbench(@CurrentUser() actor: Actor) {
    return this.service.forActor(actor);
  }
}

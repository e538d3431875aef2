import { Permission } from '@grassroots/domain';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { Actor } from '../../core/auth/actor';
import { CurrentUser } from '../../core/auth/current-user';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { Trainee } from '../trainees/models/trainee.model';
import { DecideGraduationInput, GraduationCheck, RecordOutcomeInput, TraineeOutcome } from './graduation.model';
import { GraduationService } from './graduation.service';

@Resolver(() => GraduationCheck)
export class GraduationResolver {
  constructor(private readonly service: GraduationService) {}

  @Query(() => [GraduationCheck], {
    description: 'Each active trainee of a cohort against the program’s graduation criteria, with reasons',
  })
  @RequirePolicy(Permission.GRADUATION_READ)
  graduationReport(@CurrentUser() actor: Actor, @Args('cohortId', { type: () => ID }) cohortId: string) {
    return this.service.report(actor, cohortId);
  }

  @Mutation(() => Trainee, { description: 'Graduates an eligible trainee, or drops one with a reason' })
  @RequirePolicy(Permission.GRADUATION_DECIDE)
  decideGraduation(@CurrentUser() actor: Actor, @Args('input') input: DecideGraduationInput) {
    return this.service.decide(actor, input);
  }
}

@Resolver(() => Trainee)
export class TraineeOutcomesResolver {
  constructor(private readonly service: GraduationService) {}

  @Mutation(() => TraineeOutcome, { description: 'Records the 1-, 3- or 6-month follow-up of a trainee who finished' })
  @RequirePolicy(Permission.OUTCOMES_WRITE)
  recordOutcome(@CurrentUser() actor: Actor, @Args('input') input: RecordOutcomeInput) {
    return this.service.recordOutcome(actor, input);
  }

  @ResolveField(() => [TraineeOutcome], { description: 'Follow-ups after the program (staff only)' })
  @RequirePolicy(Permission.GRADUATION_READ)
  outcomes(@Parent() t: Trainee, @Context() ctx: GqlContext) {
    return ctx.loaders.outcomesByTrainee.load(t.id);
  }
}

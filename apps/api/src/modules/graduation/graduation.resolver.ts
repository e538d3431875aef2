import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@grassroots/domain';
import { CurrentUser, type Actor } from '../../core/auth/current-user';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import { Trainee } from '../trainees/models/trainee.model';
import { DecideGraduationInput, GraduationCheck } from './graduation.model';
import { GraduationService } from './graduation.service';

@Resolver(() => GraduationCheck)
export class GraduationResolver {
  constructor(private readonly service: GraduationService) {}

  @Query(() => [GraduationCheck], { description: 'Each active trainee of a cohort against the program’s graduation criteria, with reasons' })
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

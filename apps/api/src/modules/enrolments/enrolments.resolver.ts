import { Permission } from '@grassroots/domain';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { Actor } from '../../core/auth/actor';
import { CurrentUser } from '../../core/auth/current-user';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { Cohort } from '../cohorts/models/cohort.model';
import { Trainee } from '../trainees/models/trainee.model';
import {
  EnrolmentsArgs,
  EnrolTraineesInput,
  PromoteGraduatesInput,
  WithdrawEnrolmentInput,
} from './dto/enrolment.input';
import { EnrolmentsService } from './enrolments.service';
import { Enrolment, EnrolmentPage } from './models/enrolment.model';

@Resolver(() => Enrolment)
export class EnrolmentsResolver {
  constructor(private readonly service: EnrolmentsService) {}

  @Query(() => EnrolmentPage)
  @RequirePolicy(Permission.ENROLMENTS_READ)
  enrolments(@CurrentUser() actor: Actor, @Args() args: EnrolmentsArgs) {
    return this.service.list(actor, args);
  }

  @Mutation(() => [Enrolment], { description: 'Enrols trainees into a cohort: all of them or none' })
  @RequirePolicy(Permission.ENROLMENTS_WRITE)
  enrolTrainees(@Args('input') input: EnrolTraineesInput) {
    return this.service.enrol(input);
  }

  @Mutation(() => [Enrolment], {
    description:
      'Enrols graduates of a short-term cohort into a long-term cohort of the same program: all of them or none',
  })
  @RequirePolicy(Permission.ENROLMENTS_WRITE)
  promoteGraduates(@CurrentUser() actor: Actor, @Args('input') input: PromoteGraduatesInput) {
    return this.service.promote(actor, input);
  }

  @Mutation(() => Enrolment)
  @RequirePolicy(Permission.ENROLMENTS_WRITE)
  withdrawEnrolment(@CurrentUser() actor: Actor, @Args('input') input: WithdrawEnrolmentInput) {
    return this.service.withdraw(actor, input);
  }

  @ResolveField(() => Trainee, { nullable: true })
  @RequirePolicy(Permission.TRAINEES_READ)
  trainee(@Parent() e: Enrolment, @Context() ctx: GqlContext) {
    return ctx.loaders.trainee.load(e.traineeId);
  }

  @ResolveField(() => Cohort, { nullable: true })
  @RequirePolicy(Permission.COHORTS_READ)
  cohort(@Parent() e: Enrolment, @Context() ctx: GqlContext) {
    return ctx.loaders.cohort.load(e.cohortId);
  }
}

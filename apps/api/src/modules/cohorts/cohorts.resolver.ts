import { Permission } from '@grassroots/domain';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { Actor } from '../../core/auth/actor';
import { CurrentUser } from '../../core/auth/current-user';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { Enrolment } from '../enrolments/models/enrolment.model';
import { Program } from '../programs/models/program.model';
import { CohortsService } from './cohorts.service';
import { CohortsArgs, CreateCohortInput, UpdateCohortInput } from './dto/cohort.input';
import { Cohort, CohortPage } from './models/cohort.model';

@Resolver(() => Cohort)
export class CohortsResolver {
  constructor(private readonly service: CohortsService) {}

  @Query(() => CohortPage)
  @RequirePolicy(Permission.COHORTS_READ)
  cohorts(@CurrentUser() actor: Actor, @Args() args: CohortsArgs) {
    return this.service.list(actor, args);
  }

  @Query(() => Cohort)
  @RequirePolicy(Permission.COHORTS_READ)
  cohort(@CurrentUser() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => Cohort)
  @RequirePolicy(Permission.COHORTS_WRITE)
  createCohort(@Args('input') input: CreateCohortInput) {
    return this.service.create(input);
  }

  @Mutation(() => Cohort)
  @RequirePolicy(Permission.COHORTS_WRITE)
  updateCohort(@CurrentUser() actor: Actor, @Args('input') input: UpdateCohortInput) {
    return this.service.update(actor, input);
  }

  @ResolveField(() => Program, { nullable: true })
  @RequirePolicy(Permission.PROGRAMS_READ)
  program(@Parent() c: Cohort, @Context() ctx: GqlContext) {
    return ctx.loaders.program.load(c.programId);
  }

  @ResolveField(() => Int, { description: 'Seats taken: active and completed enrolments' })
  @RequirePolicy(Permission.COHORTS_READ)
  enrolledCount(@Parent() c: Cohort, @Context() ctx: GqlContext) {
    return ctx.loaders.seatsTakenByCohort.load(c.id);
  }

  @ResolveField(() => Int)
  @RequirePolicy(Permission.COHORTS_READ)
  async seatsLeft(@Parent() c: Cohort, @Context() ctx: GqlContext) {
    return Math.max(0, c.capacity - (await ctx.loaders.seatsTakenByCohort.load(c.id)));
  }

  @ResolveField(() => [Enrolment], { description: 'Enrolments you may see (a trainee sees only their own)' })
  @RequirePolicy(Permission.ENROLMENTS_READ)
  enrolments(@Parent() c: Cohort, @Context() ctx: GqlContext) {
    return ctx.loaders.enrolmentsByCohort.load(c.id);
  }
}

import { Permission } from '@grassroots/domain';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { Actor } from '../../core/auth/actor';
import { CurrentUser } from '../../core/auth/current-user';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { Cohort } from '../cohorts/models/cohort.model';
import { Sponsor } from '../sponsors/models/sponsor.model';
import { CreateProgramInput, ProgramsArgs, UpdateProgramInput } from './dto/program.input';
import { Program, ProgramPage, ProgramTraineeCounts } from './models/program.model';
import { ProgramsService } from './programs.service';

@Resolver(() => Program)
export class ProgramsResolver {
  constructor(private readonly service: ProgramsService) {}

  @Query(() => ProgramPage)
  @RequirePolicy(Permission.PROGRAMS_READ)
  programs(@CurrentUser() actor: Actor, @Args() args: ProgramsArgs) {
    return this.service.list(actor, args);
  }

  @Query(() => Program)
  @RequirePolicy(Permission.PROGRAMS_READ)
  program(@CurrentUser() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => Program)
  @RequirePolicy(Permission.PROGRAMS_WRITE)
  createProgram(@Args('input') input: CreateProgramInput) {
    return this.service.create(input);
  }

  @Mutation(() => Program)
  @RequirePolicy(Permission.PROGRAMS_WRITE)
  updateProgram(@CurrentUser() actor: Actor, @Args('input') input: UpdateProgramInput) {
    return this.service.update(actor, input);
  }

  @ResolveField(() => Sponsor, { nullable: true })
  @RequirePolicy(Permission.SPONSORS_READ)
  sponsor(@Parent() p: Program, @Context() ctx: GqlContext) {
    return ctx.loaders.sponsor.load(p.sponsorId);
  }

  @ResolveField(() => [Cohort], { description: 'Cohorts of this program that you may see' })
  @RequirePolicy(Permission.COHORTS_READ)
  cohorts(@Parent() p: Program, @Context() ctx: GqlContext) {
    return ctx.loaders.cohortsByProgram.load(p.id);
  }

  @ResolveField(() => Int)
  @RequirePolicy(Permission.COHORTS_READ)
  cohortCount(@Parent() p: Program, @Context() ctx: GqlContext) {
    return ctx.loaders.cohortCountByProgram.load(p.id);
  }

  @ResolveField(() => Int, {
    description: 'Distinct trainees in or through a cohort of this program (withdrawals excluded)',
  })
  @RequirePolicy(Permission.PROGRAMS_READ)
  enrolledCount(@Parent() p: Program, @Context() ctx: GqlContext) {
    return ctx.loaders.traineeCountByProgram.load(p.id);
  }

  @ResolveField(() => ProgramTraineeCounts, {
    description: 'Enrolled, in training, graduated and dropped out, as the sponsor report defines them',
  })
  @RequirePolicy(Permission.PROGRAMS_READ)
  traineeCounts(@Parent() p: Program, @Context() ctx: GqlContext) {
    return ctx.loaders.traineeCountsByProgram.load(p.id);
  }
}

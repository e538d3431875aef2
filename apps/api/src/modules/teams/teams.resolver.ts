import { Permission } from '@grassroots/domain';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { Actor } from '../../core/auth/actor';
import { CurrentUser } from '../../core/auth/current-user';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { Cohort } from '../cohorts/models/cohort.model';
import { Trainee } from '../trainees/models/trainee.model';
import { AssignTeamInput, CreateTeamInput, EndTeamAssignmentInput, TeamsArgs, UpdateTeamInput } from './dto/team.input';
import { CoverageGap, StaffWorkload, Team, TeamAssignment, TeamMember, TeamPage } from './models/team.model';
import { TeamsService } from './teams.service';

@Resolver(() => Team)
export class TeamsResolver {
  constructor(private readonly service: TeamsService) {}

  @Query(() => TeamPage)
  @RequirePolicy(Permission.TEAMS_READ)
  teams(@CurrentUser() actor: Actor, @Args() args: TeamsArgs) {
    return this.service.list(actor, args);
  }

  @Query(() => Team)
  @RequirePolicy(Permission.TEAMS_READ)
  team(@CurrentUser() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => Team)
  @RequirePolicy(Permission.TEAMS_WRITE)
  createTeam(@CurrentUser() actor: Actor, @Args('input') input: CreateTeamInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => Team, { description: 'Renames the team and replaces its line-up; history is kept' })
  @RequirePolicy(Permission.TEAMS_WRITE)
  updateTeam(@CurrentUser() actor: Actor, @Args('input') input: UpdateTeamInput) {
    return this.service.update(actor, input);
  }

  @Mutation(() => TeamAssignment, { description: 'Puts a trainee under this team (ending their current team, if any)' })
  @RequirePolicy(Permission.TEAMS_WRITE)
  assignTeam(@CurrentUser() actor: Actor, @Args('input') input: AssignTeamInput) {
    return this.service.assign(actor, input);
  }

  @Mutation(() => TeamAssignment)
  @RequirePolicy(Permission.TEAMS_WRITE)
  endTeamAssignment(@CurrentUser() actor: Actor, @Args('input') input: EndTeamAssignmentInput) {
    return this.service.endAssignment(actor, input);
  }

  @Query(() => [StaffWorkload], { description: 'Every active SUPPORT user: trainees backed now against the cap' })
  @RequirePolicy(Permission.TEAMS_WRITE)
  staffWorkload() {
    return this.service.workload();
  }

  @Query(() => [CoverageGap], { description: 'Active trainees without a complete support team' })
  @RequirePolicy(Permission.TEAMS_WRITE)
  teamCoverageGaps(
    @CurrentUser() actor: Actor,
    @Args('cohortId', { type: () => ID, nullable: true }) cohortId?: string,
  ) {
    return this.service.coverageGaps(actor, cohortId);
  }

  @ResolveField(() => Cohort, { nullable: true })
  @RequirePolicy(Permission.COHORTS_READ)
  cohort(@Parent() t: Team, @Context() ctx: GqlContext) {
    return ctx.loaders.cohort.load(t.cohortId);
  }

  @ResolveField(() => [Trainee], { description: 'Trainees the team backs now' })
  @RequirePolicy(Permission.TEAMS_READ)
  trainees(@Parent() t: Team, @Context() ctx: GqlContext) {
    return ctx.loaders.teams.traineesByTeam.load(t.id);
  }

  @ResolveField(() => [TeamMember], { description: 'Every seat the team has had, newest first' })
  @RequirePolicy(Permission.TEAMS_READ)
  memberHistory(@Parent() t: Team, @Context() ctx: GqlContext) {
    return ctx.loaders.teams.memberHistoryByTeam.load(t.id);
  }

  @ResolveField(() => [TeamAssignment], { description: 'Who the team backed and when, newest first' })
  @RequirePolicy(Permission.TEAMS_READ)
  assignmentHistory(@Parent() t: Team, @Context() ctx: GqlContext) {
    return ctx.loaders.teams.assignmentsByTeam.load(t.id);
  }
}

@Resolver(() => TeamAssignment)
export class TeamAssignmentResolver {
  @ResolveField(() => Trainee, { nullable: true })
  @RequirePolicy(Permission.TRAINEES_READ)
  trainee(@Parent() a: TeamAssignment, @Context() ctx: GqlContext) {
    return ctx.loaders.trainee.load(a.traineeId);
  }

  @ResolveField(() => Team, { nullable: true })
  @RequirePolicy(Permission.TEAMS_READ)
  team(@Parent() a: TeamAssignment, @Context() ctx: GqlContext) {
    return ctx.loaders.teams.team.load(a.teamId);
  }
}

@Resolver(() => Trainee)
export class TraineeTeamResolver {
  @ResolveField(() => Team, { nullable: true, description: 'The support team backing this trainee now' })
  @RequirePolicy(Permission.TEAMS_READ)
  async supportTeam(@Parent() t: Trainee, @Context() ctx: GqlContext) {
    return (await ctx.loaders.teams.currentByTrainee.load(t.id))[0] ?? null;
  }

  @ResolveField(() => [TeamAssignment], { description: 'Every team that backed this trainee, newest first' })
  @RequirePolicy(Permission.TEAMS_READ)
  teamHistory(@Parent() t: Trainee, @Context() ctx: GqlContext) {
    return ctx.loaders.teams.assignmentsByTrainee.load(t.id);
  }
}

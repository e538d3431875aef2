import { Permission } from '@grassroots/domain';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { Actor } from '../../core/auth/actor';
import { CurrentUser } from '../../core/auth/current-user';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { ImportJob } from '../../core/jobs/job.model';
import { Product } from '../catalogue/models/catalogue.model';
import { Program } from '../programs/models/program.model';
import { Team } from '../teams/models/team.model';
import { Trainee } from '../trainees/models/trainee.model';
import {
  AvailabilityArgs,
  CancelSessionInput,
  ImportResultsInput,
  LiveSessionsArgs,
  PerformanceArgs,
  RecordResultsInput,
  ScheduleSessionInput,
  ScheduleSessionSeriesInput,
  SessionDaysArgs,
  UpdateSessionInput,
} from './dto/session.input';
import { Availability } from './models/availability.model';
import {
  LiveSession,
  LiveSessionItem,
  LiveSessionPage,
  SalesTotals,
  SessionDay,
  TeamTraineeResult,
  TraineePerformance,
} from './models/session.model';
import { SessionsService } from './sessions.service';

@Resolver(() => LiveSession)
export class SessionsResolver {
  constructor(private readonly service: SessionsService) {}

  @Query(() => LiveSessionPage)
  @RequirePolicy(Permission.SESSIONS_READ)
  liveSessions(@CurrentUser() actor: Actor, @Args() args: LiveSessionsArgs) {
    return this.service.list(actor, args);
  }

  @Query(() => LiveSession)
  @RequirePolicy(Permission.SESSIONS_READ)
  liveSession(@CurrentUser() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Query(() => [SessionDay], { description: 'Per-day session counts and GMV for a calendar (at most two months)' })
  @RequirePolicy(Permission.SESSIONS_READ)
  sessionDays(@CurrentUser() actor: Actor, @Args() args: SessionDaysArgs) {
    return this.service.days(actor, args);
  }

  @Query(() => TraineePerformance)
  @RequirePolicy(Permission.SESSIONS_READ)
  traineePerformance(@CurrentUser() actor: Actor, @Args() args: PerformanceArgs) {
    return this.service.performance(actor, args);
  }

  @Mutation(() => LiveSession, {
    description: 'Schedules a session with the trainee’s team; QC gate and double booking checked',
  })
  @RequirePolicy(Permission.SESSIONS_WRITE)
  scheduleSession(@CurrentUser() actor: Actor, @Args('input') input: ScheduleSessionInput) {
    return this.service.schedule(actor, input);
  }

  @Query(() => Availability, {
    description:
      "A week of a team's and its streamer's time: lessons, sessions, members' other sessions, free prime-time slots",
  })
  @RequirePolicy(Permission.SESSIONS_WRITE)
  availability(@CurrentUser() actor: Actor, @Args() args: AvailabilityArgs) {
    return this.service.availability(actor, args);
  }

  @Mutation(() => [LiveSession], {
    description:
      'Books a repeating session (≤ 62 occurrences) all or nothing; a CONFLICT lists every clashing occurrence',
  })
  @RequirePolicy(Permission.SESSIONS_WRITE)
  scheduleSessionSeries(@CurrentUser() actor: Actor, @Args('input') input: ScheduleSessionSeriesInput) {
    return this.service.scheduleSeries(actor, input);
  }

  @Mutation(() => LiveSession, { description: 'Edits a session that has not started' })
  @RequirePolicy(Permission.SESSIONS_WRITE)
  updateSession(@CurrentUser() actor: Actor, @Args('input') input: UpdateSessionInput) {
    return this.service.update(actor, input);
  }

  @Mutation(() => LiveSession, {
    description: 'Goes LIVE; refused when a featured product no longer passes the QC gate',
  })
  @RequirePolicy(Permission.SESSIONS_WRITE)
  startSession(@CurrentUser() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.start(actor, id);
  }

  @Mutation(() => LiveSession)
  @RequirePolicy(Permission.SESSIONS_WRITE)
  endSession(@CurrentUser() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.end(actor, id);
  }

  @Mutation(() => LiveSession)
  @RequirePolicy(Permission.SESSIONS_WRITE)
  cancelSession(@CurrentUser() actor: Actor, @Args('input') input: CancelSessionInput) {
    return this.service.cancel(actor, input);
  }

  @Mutation(() => LiveSession, { description: 'Records an ended session’s results, each figure with its provenance' })
  @RequirePolicy(Permission.SESSIONS_WRITE)
  recordSessionResults(@CurrentUser() actor: Actor, @Args('input') input: RecordResultsInput) {
    return this.service.recordResults(actor, input);
  }

  @Mutation(() => ImportJob, {
    description: 'Starts importing results from a platform CSV export (a job: poll importJob): all rows or none',
  })
  @RequirePolicy(Permission.SESSIONS_WRITE)
  importSessionResults(@CurrentUser() actor: Actor, @Args('input') input: ImportResultsInput) {
    return this.service.startImportResults(actor, input);
  }

  @ResolveField(() => Trainee, { nullable: true, description: 'The streamer' })
  @RequirePolicy(Permission.TRAINEES_READ)
  trainee(@Parent() s: LiveSession, @Context() ctx: GqlContext) {
    return ctx.loaders.trainee.load(s.traineeId);
  }

  @ResolveField(() => Team, { nullable: true })
  @RequirePolicy(Permission.TEAMS_READ)
  team(@Parent() s: LiveSession, @Context() ctx: GqlContext) {
    return ctx.loaders.teams.team.load(s.teamId);
  }

  @ResolveField(() => String, { description: 'IANA time zone of its program: its times are shown and entered in it' })
  @RequirePolicy(Permission.SESSIONS_READ)
  timeZone(@Parent() s: LiveSession, @Context() ctx: GqlContext) {
    return ctx.loaders.sessions.timeZoneByCohort.load(s.cohortId);
  }

  @ResolveField(() => [LiveSessionItem], { description: 'The run of show, in order' })
  @RequirePolicy(Permission.SESSIONS_READ)
  items(@Parent() s: LiveSession, @Context() ctx: GqlContext) {
    return ctx.loaders.sessions.itemsBySession.load(s.id);
  }
}

@Resolver(() => LiveSessionItem)
export class LiveSessionItemResolver {
  @ResolveField(() => Product, { nullable: true })
  @RequirePolicy(Permission.SESSIONS_READ)
  product(@Parent() i: LiveSessionItem, @Context() ctx: GqlContext) {
    return ctx.loaders.sessions.product.load(i.productId);
  }
}

@Resolver(() => Team)
export class TeamResultsResolver {
  @ResolveField(() => [TeamTraineeResult], {
    description: 'Each backed trainee’s totals over this team’s ended sessions',
  })
  @RequirePolicy(Permission.SESSIONS_READ)
  results(@Parent() t: Team, @Context() ctx: GqlContext) {
    return ctx.loaders.sessions.resultsByTeam.load(t.id);
  }
}

@Resolver(() => Program)
export class ProgramSalesResolver {
  @ResolveField(() => SalesTotals, {
    description: 'Live-session totals of the program: aggregates only (what sponsors see of sales)',
  })
  @RequirePolicy(Permission.PROGRAMS_READ)
  liveSales(@Parent() p: Program, @Context() ctx: GqlContext) {
    return ctx.loaders.sessions.totalsByProgram.load(p.id);
  }
}

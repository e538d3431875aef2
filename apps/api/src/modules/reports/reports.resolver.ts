import { Permission } from '@grassroots/domain';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { Actor } from '../../core/auth/actor';
import { CurrentUser } from '../../core/auth/current-user';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { Program } from '../programs/models/program.model';
import {
  AcceptReportInput,
  PrepareReportInput,
  ProgramExpensesArgs,
  RecordExpenseInput,
  ReturnReportInput,
  SubmitReportInput,
} from './dto/report.input';
import {
  ProgramExpense,
  ProgramExpensePage,
  ProgramReport,
  ReportPeriodStatus,
  ReportTrainee,
  SponsorReport,
} from './models/report.model';
import { ReportsService } from './reports.service';

@Resolver(() => SponsorReport)
export class ReportsResolver {
  constructor(private readonly service: ReportsService) {}

  @Query(() => ProgramReport, {
    description: "A program's figures for a month (2026-11) or quarter (2026-Q4), computed now",
  })
  @RequirePolicy(Permission.REPORTS_READ)
  programReport(
    @CurrentUser() actor: Actor,
    @Args('programId', { type: () => ID }) programId: string,
    @Args('period') period: string,
  ) {
    return this.service.live(actor, programId, period);
  }

  @Query(() => [SponsorReport], {
    description: "The program's period reports, newest first (sponsors see them once submitted)",
  })
  @RequirePolicy(Permission.REPORTS_READ)
  sponsorReports(@CurrentUser() actor: Actor, @Args('programId', { type: () => ID }) programId: string) {
    return this.service.list(actor, programId);
  }

  @Query(() => [ReportTrainee], {
    description: "A cohort's trainees, de-identified, with their figures for the period",
  })
  @RequirePolicy(Permission.REPORTS_READ)
  reportTrainees(
    @CurrentUser() actor: Actor,
    @Args('programId', { type: () => ID }) programId: string,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('period') period: string,
  ) {
    return this.service.trainees(actor, programId, cohortId, period);
  }

  @Query(() => ProgramExpensePage)
  @RequirePolicy(Permission.REPORTS_READ)
  programExpenses(@CurrentUser() actor: Actor, @Args() args: ProgramExpensesArgs) {
    return this.service.expenses(actor, args);
  }

  @Mutation(() => SponsorReport, { description: 'Opens the report of a period that has ended (DRAFT)' })
  @RequirePolicy(Permission.REPORTS_PREPARE)
  prepareReport(@CurrentUser() actor: Actor, @Args('input') input: PrepareReportInput) {
    return this.service.prepare(actor, input);
  }

  @Mutation(() => SponsorReport, { description: 'Freezes and hashes the figures and sends them to the sponsor' })
  @RequirePolicy(Permission.REPORTS_PREPARE)
  submitReport(@CurrentUser() actor: Actor, @Args('input') input: SubmitReportInput) {
    return this.service.submit(actor, input);
  }

  @Mutation(() => SponsorReport, {
    description: 'The sponsor accepts the snapshot they reviewed; the period is then locked',
  })
  @RequirePolicy(Permission.REPORTS_REVIEW)
  acceptReport(@CurrentUser() actor: Actor, @Args('input') input: AcceptReportInput) {
    return this.service.accept(actor, input);
  }

  @Mutation(() => SponsorReport, { description: 'The sponsor sends the report back with comments' })
  @RequirePolicy(Permission.REPORTS_REVIEW)
  returnReport(@CurrentUser() actor: Actor, @Args('input') input: ReturnReportInput) {
    return this.service.returnToMcn(actor, input);
  }

  @Mutation(() => ProgramExpense, { description: 'Records money spent from the program budget (from an invoice)' })
  @RequirePolicy(Permission.REPORTS_PREPARE)
  recordExpense(@CurrentUser() actor: Actor, @Args('input') input: RecordExpenseInput) {
    return this.service.recordExpense(actor, input);
  }
}

@Resolver(() => Program)
export class ProgramReportsResolver {
  @ResolveField(() => [ReportPeriodStatus], {
    description: 'Report periods prepared for this program, newest first (sponsors: submitted ones)',
  })
  @RequirePolicy(Permission.REPORTS_READ)
  reportPeriods(@Parent() p: Program, @Context() ctx: GqlContext) {
    return ctx.loaders.reports.periodsByProgram.load(p.id);
  }
}

import { Permission } from '@grassroots/domain';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { Actor } from '../../core/auth/actor';
import { CurrentUser } from '../../core/auth/current-user';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { Cohort } from '../cohorts/models/cohort.model';
import { Trainee } from '../trainees/models/trainee.model';
import { AssignmentsService } from './assignments.service';
import {
  AssignmentsArgs,
  CreateAssignmentInput,
  GradeSubmissionInput,
  GridFilter,
  ReturnSubmissionInput,
  SubmissionsArgs,
  SubmitAssignmentInput,
} from './dto/assignment.input';
import {
  Assignment,
  AssignmentGrid,
  AssignmentPage,
  PracticeFile,
  Submission,
  SubmissionPage,
} from './models/assignment.model';

@Resolver(() => Assignment)
export class AssignmentsResolver {
  constructor(private readonly service: AssignmentsService) {}

  @Query(() => AssignmentPage)
  @RequirePolicy(Permission.ASSIGNMENTS_READ)
  assignments(@CurrentUser() actor: Actor, @Args() args: AssignmentsArgs) {
    return this.service.list(actor, args);
  }

  @Query(() => Assignment)
  @RequirePolicy(Permission.ASSIGNMENTS_READ)
  assignment(@CurrentUser() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Query(() => AssignmentGrid, {
    description: 'Trainees × assignments of a cohort, optionally only rows with overdue or ungraded work',
  })
  @RequirePolicy(Permission.ASSIGNMENTS_READ)
  assignmentGrid(
    @CurrentUser() actor: Actor,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('only', { type: () => GridFilter, nullable: true }) only?: GridFilter,
  ) {
    return this.service.grid(actor, cohortId, only);
  }

  @Query(() => [Submission], { description: 'The signed-in trainee’s assignments, soonest due first' })
  @RequirePolicy(Permission.SUBMISSIONS_SUBMIT)
  mySubmissions(@CurrentUser() actor: Actor) {
    return this.service.mine(actor);
  }

  @Query(() => SubmissionPage, {
    description: 'Trainees’ work across cohorts, within the caller’s scope; `todo` keeps what a workbench card counts',
  })
  @RequirePolicy(Permission.ASSIGNMENTS_READ)
  submissions(@CurrentUser() actor: Actor, @Args() args: SubmissionsArgs) {
    return this.service.submissions(actor, args);
  }

  @Query(() => Submission)
  @RequirePolicy(Permission.ASSIGNMENTS_READ)
  submission(@CurrentUser() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.submission(actor, id);
  }

  @Mutation(() => Assignment)
  @RequirePolicy(Permission.ASSIGNMENTS_WRITE)
  createAssignment(@CurrentUser() actor: Actor, @Args('input') input: CreateAssignmentInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => Submission, { description: 'Hands in (or re-submits) your own work; late work is flagged' })
  @RequirePolicy(Permission.SUBMISSIONS_SUBMIT)
  submitAssignment(@CurrentUser() actor: Actor, @Args('input') input: SubmitAssignmentInput) {
    return this.service.submit(actor, input);
  }

  @Mutation(() => Submission, { description: 'Sends a submission back for revision, with feedback' })
  @RequirePolicy(Permission.SUBMISSIONS_GRADE)
  returnSubmission(@CurrentUser() actor: Actor, @Args('input') input: ReturnSubmissionInput) {
    return this.service.returnForRevision(actor, input);
  }

  @Mutation(() => Submission, { description: 'Grades a submission, by rubric when the assignment has one' })
  @RequirePolicy(Permission.SUBMISSIONS_GRADE)
  gradeSubmission(@CurrentUser() actor: Actor, @Args('input') input: GradeSubmissionInput) {
    return this.service.grade(actor, input);
  }

  @ResolveField(() => Cohort, { nullable: true })
  @RequirePolicy(Permission.COHORTS_READ)
  cohort(@Parent() a: Assignment, @Context() ctx: GqlContext) {
    return ctx.loaders.cohort.load(a.cohortId);
  }
}

@Resolver(() => Submission)
export class SubmissionResolver {
  @ResolveField(() => Assignment, { nullable: true })
  @RequirePolicy(Permission.ASSIGNMENTS_READ)
  assignment(@Parent() s: Submission, @Context() ctx: GqlContext) {
    return ctx.loaders.assignment.load(s.assignmentId);
  }

  @ResolveField(() => Trainee, { nullable: true })
  @RequirePolicy(Permission.TRAINEES_READ)
  trainee(@Parent() s: Submission, @Context() ctx: GqlContext) {
    return ctx.loaders.trainee.load(s.traineeId);
  }

  @ResolveField(() => [PracticeFile], {
    description: 'Practice videos and scripts attached by the trainee (POST /files/practice/{submissionId})',
  })
  @RequirePolicy(Permission.ASSIGNMENTS_READ)
  files(@Parent() s: Submission, @Context() ctx: GqlContext) {
    return ctx.loaders.filesBySubmission.load(s.id);
  }

  @ResolveField(() => Boolean, { description: 'Still open (assigned or returned) after the due time' })
  @RequirePolicy(Permission.ASSIGNMENTS_READ)
  async overdue(@Parent() s: Submission, @Context() ctx: GqlContext) {
    if (s.status !== 'ASSIGNED' && s.status !== 'RETURNED') return false;
    const due = s.dueAt ?? (await ctx.loaders.assignment.load(s.assignmentId))?.dueAt;
    return !!due && due.getTime() < Date.now();
  }
}

import { Permission } from '@grassroots/domain';
import { Args, Context, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { Actor } from '../../core/auth/actor';
import { CurrentUser } from '../../core/auth/current-user';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { StaffMember } from '../../core/graphql/models/staff-member.model';
import { ImportJob } from '../../core/jobs/job.model';
import { Cohort } from '../cohorts/models/cohort.model';
import { Trainee } from '../trainees/models/trainee.model';
import {
  CreateLessonInput,
  ImportCsvInput,
  LessonsArgs,
  MarkAttendanceInput,
  UpdateLessonInput,
} from './dto/lesson.input';
import { LessonsService } from './lessons.service';
import {
  Attendance,
  AttendanceSheetRow,
  AttendanceSummary,
  Lesson,
  LessonPage,
  TraineeAttendance,
} from './models/lesson.model';

@Resolver(() => Lesson)
export class LessonsResolver {
  constructor(private readonly service: LessonsService) {}

  @Query(() => LessonPage, { description: 'Lessons you may see, by date; a trainee sees their own cohorts’ lessons' })
  @RequirePolicy(Permission.LESSONS_READ)
  lessons(@CurrentUser() actor: Actor, @Args() args: LessonsArgs) {
    return this.service.list(actor, args);
  }

  @Query(() => Lesson)
  @RequirePolicy(Permission.LESSONS_READ)
  lesson(@CurrentUser() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => Lesson)
  @RequirePolicy(Permission.LESSONS_WRITE)
  createLesson(@CurrentUser() actor: Actor, @Args('input') input: CreateLessonInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => Lesson)
  @RequirePolicy(Permission.LESSONS_WRITE)
  updateLesson(@CurrentUser() actor: Actor, @Args('input') input: UpdateLessonInput) {
    return this.service.update(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Only lessons without recorded attendance can be deleted' })
  @RequirePolicy(Permission.LESSONS_WRITE)
  deleteLesson(@CurrentUser() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.remove(actor, id);
  }

  @Mutation(() => [Attendance], { description: 'Marks attendance for a lesson, all marks or none' })
  @RequirePolicy(Permission.ATTENDANCE_WRITE)
  markAttendance(@CurrentUser() actor: Actor, @Args('input') input: MarkAttendanceInput) {
    return this.service.mark(actor, input);
  }

  @Query(() => [TraineeAttendance], { description: 'Attendance per trainee of a cohort' })
  @RequirePolicy(Permission.ATTENDANCE_READ)
  cohortAttendance(@CurrentUser() actor: Actor, @Args('cohortId', { type: () => ID }) cohortId: string) {
    return this.service.cohortAttendance(actor, cohortId);
  }

  @Mutation(() => ImportJob, {
    description:
      'Starts importing lessons from CSV (a job: poll importJob): all rows or none, with every problem by row and column',
  })
  @RequirePolicy(Permission.LESSONS_WRITE)
  importLessons(@CurrentUser() actor: Actor, @Args('input') input: ImportCsvInput) {
    return this.service.startImport(actor, 'import.lessons', input);
  }

  @Mutation(() => ImportJob, {
    description:
      'Starts importing attendance marks from CSV (a job: poll importJob): all rows or none, with every problem by row and column',
  })
  @RequirePolicy(Permission.LESSONS_WRITE)
  importAttendance(@CurrentUser() actor: Actor, @Args('input') input: ImportCsvInput) {
    return this.service.startImport(actor, 'import.attendance', input);
  }

  @Query(() => [StaffMember], { description: 'Active staff who can teach (ADMIN, COORDINATOR, SUPPORT)' })
  @RequirePolicy(Permission.LESSONS_WRITE)
  staffMembers() {
    return this.service.staffMembers();
  }

  @ResolveField(() => Cohort, { nullable: true })
  @RequirePolicy(Permission.COHORTS_READ)
  cohort(@Parent() l: Lesson, @Context() ctx: GqlContext) {
    return ctx.loaders.cohort.load(l.cohortId);
  }

  @ResolveField(() => StaffMember, { nullable: true })
  @RequirePolicy(Permission.LESSONS_READ)
  instructor(@Parent() l: Lesson, @Context() ctx: GqlContext) {
    return l.instructorId ? ctx.loaders.staff.load(l.instructorId) : null;
  }

  @ResolveField(() => [Attendance], { description: 'Marks you may see: a trainee sees only their own' })
  @RequirePolicy(Permission.ATTENDANCE_READ)
  attendance(@Parent() l: Lesson, @Context() ctx: GqlContext) {
    return ctx.loaders.attendance.byLesson.load(l.id);
  }

  @ResolveField(() => AttendanceSummary)
  @RequirePolicy(Permission.ATTENDANCE_WRITE)
  attendanceSummary(@Parent() l: Lesson, @Context() ctx: GqlContext) {
    return ctx.loaders.attendance.summaryByLesson.load(l.id);
  }

  @ResolveField(() => [AttendanceSheetRow], {
    description: 'The roster with each mark: the whole class for its instructor, your trainees otherwise',
  })
  @RequirePolicy(Permission.ATTENDANCE_WRITE)
  async attendanceSheet(@Parent() l: Lesson, @Context() ctx: GqlContext): Promise<AttendanceSheetRow[]> {
    const [roster, marks] = await Promise.all([
      ctx.loaders.rosterByLesson.load(l.id),
      ctx.loaders.attendance.byLesson.load(l.id),
    ]);
    const byTrainee = new Map(marks.map((m) => [m.traineeId, m]));
    return roster.map((r) => ({
      ...r,
      status: byTrainee.get(r.traineeId)?.status ?? null,
      note: byTrainee.get(r.traineeId)?.note ?? null,
    }));
  }
}

@Resolver(() => AttendanceSheetRow)
export class AttendanceSheetRowResolver {
  @ResolveField(() => Trainee, { nullable: true })
  @RequirePolicy(Permission.TRAINEES_READ)
  trainee(@Parent() r: AttendanceSheetRow, @Context() ctx: GqlContext) {
    return ctx.loaders.trainee.load(r.traineeId);
  }
}

@Resolver(() => Cohort)
export class CohortAttendanceResolver {
  @ResolveField(() => Float, { nullable: true, description: 'Attendance rate of the whole cohort (0..1)' })
  @RequirePolicy(Permission.ATTENDANCE_WRITE)
  async attendanceRate(@Parent() c: Cohort, @Context() ctx: GqlContext) {
    return (await ctx.loaders.attendance.summaryByCohort.load(c.id)).rate;
  }
}

@Resolver(() => Trainee)
export class TraineeAttendanceResolver {
  @ResolveField(() => AttendanceSummary, { description: 'Attendance over all lessons of the trainee’s cohorts' })
  @RequirePolicy(Permission.ATTENDANCE_READ)
  attendanceSummary(@Parent() t: Trainee, @Context() ctx: GqlContext) {
    return ctx.loaders.attendance.summaryByTrainee.load(t.id);
  }
}

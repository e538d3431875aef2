import type { Prisma } from '@grassroots/db';
import {
  attendanceRate,
  countRows,
  dateOnlyToDate,
  dateToDateOnly,
  DEFAULT_TIME_ZONE,
  DomainError,
  emptyCounts,
  type FieldError,
  lessonWithinCohort,
  msg,
  Permission,
  readAttendanceCsv,
  readLessonCsv,
  Role,
  SEAT_HOLDING_STATUSES,
  sortProblems,
  todayIn,
  toSkipTake,
} from '@grassroots/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';

import type { Actor } from '../../core/auth/actor';
import { cohortScope, lessonScope, traineeScope } from '../../core/auth/scopes';
import { DatabaseService } from '../../core/database/database.module';
import type { ImportReport } from '../../core/graphql/models/import-report.model';
import type { PageResult } from '../../core/graphql/pagination';
import { type ImportJob, toImportJob } from '../../core/jobs/job.model';
import { type ImportHooks, JobsService } from '../../core/jobs/jobs.service';
import { importFileOf, readSpreadsheet } from '../../core/spreadsheet/read-spreadsheet';
import { toTrainee, TRAINEE_SELECT } from '../trainees/models/trainee.model';
import { todoIds } from '../workbench/todo-filters';
import { attendanceCountsByTrainee } from './attendance.queries';
import type {
  CreateLessonInput,
  ImportCsvInput,
  LessonsArgs,
  MarkAttendanceInput,
  UpdateLessonInput,
} from './dto/lesson.input';
import {
  type Attendance,
  ATTENDANCE_SELECT,
  type Lesson,
  LESSON_SELECT,
  toAttendance,
  toLesson,
  type TraineeAttendance,
} from './models/lesson.model';

const STAFF_INSTRUCTORS: Role[] = [Role.ADMIN, Role.COORDINATOR, Role.SUPPORT];

@Injectable()
export class LessonsService implements OnModuleInit {
  constructor(
    private readonly db: DatabaseService,
    private readonly jobs: JobsService,
  ) {}

  /** The cohort's calendar day "today", in its program's time zone (a lesson's date and times are that zone's). */
  private async cohortToday(cohortId: string): Promise<string> {
    const c = await this.db.prisma.cohort.findUnique({
      where: { id: cohortId },
      select: { program: { select: { timeZone: true } } },
    });
    return todayIn(c?.program.timeZone ?? DEFAULT_TIME_ZONE);
  }

  /** Imports run as jobs (off the request path, retried, progress to poll): these run them. */
  onModuleInit(): void {
    // Jobs queued before .xlsx came have no fileName: they are CSV.
    type Params = { cohortId: string; fileName?: string };
    const fileOf = (ctx: { params: Params; input: Buffer | null }) => ({
      bytes: ctx.input ?? Buffer.alloc(0),
      fileName: ctx.params.fileName ?? 'import.csv',
    });
    this.jobs.handle<Params>('import.lessons', Permission.LESSONS_WRITE, (ctx) =>
      this.importLessons(ctx.actor, ctx.params.cohortId, fileOf(ctx), ctx),
    );
    this.jobs.handle<Params>('import.attendance', Permission.LESSONS_WRITE, (ctx) =>
      this.importAttendance(ctx.actor, ctx.params.cohortId, fileOf(ctx), undefined, ctx),
    );
  }

  /** Checks that the cohort is the actor's to import into (NOT_FOUND now, not later in the job), then queues the import. */
  async startImport(
    actor: Actor,
    kind: 'import.lessons' | 'import.attendance',
    input: ImportCsvInput,
  ): Promise<ImportJob> {
    const cohort = await this.db.prisma.cohort.findFirst({
      where: { AND: [{ id: input.cohortId }, cohortScope(actor)] },
      select: { id: true },
    });
    if (!cohort) throw DomainError.notFound('Cohort');
    const { bytes, fileName } = importFileOf(input);
    return toImportJob(await this.jobs.start(actor, kind, { cohortId: cohort.id, fileName }, bytes));
  }

  async list(actor: Actor, args: LessonsArgs): Promise<PageResult<Lesson>> {
    const todo = await todoIds(this.db.prisma, actor, 'Lesson', args.todo);
    const where: Prisma.LessonWhereInput = {
      AND: [
        lessonScope(actor),
        todo ? { id: { in: todo } } : {},
        args.cohortId ? { cohortId: args.cohortId } : {},
        args.from || args.to
          ? {
              date: {
                ...(args.from ? { gte: dateOnlyToDate(args.from) } : {}),
                ...(args.to ? { lte: dateOnlyToDate(args.to) } : {}),
              },
            }
          : {},
      ],
    };
    const [rows, total] = await Promise.all([
      this.db.prisma.lesson.findMany({
        where,
        select: LESSON_SELECT,
        orderBy: [{ date: 'asc' }, { startTime: 'asc' }],
        ...toSkipTake(args),
      }),
      this.db.prisma.lesson.count({ where }),
    ]);
    return { items: rows.map(toLesson), total, page: args.page, pageSize: args.pageSize };
  }

  async get(actor: Actor, id: string): Promise<Lesson> {
    const row = await this.db.prisma.lesson.findFirst({
      where: { AND: [{ id }, lessonScope(actor)] },
      select: LESSON_SELECT,
    });
    if (!row) throw DomainError.notFound('Lesson');
    return toLesson(row);
  }

  async create(actor: Actor, input: CreateLessonInput): Promise<Lesson> {
    const cohort = await this.db.prisma.cohort.findFirst({
      where: { AND: [{ id: input.cohortId }, cohortScope(actor)] },
      select: { startDate: true, endDate: true },
    });
    if (!cohort) throw DomainError.field('cohortId', msg('common.noSuchCohort'));
    await this.check(input.date, cohort, input.instructorId);
    const row = await this.db.prisma.lesson.create({
      data: { ...input, date: dateOnlyToDate(input.date) },
      select: LESSON_SELECT,
    });
    return toLesson(row);
  }

  async update(actor: Actor, input: UpdateLessonInput): Promise<Lesson> {
    const { id, ...data } = input;
    const current = await this.db.prisma.lesson.findFirst({
      where: { AND: [{ id }, lessonScope(actor)] },
      select: { ...LESSON_SELECT, cohort: { select: { startDate: true, endDate: true } } },
    });
    if (!current) throw DomainError.notFound('Lesson');
    const startTime = data.startTime ?? current.startTime;
    const endTime = data.endTime ?? current.endTime;
    if (endTime <= startTime) throw DomainError.field('endTime', msg('lessons.endTimeMustAfterStart'));
    await this.check(data.date ?? dateToDateOnly(current.date), current.cohort, data.instructorId);
    const row = await this.db.prisma.lesson.update({
      where: { id },
      data: { ...data, date: data.date ? dateOnlyToDate(data.date) : undefined },
      select: LESSON_SELECT,
    });
    return toLesson(row);
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    await this.get(actor, id);
    const marked = await this.db.prisma.attendance.count({ where: { lessonId: id } });
    if (marked) throw DomainError.conflict(msg('lessons.attendanceAlreadyRecordedTraineesLesson', { count: marked }));
    await this.db.prisma.lesson.delete({ where: { id } });
    return true;
  }

  /**
   * Saves a whole lesson's marks at once, or none. Every trainee must hold a seat in the lesson's cohort;
   * SUPPORT staff may mark only the lessons they teach; a lesson that has not happened yet cannot be marked.
   */
  async mark(actor: Actor, input: MarkAttendanceInput, today?: string): Promise<Attendance[]> {
    const lesson = await this.db.prisma.lesson.findFirst({
      where: { AND: [{ id: input.lessonId }, lessonScope(actor)] },
      select: { id: true, cohortId: true, date: true, instructorId: true },
    });
    if (!lesson) throw DomainError.notFound('Lesson');
    today ??= await this.cohortToday(lesson.cohortId);
    if (actor.role === Role.SUPPORT && lesson.instructorId !== actor.id)
      throw DomainError.forbidden(msg('lessons.onlyLessonsInstructorCoordinatorCan'));
    if (dateToDateOnly(lesson.date) > today) throw DomainError.conflict(msg('lessons.lessonHasNotTakenPlace'));
    const seated = new Set(
      (
        await this.db.prisma.enrolment.findMany({
          where: {
            cohortId: lesson.cohortId,
            status: { in: [...SEAT_HOLDING_STATUSES] },
            traineeId: { in: input.marks.map((m) => m.traineeId) },
          },
          select: { traineeId: true },
        })
      ).map((e) => e.traineeId),
    );
    const errors: FieldError[] = input.marks.flatMap((m, i) =>
      seated.has(m.traineeId) ? [] : [{ field: `marks.${i}.traineeId`, ...msg('lessons.notTraineeCohort') }],
    );
    if (errors.length) throw DomainError.badInput(errors);
    return this.db.prisma.$transaction(async (tx) => {
      const saved: Attendance[] = [];
      for (const m of input.marks) {
        const data = { status: m.status, note: m.note || null, markedById: actor.id, markedAt: new Date() };
        const row = await tx.attendance.upsert({
          where: { lessonId_traineeId: { lessonId: lesson.id, traineeId: m.traineeId } },
          create: { lessonId: lesson.id, traineeId: m.traineeId, ...data },
          update: data,
          select: ATTENDANCE_SELECT,
        });
        saved.push(toAttendance(row));
      }
      return saved;
    });
  }

  /** Imports a cohort's lessons from CSV: every row checked first, then all written in one transaction, or none. */
  async importLessons(
    actor: Actor,
    cohortId: string,
    file: { bytes: Buffer; fileName: string },
    hooks?: ImportHooks,
  ): Promise<ImportReport> {
    const cohort = await this.db.prisma.cohort.findFirst({
      where: { AND: [{ id: cohortId }, cohortScope(actor)] },
      select: { id: true, startDate: true, endDate: true },
    });
    if (!cohort) throw DomainError.notFound('Cohort');
    await hooks?.progress('reading');
    const sheet = await readSpreadsheet(file.bytes, file.fileName);
    if (!sheet.table) return { imported: 0, rows: 0, problems: sheet.problems };
    const { rows, problems } = readLessonCsv(sheet.table, {
      startDate: dateToDateOnly(cohort.startDate),
      endDate: dateToDateOnly(cohort.endDate),
    });
    await hooks?.progress('checking', 0, rows.length);
    const emails = [...new Set(rows.map((r) => r.instructorEmail).filter((e): e is string => !!e))];
    const staff = new Map(
      (
        await this.db.prisma.user.findMany({
          where: { email: { in: emails }, active: true, role: { in: STAFF_INSTRUCTORS } },
          select: { id: true, email: true },
        })
      ).map((u) => [u.email, u.id]),
    );
    const existing = new Set(
      (
        await this.db.prisma.lesson.findMany({
          where: { cohortId: cohort.id },
          select: { date: true, startTime: true },
        })
      ).map((l) => `${dateToDateOnly(l.date)} ${l.startTime}`),
    );
    for (const r of rows) {
      if (r.instructorEmail && !staff.has(r.instructorEmail))
        problems.push({ row: r.row, column: 'instructor', ...msg('lessons.noActiveStaffMemberEmail') });
      if (existing.has(`${r.date} ${r.startTime}`))
        problems.push({
          row: r.row,
          column: 'startTime',
          ...msg('lessons.lessonAlreadyScheduledDateTime'),
        });
    }
    const total = countRows(rows, problems);
    if (problems.length) return { imported: 0, rows: total, problems: sortProblems(problems) };
    await hooks?.progress('writing', 0, rows.length);
    const report = { imported: rows.length, rows: rows.length, problems: [] };
    await this.db.prisma.$transaction(async (tx) => {
      await tx.lesson.createMany({
        data: rows.map((r) => ({
          cohortId: cohort.id,
          date: dateOnlyToDate(r.date),
          startTime: r.startTime,
          endTime: r.endTime,
          topic: r.topic,
          kind: r.kind,
          location: r.location,
          instructorId: r.instructorEmail ? staff.get(r.instructorEmail) : null,
        })),
      });
      await hooks?.finish(tx, report);
    });
    return report;
  }

  /** Imports attendance marks (lesson by date and start time, trainee by mobile number); all or nothing. */
  async importAttendance(
    actor: Actor,
    cohortId: string,
    file: { bytes: Buffer; fileName: string },
    today?: string,
    hooks?: ImportHooks,
  ): Promise<ImportReport> {
    const cohort = await this.db.prisma.cohort.findFirst({
      where: { AND: [{ id: cohortId }, cohortScope(actor)] },
      select: { id: true },
    });
    if (!cohort) throw DomainError.notFound('Cohort');
    today ??= await this.cohortToday(cohort.id);
    await hooks?.progress('reading');
    const sheet = await readSpreadsheet(file.bytes, file.fileName);
    if (!sheet.table) return { imported: 0, rows: 0, problems: sheet.problems };
    const { rows, problems } = readAttendanceCsv(sheet.table);
    await hooks?.progress('checking', 0, rows.length);
    const [lessons, seated] = await Promise.all([
      this.db.prisma.lesson.findMany({
        where: { cohortId: cohort.id },
        select: { id: true, date: true, startTime: true },
      }),
      this.db.prisma.enrolment.findMany({
        where: { cohortId: cohort.id, status: { in: [...SEAT_HOLDING_STATUSES] } },
        select: { trainee: { select: { id: true, phone: true } } },
      }),
    ]);
    const lessonAt = new Map(lessons.map((l) => [`${dateToDateOnly(l.date)} ${l.startTime}`, l.id]));
    const traineeByPhone = new Map(seated.map((e) => [e.trainee.phone, e.trainee.id]));
    for (const r of rows) {
      if (!lessonAt.has(`${r.date} ${r.startTime}`))
        problems.push({ row: r.row, column: 'date', ...msg('lessons.noLessonCohortDateTime') });
      else if (r.date > today) problems.push({ row: r.row, column: 'date', ...msg('lessons.lessonHasNotTakenPlace') });
      if (!traineeByPhone.has(r.phone))
        problems.push({ row: r.row, column: 'phone', ...msg('lessons.notTraineeCohort') });
    }
    const total = countRows(rows, problems);
    if (problems.length) return { imported: 0, rows: total, problems: sortProblems(problems) };
    await hooks?.progress('writing', 0, rows.length);
    // One statement per 1,000 marks (INSERT … ON CONFLICT DO UPDATE over arrays), not one upsert per row: 5,000
    // marks write in well under a second on either backend, inside one transaction.
    const marks = rows.map((r) => ({
      lessonId: lessonAt.get(`${r.date} ${r.startTime}`)!,
      traineeId: traineeByPhone.get(r.phone)!,
      status: r.status,
      note: r.note ?? null,
    }));
    const report = { imported: rows.length, rows: rows.length, problems: [] };
    await this.db.prisma.$transaction(
      async (tx) => {
        const markedAt = new Date();
        for (let i = 0; i < marks.length; i += 1_000) {
          const chunk = marks.slice(i, i + 1_000);
          await tx.$executeRaw`
            INSERT INTO "Attendance" ("id", "lessonId", "traineeId", "status", "note", "markedById", "markedAt")
            SELECT gen_random_uuid()::text, m.lesson, m.trainee, m.status::"AttendanceStatus", m.note, ${actor.id}, ${markedAt}
              FROM unnest(${chunk.map((m) => m.lessonId)}::text[], ${chunk.map((m) => m.traineeId)}::text[], ${chunk.map((m) => m.status)}::text[], ${chunk.map((m) => m.note)}::text[])
                   AS m(lesson, trainee, status, note)
            ON CONFLICT ("lessonId", "traineeId") DO UPDATE
              SET "status" = EXCLUDED."status", "note" = EXCLUDED."note", "markedById" = EXCLUDED."markedById", "markedAt" = EXCLUDED."markedAt"`;
        }
        await hooks?.finish(tx, report);
      },
      { timeout: 60_000 },
    );
    return report;
  }

  staffMembers(): Promise<{ id: string; name: string }[]> {
    return this.db.prisma.user.findMany({
      where: { active: true, role: { in: STAFF_INSTRUCTORS } },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
      take: 500,
    });
  }

  /** Per-trainee attendance of a cohort, aggregated in SQL. */
  async cohortAttendance(actor: Actor, cohortId: string): Promise<TraineeAttendance[]> {
    const cohort = await this.db.prisma.cohort.findFirst({
      where: { AND: [{ id: cohortId }, cohortScope(actor)] },
      select: { id: true },
    });
    if (!cohort) throw DomainError.notFound('Cohort');
    const [trainees, counts] = await Promise.all([
      this.db.prisma.trainee.findMany({
        // A trainee asking about their cohort sees their own line only.
        where: {
          AND: [
            traineeScope(actor),
            { enrolments: { some: { cohortId, status: { in: [...SEAT_HOLDING_STATUSES] } } } },
          ],
        },
        select: TRAINEE_SELECT,
        orderBy: { name: 'asc' },
      }),
      attendanceCountsByTrainee(this.db.prisma, cohortId),
    ]);
    return trainees.map((t) => {
      const c = counts.get(t.id) ?? emptyCounts();
      return { trainee: toTrainee(t), summary: { ...c, rate: attendanceRate(c) } };
    });
  }

  private async check(
    date: string,
    cohort: { startDate: Date; endDate: Date },
    instructorId: string | null | undefined,
  ): Promise<void> {
    const errors = lessonWithinCohort(date, {
      startDate: dateToDateOnly(cohort.startDate),
      endDate: dateToDateOnly(cohort.endDate),
    });
    if (instructorId) {
      const u = await this.db.prisma.user.findUnique({
        where: { id: instructorId },
        select: { role: true, active: true },
      });
      if (!u || !u.active || !STAFF_INSTRUCTORS.includes(u.role as Role))
        errors.push({ field: 'instructorId', ...msg('lessons.chooseActiveStaffMember') });
    }
    if (errors.length) throw DomainError.badInput(errors);
  }
}

/** Data rows seen, whether they passed or not (header problems are row 1 and do not count). */

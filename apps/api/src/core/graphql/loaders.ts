import type DataLoader from 'dataloader';
import type { Prisma, PrismaClient } from '@grassroots/db';
import { attendanceRate, countsFrom, SEAT_HOLDING_STATUSES } from '@grassroots/domain';
import { COHORT_SELECT, toCohort, type Cohort } from '../../modules/cohorts/models/cohort.model';
import { toOutcome, type TraineeOutcome } from '../../modules/graduation/graduation.model';
import { ASSIGNMENT_SELECT, PRACTICE_FILE_SELECT, toAssignment, type Assignment, type PracticeFile } from '../../modules/assignments/models/assignment.model';
import { ATTENDANCE_SELECT, toAttendance, type AttendanceSummary, type RosterEntry, type StaffMember } from '../../modules/lessons/models/lesson.model';
import { ENROLMENT_SELECT, toEnrolment, type Enrolment } from '../../modules/enrolments/models/enrolment.model';
import { PROGRAM_SELECT, toProgram, type Program } from '../../modules/programs/models/program.model';
import { SPONSOR_SELECT, toSponsor, type Sponsor } from '../../modules/sponsors/models/sponsor.model';
import { TRAINEE_SELECT, toTrainee } from '../../modules/trainees/models/trainee.model';
import type { Actor } from '../auth/current-user';
import { TeamLoaders } from '../../modules/teams/teams.loaders';
import { SessionLoaders } from '../../modules/sessions/sessions.loaders';
import { TicketLoaders } from '../../modules/aftersales/aftersales.loaders';
import { ReportLoaders } from '../../modules/reports/reports.loaders';
import { batched, batchedSql, byId, counts, groupedBy, unowned, type ScopeOf } from './loader-kit';
import { assignmentScope, attendanceScope, submissionScope, cohortScope, enrolmentScope, lessonScope, programScope, rosterScope, sponsorScope, traineeScope } from '../auth/scopes';

/**
 * One batched query per relation per request (no N+1). Created per request with the caller's identity, so
 * every loader applies the caller's ownership scope and nothing is cached across users.
 */
export class Loaders {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly actor: Actor | null,
  ) {}

  private get a(): Actor {
    if (!this.actor) throw new Error('Loaders used without a signed-in user');
    return this.actor;
  }

  readonly sponsor = byId(() => sponsorScope(this.a), async (where) => (await this.prisma.sponsor.findMany({ where, select: SPONSOR_SELECT })).map(toSponsor));

  readonly program = byId(() => programScope(this.a), async (where) => (await this.prisma.program.findMany({ where, select: PROGRAM_SELECT })).map(toProgram));

  readonly cohort = byId(() => cohortScope(this.a), async (where) => (await this.prisma.cohort.findMany({ where, select: COHORT_SELECT })).map(toCohort));

  readonly trainee = byId(() => traineeScope(this.a), async (where) => (await this.prisma.trainee.findMany({ where, select: TRAINEE_SELECT })).map(toTrainee));

  readonly cohortsByProgram = groupedBy<Cohort, Prisma.CohortWhereInput>('programId', () => cohortScope(this.a), async (where) =>
    (
      await this.prisma.cohort.findMany({
        where,
        select: COHORT_SELECT,
        orderBy: { startDate: 'asc' },
      })
    ).map(toCohort),
  );

  readonly enrolmentsByCohort = groupedBy<Enrolment, Prisma.EnrolmentWhereInput>('cohortId', () => enrolmentScope(this.a), async (where) =>
    (
      await this.prisma.enrolment.findMany({
        where,
        select: ENROLMENT_SELECT,
        orderBy: { enrolledAt: 'asc' },
      })
    ).map(toEnrolment),
  );

  readonly enrolmentsByTrainee = groupedBy<Enrolment, Prisma.EnrolmentWhereInput>('traineeId', () => enrolmentScope(this.a), async (where) =>
    (
      await this.prisma.enrolment.findMany({
        where,
        select: ENROLMENT_SELECT,
        orderBy: { enrolledAt: 'desc' },
      })
    ).map(toEnrolment),
  );

  /** Seats taken per cohort (an aggregate: visible to whoever may see the cohort). */
  readonly seatsTakenByCohort = counts<Prisma.EnrolmentWhereInput>('cohortId', () => unowned('a count, shown with a cohort the caller may see'), async (where) =>
    (
      await this.prisma.enrolment.groupBy({
        by: ['cohortId'],
        where: { AND: [where, { status: { in: [...SEAT_HOLDING_STATUSES] } }] },
        _count: { _all: true },
      })
    ).map((r) => [r.cohortId, r._count._all]),
  );

  /** Distinct trainees who are in or finished a cohort of the program (one person in two cohorts counts once). */
  readonly traineeCountByProgram = batchedSql(() => unowned('a count, shown with a program the caller may see'), async (ids, scope) => {
    const rows = await this.prisma.$queryRaw<{ programId: string; n: number }[]>`
        SELECT "programId", count(DISTINCT "traineeId")::int AS n FROM "Enrolment"
        WHERE "programId" = ANY(${ids}) AND status IN ('ACTIVE', 'COMPLETED') AND ${scope} GROUP BY "programId"`;
    return ids.map((id) => rows.find((r) => r.programId === id)?.n ?? 0);
  });

  /** Enrolled, graduated and dropped out per program, by the sponsor report's definitions (cancelled cohorts left out). */
  readonly traineeCountsByProgram = batchedSql(() => unowned('counts, shown with a program the caller may see'), async (ids, scope) => {
    const rows = await this.prisma.$queryRaw<{ programId: string; enrolled: number; graduated: number; dropped: number }[]>`
        SELECT c."programId", count(e.id)::int AS enrolled,
          count(e.id) FILTER (WHERE e.status = 'COMPLETED')::int AS graduated,
          count(e.id) FILTER (WHERE e.status = 'WITHDRAWN')::int AS dropped
        FROM "Enrolment" e JOIN "Cohort" c ON c.id = e."cohortId"
        WHERE c."programId" = ANY(${ids}) AND c.status <> 'CANCELLED' AND ${scope} GROUP BY c."programId"`;
    return ids.map((id) => {
      const r = rows.find((x) => x.programId === id) ?? { enrolled: 0, graduated: 0, dropped: 0 };
      return { enrolled: r.enrolled, graduated: r.graduated, dropped: r.dropped, inTraining: r.enrolled - r.graduated - r.dropped };
    });
  });

  readonly cohortCountByProgram = counts('programId', () => cohortScope(this.a), async (where) =>
    (await this.prisma.cohort.groupBy({ by: ['programId'], where, _count: { _all: true } })).map((r) => [r.programId, r._count._all]),
  );

  readonly assignment = byId(() => assignmentScope(this.a), async (where) => (await this.prisma.assignment.findMany({ where, select: ASSIGNMENT_SELECT })).map(toAssignment));

  /** Practice files on submissions the caller reaches (the same scope as the submission itself). */
  readonly filesBySubmission = groupedBy<PracticeFile & { submissionId: string }, Prisma.StoredFileWhereInput>('submissionId', () => ({ purpose: 'practice', submission: submissionScope(this.a) }), async (where) =>
    (await this.prisma.storedFile.findMany({ where, select: PRACTICE_FILE_SELECT, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })).map((r) => ({ ...r, submissionId: r.submissionId! })),
  );

  readonly outcomesByTrainee = groupedBy<TraineeOutcome & { traineeId: string }, Prisma.TraineeOutcomeWhereInput>('traineeId', () => ({ trainee: traineeScope(this.a) }), async (where) =>
    (await this.prisma.traineeOutcome.findMany({ where, orderBy: { monthsAfter: 'asc' } })).map((r) => ({ ...toOutcome(r), traineeId: r.traineeId })),
  );

  /** Staff members by id, as others see them (name only). */
  readonly staff = byId<StaffMember, Prisma.UserWhereInput>(() => unowned('staff names are shown to everyone signed in'), async (where) =>
    this.prisma.user.findMany({ where, select: { id: true, name: true } }),
  );

  /**
   * A lesson's roster (the attendance sheet's rows): who holds a seat in its cohort, by name, limited by
   * rosterScope (the instructor sees the whole class; other SUPPORT staff their teams' trainees). One query per
   * distinct cohort and scope, usually one.
   */
  readonly rosterByLesson = batched<RosterEntry[], Prisma.LessonWhereInput>('id', () => lessonScope(this.a), async (where, ids) => {
    const lessons = await this.prisma.lesson.findMany({ where, select: { id: true, cohortId: true, instructorId: true } });
    const queries = new Map<string, Promise<RosterEntry[]>>();
    const rosterOf = (l: (typeof lessons)[number]) => {
      const scope = rosterScope(this.a, l);
      const key = `${l.cohortId} ${JSON.stringify(scope)}`;
      if (!queries.has(key)) {
        queries.set(
          key,
          this.prisma.enrolment
            .findMany({
              where: { AND: [{ cohortId: l.cohortId, status: { in: [...SEAT_HOLDING_STATUSES] } }, scope] },
              select: { traineeId: true, trainee: { select: { name: true } } },
              orderBy: { trainee: { name: 'asc' } },
            })
            .then((rows) => rows.map((r) => ({ traineeId: r.traineeId, traineeName: r.trainee.name }))),
        );
      }
      return queries.get(key)!;
    };
    const byLesson = new Map(await Promise.all(lessons.map(async (l) => [l.id, await rosterOf(l)] as const)));
    return ids.map((id) => byLesson.get(id) ?? []);
  });

  private teamLoaders?: TeamLoaders;
  get teams(): TeamLoaders {
    return (this.teamLoaders ??= new TeamLoaders(this.prisma, () => this.a));
  }

  private sessionLoaders?: SessionLoaders;
  get sessions(): SessionLoaders {
    return (this.sessionLoaders ??= new SessionLoaders(this.prisma, () => this.a));
  }

  private ticketLoaders?: TicketLoaders;
  get tickets(): TicketLoaders {
    return (this.ticketLoaders ??= new TicketLoaders(this.prisma, () => this.a));
  }

  private reportLoaders?: ReportLoaders;
  get reports(): ReportLoaders {
    return (this.reportLoaders ??= new ReportLoaders(this.prisma, () => this.a));
  }

  private attendanceLoaders?: AttendanceLoaders;
  get attendance(): AttendanceLoaders {
    return (this.attendanceLoaders ??= new AttendanceLoaders(this.prisma, () => this.a));
  }

  readonly programCountBySponsor = counts('sponsorId', () => programScope(this.a), async (where) =>
    (await this.prisma.program.groupBy({ by: ['sponsorId'], where, _count: { _all: true } })).map((r) => [r.sponsorId, r._count._all]),
  );
}

/** Attendance loaders: one grouped SQL statement per relation per request. */
export class AttendanceLoaders {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly actor: () => Actor,
  ) {}

  readonly byLesson = groupedBy('lessonId', () => attendanceScope(this.actor()), async (where) =>
    (await this.prisma.attendance.findMany({ where, select: ATTENDANCE_SELECT })).map(toAttendance),
  );

  readonly summaryByLesson = summaries<Prisma.AttendanceWhereInput>('lessonId', () => unowned('counts, shown with a lesson the caller may mark'), async (where) =>
    (await this.prisma.attendance.groupBy({ by: ['lessonId', 'status'], where, _count: { _all: true } })).map((r) => ({ key: r.lessonId, status: r.status, n: r._count._all })),
  );

  readonly summaryByTrainee = summaries('traineeId', () => attendanceScope(this.actor()), async (where) =>
    (await this.prisma.attendance.groupBy({ by: ['traineeId', 'status'], where, _count: { _all: true } })).map((r) => ({ key: r.traineeId, status: r.status, n: r._count._all })),
  );

  readonly summaryByCohort = batchedSql(() => unowned('the rate of a whole cohort the caller may see'), async (ids, scope) => {
    const rows = await this.prisma.$queryRaw<{ key: string; status: string; n: number }[]>`
        SELECT l."cohortId" AS key, a.status::text AS status, count(*)::int AS n
        FROM "Attendance" a JOIN "Lesson" l ON l.id = a."lessonId"
        WHERE l."cohortId" = ANY(${ids}) AND ${scope} GROUP BY l."cohortId", a.status`;
    return ids.map((id) => summaryOf(rows.filter((r) => r.key === id)));
  });
}

function summaryOf(rows: { status: string; n: number }[]): AttendanceSummary {
  const c = countsFrom(rows);
  return { ...c, rate: attendanceRate(c) };
}

function summaries<W>(field: string, scope: ScopeOf<W>, load: (where: W) => Promise<{ key: string; status: string; n: number }[]>): DataLoader<string, AttendanceSummary> {
  return batched(field, scope, async (where, ids) => {
    const rows = await load(where);
    return ids.map((id) => summaryOf(rows.filter((r) => r.key === id)));
  });
}

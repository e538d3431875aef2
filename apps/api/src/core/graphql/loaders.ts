import DataLoader from 'dataloader';
import type { PrismaClient } from '@grassroots/db';
import { attendanceRate, countsFrom, SEAT_HOLDING_STATUSES } from '@grassroots/domain';
import { COHORT_SELECT, toCohort, type Cohort } from '../../modules/cohorts/models/cohort.model';
import { toOutcome, type TraineeOutcome } from '../../modules/graduation/graduation.model';
import { ASSIGNMENT_SELECT, toAssignment, type Assignment } from '../../modules/assignments/models/assignment.model';
import { ATTENDANCE_SELECT, toAttendance, type Attendance, type AttendanceSummary, type StaffMember } from '../../modules/lessons/models/lesson.model';
import { ENROLMENT_SELECT, toEnrolment, type Enrolment } from '../../modules/enrolments/models/enrolment.model';
import { PROGRAM_SELECT, toProgram, type Program } from '../../modules/programs/models/program.model';
import { SPONSOR_SELECT, toSponsor, type Sponsor } from '../../modules/sponsors/models/sponsor.model';
import { TRAINEE_SELECT, toTrainee, type Trainee } from '../../modules/trainees/models/trainee.model';
import type { Actor } from '../auth/current-user';
import { TeamLoaders } from '../../modules/teams/teams.loaders';
import { SessionLoaders } from '../../modules/sessions/sessions.loaders';
import { TicketLoaders } from '../../modules/aftersales/aftersales.loaders';
import { ReportLoaders } from '../../modules/reports/reports.loaders';
import { byId, counts, groupedBy } from './loader-kit';
import { assignmentScope, attendanceScope, cohortScope, enrolmentScope, programScope, sponsorScope, traineeScope } from '../auth/scopes';

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

  readonly sponsor = byId<Sponsor>(async (ids) =>
    (await this.prisma.sponsor.findMany({ where: { AND: [{ id: { in: ids } }, sponsorScope(this.a)] }, select: SPONSOR_SELECT })).map(toSponsor),
  );

  readonly program = byId<Program>(async (ids) =>
    (await this.prisma.program.findMany({ where: { AND: [{ id: { in: ids } }, programScope(this.a)] }, select: PROGRAM_SELECT })).map(toProgram),
  );

  readonly cohort = byId<Cohort>(async (ids) =>
    (await this.prisma.cohort.findMany({ where: { AND: [{ id: { in: ids } }, cohortScope(this.a)] }, select: COHORT_SELECT })).map(toCohort),
  );

  readonly trainee = byId<Trainee>(async (ids) =>
    (await this.prisma.trainee.findMany({ where: { AND: [{ id: { in: ids } }, traineeScope(this.a)] }, select: TRAINEE_SELECT })).map(toTrainee),
  );

  readonly cohortsByProgram = groupedBy<Cohort>('programId', async (ids) =>
    (
      await this.prisma.cohort.findMany({
        where: { AND: [{ programId: { in: ids } }, cohortScope(this.a)] },
        select: COHORT_SELECT,
        orderBy: { startDate: 'asc' },
      })
    ).map(toCohort),
  );

  readonly enrolmentsByCohort = groupedBy<Enrolment>('cohortId', async (ids) =>
    (
      await this.prisma.enrolment.findMany({
        where: { AND: [{ cohortId: { in: ids } }, enrolmentScope(this.a)] },
        select: ENROLMENT_SELECT,
        orderBy: { enrolledAt: 'asc' },
      })
    ).map(toEnrolment),
  );

  readonly enrolmentsByTrainee = groupedBy<Enrolment>('traineeId', async (ids) =>
    (
      await this.prisma.enrolment.findMany({
        where: { AND: [{ traineeId: { in: ids } }, enrolmentScope(this.a)] },
        select: ENROLMENT_SELECT,
        orderBy: { enrolledAt: 'desc' },
      })
    ).map(toEnrolment),
  );

  /** Seats taken per cohort (an aggregate: visible to whoever may see the cohort). */
  readonly seatsTakenByCohort = counts(async (ids) =>
    (
      await this.prisma.enrolment.groupBy({
        by: ['cohortId'],
        where: { cohortId: { in: ids }, status: { in: [...SEAT_HOLDING_STATUSES] } },
        _count: { _all: true },
      })
    ).map((r) => [r.cohortId, r._count._all]),
  );

  /** Distinct trainees who are in or finished a cohort of the program (one person in two cohorts counts once). */
  readonly traineeCountByProgram = counts(async (ids) =>
    (
      await this.prisma.$queryRaw<{ programId: string; n: number }[]>`
        SELECT "programId", count(DISTINCT "traineeId")::int AS n FROM "Enrolment"
        WHERE "programId" = ANY(${ids}) AND status IN ('ACTIVE', 'COMPLETED') GROUP BY "programId"`
    ).map((r) => [r.programId, r.n]),
  );

  readonly cohortCountByProgram = counts(async (ids) =>
    (
      await this.prisma.cohort.groupBy({ by: ['programId'], where: { AND: [{ programId: { in: ids } }, cohortScope(this.a)] }, _count: { _all: true } })
    ).map((r) => [r.programId, r._count._all]),
  );

  readonly assignment = byId<Assignment>(async (ids) =>
    (await this.prisma.assignment.findMany({ where: { AND: [{ id: { in: ids } }, assignmentScope(this.a)] }, select: ASSIGNMENT_SELECT })).map(toAssignment),
  );

  readonly outcomesByTrainee = groupedBy<TraineeOutcome & { traineeId: string }>('traineeId', async (ids) =>
    (await this.prisma.traineeOutcome.findMany({ where: { traineeId: { in: ids } }, orderBy: { monthsAfter: 'asc' } })).map((r) => ({ ...toOutcome(r), traineeId: r.traineeId })),
  );

  /** Staff members by id, as others see them (name only). */
  readonly staff = byId<StaffMember>(async (ids) => this.prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }));

  /** Trainees holding a seat (active or completed) per cohort: the attendance sheet's rows. */
  readonly seatHoldersByCohort = groupedBy<Trainee & { cohortId: string }>('cohortId', async (ids) =>
    (
      await this.prisma.enrolment.findMany({
        where: { cohortId: { in: ids }, status: { in: [...SEAT_HOLDING_STATUSES] } },
        select: { cohortId: true, trainee: { select: TRAINEE_SELECT } },
        orderBy: { trainee: { name: 'asc' } },
      })
    ).map((e) => ({ ...toTrainee(e.trainee), cohortId: e.cohortId })),
  );

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
    return (this.ticketLoaders ??= new TicketLoaders(this.prisma));
  }

  private reportLoaders?: ReportLoaders;
  get reports(): ReportLoaders {
    return (this.reportLoaders ??= new ReportLoaders(this.prisma, () => this.a));
  }

  private attendanceLoaders?: AttendanceLoaders;
  get attendance(): AttendanceLoaders {
    return (this.attendanceLoaders ??= new AttendanceLoaders(this.prisma, () => attendanceScope(this.a)));
  }

  readonly programCountBySponsor = counts(async (ids) =>
    (
      await this.prisma.program.groupBy({ by: ['sponsorId'], where: { AND: [{ sponsorId: { in: ids } }, programScope(this.a)] }, _count: { _all: true } })
    ).map((r) => [r.sponsorId, r._count._all]),
  );
}

/** Attendance loaders: one grouped SQL statement per relation per request. */
export class AttendanceLoaders {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly scope: () => ReturnType<typeof attendanceScope>,
  ) {}

  readonly byLesson = groupedBy<Attendance>('lessonId', async (ids) =>
    (await this.prisma.attendance.findMany({ where: { AND: [{ lessonId: { in: ids } }, this.scope()] }, select: ATTENDANCE_SELECT })).map(toAttendance),
  );

  readonly summaryByLesson = summaries(async (ids) =>
    (
      await this.prisma.attendance.groupBy({ by: ['lessonId', 'status'], where: { lessonId: { in: ids } }, _count: { _all: true } })
    ).map((r) => ({ key: r.lessonId, status: r.status, n: r._count._all })),
  );

  readonly summaryByTrainee = summaries(async (ids) =>
    (
      await this.prisma.attendance.groupBy({ by: ['traineeId', 'status'], where: { traineeId: { in: ids } }, _count: { _all: true } })
    ).map((r) => ({ key: r.traineeId, status: r.status, n: r._count._all })),
  );

  readonly summaryByCohort = summaries(async (ids) =>
    (
      await this.prisma.$queryRaw<{ key: string; status: string; n: number }[]>`
        SELECT l."cohortId" AS key, a.status::text AS status, count(*)::int AS n
        FROM "Attendance" a JOIN "Lesson" l ON l.id = a."lessonId"
        WHERE l."cohortId" = ANY(${ids}) GROUP BY l."cohortId", a.status`
    ),
  );
}

function summaries(load: (ids: string[]) => Promise<{ key: string; status: string; n: number }[]>): DataLoader<string, AttendanceSummary> {
  return new DataLoader(async (ids) => {
    const rows = await load([...ids]);
    return ids.map((id) => {
      const counts = countsFrom(rows.filter((r) => r.key === id));
      return { ...counts, rate: attendanceRate(counts) };
    });
  });
}


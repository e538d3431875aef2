import type { Prisma, PrismaClient } from '@grassroots/db';
import {
  attendanceRate,
  countsFrom,
  nameHint,
  projectTrainee,
  SEAT_HOLDING_STATUSES,
  traineeView,
} from '@grassroots/domain';
import type DataLoader from 'dataloader';

import type { Actor } from '../../core/auth/actor';
import { attendanceScope, lessonScope, rosterScope, traineeScope } from '../../core/auth/scopes';
import { batched, batchedSql, groupedBy, type ScopeOf, unowned } from '../../core/graphql/loader-kit';
import { registerLoaders } from '../../core/graphql/loaders';
import { ATTENDANCE_SELECT, type AttendanceSummary, type RosterEntry, toAttendance } from './models/lesson.model';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    rosterByLesson: DataLoader<string, RosterEntry[]>;
    attendance: AttendanceLoaders;
  }
}

/** Attendance loaders: one grouped SQL statement per relation per request. */
export class AttendanceLoaders {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly actor: () => Actor,
  ) {}

  readonly byLesson = groupedBy(
    'lessonId',
    () => attendanceScope(this.actor()),
    async (where) => (await this.prisma.attendance.findMany({ where, select: ATTENDANCE_SELECT })).map(toAttendance),
  );

  readonly summaryByLesson = summaries<Prisma.AttendanceWhereInput>(
    'lessonId',
    () => unowned('counts, shown with a lesson the caller may mark'),
    async (where) =>
      (await this.prisma.attendance.groupBy({ by: ['lessonId', 'status'], where, _count: { _all: true } })).map(
        (r) => ({ key: r.lessonId, status: r.status, n: r._count._all }),
      ),
  );

  readonly summaryByTrainee = summaries(
    'traineeId',
    () => attendanceScope(this.actor()),
    async (where) =>
      (await this.prisma.attendance.groupBy({ by: ['traineeId', 'status'], where, _count: { _all: true } })).map(
        (r) => ({ key: r.traineeId, status: r.status, n: r._count._all }),
      ),
  );

  readonly summaryByCohort = batchedSql(
    () => unowned('the rate of a whole cohort the caller may see'),
    async (ids, scope) => {
      const rows = await this.prisma.$queryRaw<{ key: string; status: string; n: number }[]>`
        SELECT l."cohortId" AS key, a.status::text AS status, count(*)::int AS n
        FROM "Attendance" a JOIN "Lesson" l ON l.id = a."lessonId"
        WHERE l."cohortId" = ANY(${ids}) AND ${scope} GROUP BY l."cohortId", a.status`;
      return ids.map((id) => summaryOf(rows.filter((r) => r.key === id)));
    },
  );
}

function summaryOf(rows: { status: string; n: number }[]): AttendanceSummary {
  const c = countsFrom(rows);
  return { ...c, rate: attendanceRate(c) };
}

function summaries<W>(
  field: string,
  scope: ScopeOf<W>,
  load: (where: W) => Promise<{ key: string; status: string; n: number }[]>,
): DataLoader<string, AttendanceSummary> {
  return batched(field, scope, async (where, ids) => {
    const rows = await load(where);
    return ids.map((id) => summaryOf(rows.filter((r) => r.key === id)));
  });
}

registerLoaders({
  attendance: ({ prisma, actor }) => new AttendanceLoaders(prisma, actor),

  /**
   * A lesson's roster (the attendance sheet's rows): who holds a seat in its cohort, by name, limited by
   * rosterScope (the instructor sees the whole class; other SUPPORT staff their teams' trainees). One query per
   * distinct cohort and scope, usually one.
   */
  rosterByLesson: ({ prisma, actor }) =>
    batched<RosterEntry[], Prisma.LessonWhereInput>(
      'id',
      () => lessonScope(actor()),
      async (where, ids) => {
        const lessons = await prisma.lesson.findMany({
          where,
          select: { id: true, cohortId: true, instructorId: true },
        });
        const queries = new Map<string, Promise<RosterEntry[]>>();
        const rosterOf = (l: (typeof lessons)[number]) => {
          const scope = rosterScope(actor(), l);
          const key = `${l.cohortId} ${JSON.stringify(scope)}`;
          if (!queries.has(key)) {
            queries.set(
              key,
              prisma.enrolment
                .findMany({
                  where: { AND: [{ cohortId: l.cohortId, status: { in: [...SEAT_HOLDING_STATUSES] } }, scope] },
                  select: { traineeId: true, trainee: { select: { name: true, phone: true, hometown: true } } },
                  orderBy: { trainee: { name: 'asc' } },
                })
                .then(async (rows) => {
                  // Namesakes within the class itself (three 热依拉·艾力 on one sheet), told apart by what the marker is
                  // shown — and only for trainees the marker may see as a person: an instructor marks the whole class
                  // but is not shown the phone or hometown of trainees outside their own teams.
                  const view = traineeView(actor().role);
                  const same = new Map<string, number>();
                  for (const r of rows) same.set(r.trainee.name, (same.get(r.trainee.name) ?? 0) + 1);
                  const namesakes = rows.filter((r) => (same.get(r.trainee.name) ?? 0) > 1).map((r) => r.traineeId);
                  const reachable = new Set(
                    namesakes.length
                      ? (
                          await prisma.trainee.findMany({
                            where: { AND: [{ id: { in: namesakes } }, traineeScope(actor())] },
                            select: { id: true },
                          })
                        ).map((t) => t.id)
                      : [],
                  );
                  return rows.map((r) => ({
                    traineeId: r.traineeId,
                    traineeName: r.trainee.name,
                    nameHint: reachable.has(r.traineeId)
                      ? nameHint(
                          view,
                          projectTrainee(view, {
                            ...r.trainee,
                            nationalIdMasked: '',
                            background: '',
                            platformAccounts: [],
                            statusReason: null,
                          }),
                          same.get(r.trainee.name) ?? 0,
                        )
                      : null,
                  }));
                }),
            );
          }
          return queries.get(key)!;
        };
        const byLesson = new Map(await Promise.all(lessons.map(async (l) => [l.id, await rosterOf(l)] as const)));
        return ids.map((id) => byLesson.get(id) ?? []);
      },
    ),
});

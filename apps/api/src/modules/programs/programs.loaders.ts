import type { Prisma } from '@grassroots/db';
import type DataLoader from 'dataloader';

import { cohortScope, programScope } from '../../core/auth/scopes';
import { batchedSql, byId, counts, groupedBy, unowned } from '../../core/graphql/loader-kit';
import { registerLoaders } from '../../core/graphql/loaders';
import { type Cohort, COHORT_SELECT, toCohort } from '../cohorts/models/cohort.model';
import { type Program, PROGRAM_SELECT, type ProgramTraineeCounts, toProgram } from './models/program.model';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    program: DataLoader<string, Program | null>;
    cohortsByProgram: DataLoader<string, Cohort[]>;
    cohortCountByProgram: DataLoader<string, number>;
    traineeCountByProgram: DataLoader<string, number>;
    traineeCountsByProgram: DataLoader<string, ProgramTraineeCounts>;
  }
}

registerLoaders({
  program: ({ prisma, actor }) =>
    byId(
      () => programScope(actor()),
      async (where) => (await prisma.program.findMany({ where, select: PROGRAM_SELECT })).map(toProgram),
    ),

  cohortsByProgram: ({ prisma, actor }) =>
    groupedBy<Cohort, Prisma.CohortWhereInput>(
      'programId',
      () => cohortScope(actor()),
      async (where) =>
        (await prisma.cohort.findMany({ where, select: COHORT_SELECT, orderBy: { startDate: 'asc' } })).map(toCohort),
    ),

  cohortCountByProgram: ({ prisma, actor }) =>
    counts(
      'programId',
      () => cohortScope(actor()),
      async (where) =>
        (await prisma.cohort.groupBy({ by: ['programId'], where, _count: { _all: true } })).map((r) => [
          r.programId,
          r._count._all,
        ]),
    ),

  /** Distinct trainees who are in or finished a cohort of the program (one person in two cohorts counts once). */
  traineeCountByProgram: ({ prisma }) =>
    batchedSql(
      () => unowned('a count, shown with a program the caller may see'),
      async (ids, scope) => {
        const rows = await prisma.$queryRaw<{ programId: string; n: number }[]>`
        SELECT "programId", count(DISTINCT "traineeId")::int AS n FROM "Enrolment"
        WHERE "programId" = ANY(${ids}) AND status IN ('ACTIVE', 'COMPLETED') AND ${scope} GROUP BY "programId"`;
        return ids.map((id) => rows.find((r) => r.programId === id)?.n ?? 0);
      },
    ),

  /** Enrolled, graduated and dropped out per program, by the sponsor report's definitions (cancelled cohorts left out). */
  traineeCountsByProgram: ({ prisma }) =>
    batchedSql(
      () => unowned('counts, shown with a program the caller may see'),
      async (ids, scope) => {
        const rows = await prisma.$queryRaw<
          { programId: string; enrolled: number; graduated: number; dropped: number }[]
        >`
        SELECT c."programId", count(e.id)::int AS enrolled,
          count(e.id) FILTER (WHERE e.status = 'COMPLETED')::int AS graduated,
          count(e.id) FILTER (WHERE e.status = 'WITHDRAWN')::int AS dropped
        FROM "Enrolment" e JOIN "Cohort" c ON c.id = e."cohortId"
        WHERE c."programId" = ANY(${ids}) AND c.status <> 'CANCELLED' AND ${scope} GROUP BY c."programId"`;
        return ids.map((id) => {
          const r = rows.find((x) => x.programId === id) ?? { enrolled: 0, graduated: 0, dropped: 0 };
          return {
            enrolled: r.enrolled,
            graduated: r.graduated,
            dropped: r.dropped,
            inTraining: r.enrolled - r.graduated - r.dropped,
          };
        });
      },
    ),
});

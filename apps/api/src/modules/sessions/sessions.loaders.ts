import type { Prisma, PrismaClient } from '@grassroots/db';
import { DEFAULT_TIME_ZONE, qcGateProblems } from '@grassroots/domain';

import type { Actor } from '../../core/auth/actor';
import { liveSessionScope, liveSessionScopeSql } from '../../core/auth/scopes';
import { batched, batchedSql, byId, groupedBy, unowned } from '../../core/graphql/loader-kit';
import { registerLoaders } from '../../core/graphql/loaders';
import { loadGateFacts } from '../catalogue/gate-facts';
import { type GateProblem, type Product, PRODUCT_SELECT, toProduct } from '../catalogue/models/catalogue.model';
import {
  ITEM_SELECT,
  type LiveSession,
  type LiveSessionItem,
  type SalesTotals,
  SESSION_SELECT,
  toItem,
  toSession,
} from './models/session.model';
import { salesTotals, type TotalsRow } from './sales.sql';
import { toTotals } from './sales.sql';

/** Session relations and sales aggregates, one statement per relation per request. */
export class SessionLoaders {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly actor: () => Actor,
  ) {}

  /** Sessions by id, within the caller's scope. */
  readonly session = byId<LiveSession, Prisma.LiveSessionWhereInput>(
    () => liveSessionScope(this.actor()),
    async (where) => (await this.prisma.liveSession.findMany({ where, select: SESSION_SELECT })).map(toSession),
  );

  /** Run-of-show items of sessions the caller may see. */
  readonly itemsBySession = groupedBy<LiveSessionItem, Prisma.LiveSessionItemWhereInput>(
    'sessionId',
    () => ({ session: liveSessionScope(this.actor()) }),
    async (where) =>
      (await this.prisma.liveSessionItem.findMany({ where, select: ITEM_SELECT, orderBy: { position: 'asc' } })).map(
        toItem,
      ),
  );

  /** Products by id (the catalogue is not owned by anyone; reached through a run of show or PRODUCTS_READ). */
  readonly product = byId<Product, Prisma.ProductWhereInput>(
    () => unowned('the catalogue belongs to no one'),
    async (where) => (await this.prisma.product.findMany({ where, select: PRODUCT_SELECT })).map(toProduct),
  );

  /** What keeps each product out of live sessions now (the QC gate), one query for all of them. */
  readonly gateProblems = batched<GateProblem[], Prisma.ProductWhereInput>(
    'id',
    () => unowned('the catalogue belongs to no one'),
    async (_where, ids) => {
      const facts = await loadGateFacts(this.prisma, [...ids]);
      const now = new Date();
      return ids.map((id) => {
        const f = facts.get(id);
        return f
          ? qcGateProblems(f, now).map(({ code, message: m }) => ({
              code,
              message: m.message,
              messageCode: m.code,
              params: m.params,
            }))
          : [];
      });
    },
  );

  /** The time zone of each cohort's program: a session's times are shown and entered in it. */
  readonly timeZoneByCohort = batchedSql<string>(
    () => unowned("a program's time zone, shown with a session the caller may see"),
    async (cohortIds) => {
      const rows = await this.prisma.$queryRaw<{ id: string; timeZone: string }[]>`
      SELECT c.id, p."timeZone" FROM "Cohort" c JOIN "Program" p ON p.id = c."programId" WHERE c.id = ANY(${cohortIds})`;
      return cohortIds.map((id) => rows.find((r) => r.id === id)?.timeZone ?? DEFAULT_TIME_ZONE);
    },
  );

  /** Per trainee of a team: totals over the team's ended sessions. */
  readonly resultsByTeam = batchedSql<{ traineeId: string; traineeName: string; totals: SalesTotals }[]>(
    () => liveSessionScopeSql(this.actor()),
    async (teamIds, scope) => {
      const rows = await this.prisma.$queryRaw<
        (TotalsRow & { teamId: string; traineeId: string; traineeName: string })[]
      >`
      SELECT s."teamId", s."traineeId", t.name AS "traineeName", ${salesTotals}
      FROM "LiveSession" s JOIN "Trainee" t ON t.id = s."traineeId"
      WHERE s."teamId" = ANY(${teamIds}) AND s.status = 'ENDED' AND s.gmv IS NOT NULL AND ${scope}
      GROUP BY s."teamId", s."traineeId", t.name ORDER BY sum(s.gmv) DESC`;
      return teamIds.map((id) =>
        rows
          .filter((r) => r.teamId === id)
          .map((r) => ({ traineeId: r.traineeId, traineeName: r.traineeName, totals: toTotals(r) })),
      );
    },
  );

  /**
   * Sales aggregates per program: the one view of sessions a sponsor gets (counts and sums, never rows). Whether the
   * caller may see the program was decided when the program itself was loaded.
   */
  readonly totalsByProgram = batchedSql<SalesTotals>(
    () => unowned('aggregates, shown with a program the caller may see'),
    async (programIds, scope) => {
      const rows = await this.prisma.$queryRaw<(TotalsRow & { programId: string })[]>`
      SELECT c."programId", ${salesTotals}
      FROM "LiveSession" s JOIN "Cohort" c ON c.id = s."cohortId"
      WHERE c."programId" = ANY(${programIds}) AND s.status = 'ENDED' AND s.gmv IS NOT NULL AND ${scope}
      GROUP BY c."programId"`;
      return programIds.map((id) => toTotals(rows.find((r) => r.programId === id)));
    },
  );
}

declare module '../../core/graphql/loaders' {
  interface Loaders {
    sessions: SessionLoaders;
  }
}

registerLoaders({ sessions: ({ prisma, actor }) => new SessionLoaders(prisma, actor) });

import type { PrismaClient } from '@grassroots/db';
import type { Actor } from '../../core/auth/current-user';
import { liveSessionScope, liveSessionScopeSql } from '../../core/auth/scopes';
import { byId, groupedBy } from '../../core/graphql/loader-kit';
import { qcGateProblems } from '@grassroots/domain';
import { loadGateFacts } from '../catalogue/gate-facts';
import { PRODUCT_SELECT, toProduct, type GateProblem, type Product } from '../catalogue/models/catalogue.model';
import { ITEM_SELECT, SESSION_SELECT, toItem, toSession, type LiveSession, type LiveSessionItem, type SalesTotals } from './models/session.model';
import { salesTotals, type TotalsRow } from './sales.sql';
import { toTotals } from './sessions.service';
import DataLoader from 'dataloader';

/** Session relations and sales aggregates, one statement per relation per request. */
export class SessionLoaders {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly actor: () => Actor,
  ) {}

  /** Sessions by id, within the caller's scope. */
  readonly session = byId<LiveSession>(async (ids) =>
    (await this.prisma.liveSession.findMany({ where: { AND: [{ id: { in: ids } }, liveSessionScope(this.actor())] }, select: SESSION_SELECT })).map(toSession),
  );

  /** Run-of-show items; callers reach them only through a session they may see. */
  readonly itemsBySession = groupedBy<LiveSessionItem>('sessionId', async (ids) =>
    (await this.prisma.liveSessionItem.findMany({ where: { sessionId: { in: ids } }, select: ITEM_SELECT, orderBy: { position: 'asc' } })).map(toItem),
  );

  /** Products by id (the catalogue is not owned by anyone; reached through a run of show or PRODUCTS_READ). */
  readonly product = byId<Product>(async (ids) => (await this.prisma.product.findMany({ where: { id: { in: ids } }, select: PRODUCT_SELECT })).map(toProduct));

  /** What keeps each product out of live sessions now (the QC gate), one query for all of them. */
  readonly gateProblems = new DataLoader<string, GateProblem[]>(async (ids) => {
    const facts = await loadGateFacts(this.prisma, [...ids]);
    const now = new Date();
    return ids.map((id) => {
      const f = facts.get(id);
      return f ? qcGateProblems(f, now).map(({ code, message }) => ({ code, message })) : [];
    });
  });

  /** Per trainee of a team: totals over the team's ended sessions. */
  readonly resultsByTeam = new DataLoader<string, { traineeId: string; traineeName: string; totals: SalesTotals }[]>(async (teamIds) => {
    const rows = await this.prisma.$queryRaw<(TotalsRow & { teamId: string; traineeId: string; traineeName: string })[]>`
      SELECT s."teamId", s."traineeId", t.name AS "traineeName", ${salesTotals}
      FROM "LiveSession" s JOIN "Trainee" t ON t.id = s."traineeId"
      WHERE s."teamId" = ANY(${[...teamIds]}) AND s.status = 'ENDED' AND s.gmv IS NOT NULL AND ${liveSessionScopeSql(this.actor())}
      GROUP BY s."teamId", s."traineeId", t.name ORDER BY sum(s.gmv) DESC`;
    return teamIds.map((id) => rows.filter((r) => r.teamId === id).map((r) => ({ traineeId: r.traineeId, traineeName: r.traineeName, totals: toTotals(r) })));
  });

  /**
   * Sales aggregates per program: the one view of sessions a sponsor gets (counts and sums, never rows). Whether the
   * caller may see the program was decided when the program itself was loaded.
   */
  readonly totalsByProgram = new DataLoader<string, SalesTotals>(async (programIds) => {
    const rows = await this.prisma.$queryRaw<(TotalsRow & { programId: string })[]>`
      SELECT c."programId", ${salesTotals}
      FROM "LiveSession" s JOIN "Cohort" c ON c.id = s."cohortId"
      WHERE c."programId" = ANY(${[...programIds]}) AND s.status = 'ENDED' AND s.gmv IS NOT NULL
      GROUP BY c."programId"`;
    return programIds.map((id) => toTotals(rows.find((r) => r.programId === id)));
  });
}

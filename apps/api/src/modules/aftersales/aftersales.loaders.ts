import type { Prisma, PrismaClient } from '@grassroots/db';
import type { MessageParams } from '@grassroots/domain';
import type { StreamPlatform, TicketStatus } from '@grassroots/domain';

import type { Actor } from '../../core/auth/actor';
import { ticketScope } from '../../core/auth/scopes';
import { batched, groupedBy, unowned } from '../../core/graphql/loader-kit';
import { registerLoaders } from '../../core/graphql/loaders';
import type { TicketEvent, TicketSession } from './models/ticket.model';

/** A ticket's timeline (with authors' names), its session and the facts its clocks need, one statement per relation per request. */
export class TicketLoaders {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly actor: () => Actor,
  ) {}

  readonly eventsByTicket = groupedBy<TicketEvent & { ticketId: string }, Prisma.TicketEventWhereInput>(
    'ticketId',
    () => ({ ticket: ticketScope(this.actor()) }),
    async (where) => {
      const rows = await this.prisma.ticketEvent.findMany({ where, orderBy: { at: 'asc' } });
      const users = new Map(
        (
          await this.prisma.user.findMany({
            where: { id: { in: [...new Set(rows.map((r) => r.authorId))] } },
            select: { id: true, name: true },
          })
        ).map((u) => [u.id, u]),
      );
      return rows.map((r) => ({
        ...r,
        fromStatus: r.fromStatus as TicketStatus | null,
        toStatus: r.toStatus as TicketStatus | null,
        messageParams: (r.messageParams as MessageParams | null) ?? null,
        author: users.get(r.authorId) ?? null,
      }));
    },
  );

  /**
   * The session each ticket's order came from, as after-sales sees it (no figures): keyed by ticket, so it reaches
   * only sessions of tickets the caller may see, whether or not they may see sessions themselves.
   */
  readonly sessionByTicket = batched<TicketSession | null, Prisma.AfterSalesTicketWhereInput>(
    'id',
    () => ticketScope(this.actor()),
    async (where, ids) => {
      const tickets = await this.prisma.afterSalesTicket.findMany({ where, select: { id: true, sessionId: true } });
      const sessionIds = tickets.flatMap((t) => (t.sessionId ? [t.sessionId] : []));
      const sessions = new Map(
        (
          await this.prisma.liveSession.findMany({
            where: { id: { in: sessionIds } },
            select: {
              id: true,
              title: true,
              platform: true,
              scheduledStart: true,
              trainee: { select: { name: true } },
            },
          })
        ).map((s) => [
          s.id,
          {
            id: s.id,
            title: s.title,
            platform: s.platform as StreamPlatform,
            scheduledStart: s.scheduledStart,
            streamerName: s.trainee.name,
          },
        ]),
      );
      const sessionOf = new Map(tickets.map((t) => [t.id, t.sessionId ? (sessions.get(t.sessionId) ?? null) : null]));
      return ids.map((id) => sessionOf.get(id) ?? null);
    },
  );

  readonly perishableByProduct = batched<boolean, Prisma.ProductWhereInput>(
    'id',
    () => unowned('the catalogue belongs to no one'),
    async (where, ids) => {
      const rows = await this.prisma.product.findMany({ where, select: { id: true, perishable: true } });
      return ids.map((id) => rows.find((r) => r.id === id)?.perishable ?? false);
    },
  );
}

declare module '../../core/graphql/loaders' {
  interface Loaders {
    tickets: TicketLoaders;
  }
}

registerLoaders({ tickets: ({ prisma, actor }) => new TicketLoaders(prisma, actor) });

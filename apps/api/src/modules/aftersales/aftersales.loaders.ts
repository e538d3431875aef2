import DataLoader from 'dataloader';
import type { PrismaClient } from '@grassroots/db';
import type { TicketStatus } from '@grassroots/domain';
import { groupedBy } from '../../core/graphql/loader-kit';
import type { TicketEvent } from './models/ticket.model';

/** A ticket's timeline (with authors' names) and the facts its clocks need, one statement per relation per request. */
export class TicketLoaders {
  constructor(private readonly prisma: PrismaClient) {}

  readonly eventsByTicket = groupedBy<TicketEvent & { ticketId: string }>('ticketId', async (ids) => {
    const rows = await this.prisma.ticketEvent.findMany({ where: { ticketId: { in: ids } }, orderBy: { at: 'asc' } });
    const users = new Map(
      (await this.prisma.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.authorId))] } }, select: { id: true, name: true } })).map((u) => [u.id, u]),
    );
    return rows.map((r) => ({ ...r, fromStatus: r.fromStatus as TicketStatus | null, toStatus: r.toStatus as TicketStatus | null, author: users.get(r.authorId) ?? null }));
  });

  readonly perishableByProduct = new DataLoader<string, boolean>(async (ids) => {
    const rows = await this.prisma.product.findMany({ where: { id: { in: [...ids] } }, select: { id: true, perishable: true } });
    return ids.map((id) => rows.find((r) => r.id === id)?.perishable ?? false);
  });
}

import { createPiiCipher, type PiiCipher, Prisma, type PrismaClient, sealPhone } from '@grassroots/db';
import {
  assertRefundWithinClaim,
  DomainError,
  type Message,
  msg,
  nextTicketStatus,
  noReasonReturnWindow,
  QUALITY_POLICY,
  refundDue,
  shouldSuspend,
  slaClocks,
  ticketActions,
  ticketHistory,
  type TicketPriority,
  type TicketStatus,
  toSkipTake,
} from '@grassroots/domain';
import { Injectable } from '@nestjs/common';

import type { Actor } from '../../core/auth/actor';
import { customerPhoneWhere } from '../../core/auth/masked-search';
import { ticketScope } from '../../core/auth/scopes';
import { DatabaseService } from '../../core/database/database.module';
import { contains } from '../../core/database/search';
import type { PageResult } from '../../core/graphql/pagination';
import { suspendProduct } from '../catalogue/catalogue.service';
import { NotificationsService, qcTaskEvent, usersWithRole } from '../notifications/notifications.service';
import { recomputeSessionRefunds } from '../sessions/session-refunds';
import { todoIds } from '../workbench/todo-filters';
import type {
  AssignTicketInput,
  CommentTicketInput,
  CreateTicketInput,
  MoveTicketInput,
  TicketsArgs,
  UpdateTicketInput,
} from './dto/ticket.input';
import type { CannedReply, ResolutionPreview, Ticket, TicketClocks } from './models/ticket.model';

type Tx = Prisma.TransactionClient;

/** Number, order, customer name, or the customer's phone as far as the actor sees it (through its blind indexes). */
function ticketSearch(actor: Actor, term: string, pii: PiiCipher): Prisma.AfterSalesTicketWhereInput[] {
  const phone = customerPhoneWhere(actor, term, pii);
  return [
    { number: contains(term) },
    { orderRef: contains(term, false) },
    { customerName: contains(term, false) },
    ...(phone ? [phone] : []),
  ];
}
const OPEN: TicketStatus[] = ['NEW', 'TRIAGED', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'REOPENED'];
const TICKET_SELECT = {
  id: true,
  number: true,
  orderRef: true,
  productId: true,
  sessionId: true,
  traineeId: true,
  customerName: true,
  customerPhone: true,
  customerPhoneCipher: true,
  type: true,
  priority: true,
  status: true,
  amountClaimed: true,
  refundAmount: true,
  rootCause: true,
  assigneeId: true,
  deliveredAt: true,
  returnReceivedAt: true,
  refundedAt: true,
  firstRespondedAt: true,
  resolvedAt: true,
  createdAt: true,
  version: true,
} satisfies Prisma.AfterSalesTicketSelect;
type TicketRow = Prisma.AfterSalesTicketGetPayload<{ select: typeof TICKET_SELECT }>;

/** A ticket row for the API; the customer's phone is decrypted here (a row not yet sealed still has it in plain). */
export const toTicket = (r: TicketRow, pii: PiiCipher): Ticket => ({
  ...r,
  customerPhone: r.customerPhoneCipher ? pii.decrypt(r.customerPhoneCipher) : (r.customerPhone ?? ''),
  type: r.type as Ticket['type'],
  priority: r.priority as Ticket['priority'],
  status: r.status as Ticket['status'],
  rootCause: r.rootCause as Ticket['rootCause'],
  amountClaimed: r.amountClaimed.toFixed(2),
  refundAmount: r.refundAmount?.toFixed(2) ?? null,
  actions: ticketActions(r.status as TicketStatus),
});

/** The SLA and legal clocks of a ticket at `now`, from its status history. */
export function clocksOf(
  t: {
    priority: string;
    createdAt: Date;
    firstRespondedAt: Date | null;
    deliveredAt: Date | null;
    returnReceivedAt: Date | null;
    refundedAt: Date | null;
  },
  statusEvents: { toStatus: string | null; at: Date }[],
  perishable: boolean,
  now = new Date(),
): TicketClocks {
  const history = ticketHistory(t.createdAt, statusEvents);
  const c = slaClocks(
    { priority: t.priority as TicketPriority, createdAt: t.createdAt, firstRespondedAt: t.firstRespondedAt, history },
    now,
  );
  const clock = (x: typeof c.firstResponse) => ({ ...x, remainingMinutes: Math.round(x.remainingMs / 60_000) });
  const window = noReasonReturnWindow({ deliveredAt: t.deliveredAt, perishable }, now);
  const refund = refundDue(t, now);
  return {
    firstResponse: clock(c.firstResponse),
    resolution: clock(c.resolution),
    returnEligible: window.eligible,
    returnWindowClosesAt: window.closesAt,
    refundDueAt: refund.dueAt,
    refundOverdue: refund.overdue,
  };
}

@Injectable()
export class AfterSalesService {
  private readonly pii: PiiCipher = createPiiCipher();

  constructor(
    private readonly db: DatabaseService,
    private readonly notifications: NotificationsService,
  ) {}

  async list(actor: Actor, args: TicketsArgs, now = new Date()): Promise<PageResult<Ticket>> {
    // Opened from a workbench card: exactly the tickets it counts (all open), whatever the queue.
    const todo = await todoIds(this.db.prisma, actor, 'AfterSalesTicket', args.todo, now);
    const queue = todo ? 'OPEN' : (args.queue ?? 'OPEN');
    const where: Prisma.AfterSalesTicketWhereInput = {
      AND: [
        ticketScope(actor),
        todo ? { id: { in: todo } } : {},
        queue === 'ALL' ? {} : { status: { in: OPEN } },
        queue === 'MINE' ? { assigneeId: actor.id } : {},
        args.status ? { status: args.status } : {},
        args.priority ? { priority: args.priority } : {},
        args.productId ? { productId: args.productId } : {},
        args.search ? { OR: ticketSearch(actor, args.search, this.pii) } : {},
      ],
    };
    if (queue === 'DUE_SOON' || queue === 'BREACHED') {
      // The clocks depend on each ticket's pauses: computed for the open tickets, then filtered and sorted by due time.
      const rows = await this.db.prisma.afterSalesTicket.findMany({
        where,
        select: {
          ...TICKET_SELECT,
          product: { select: { perishable: true } },
          events: { where: { kind: 'STATUS' }, select: { toStatus: true, at: true }, orderBy: { at: 'asc' } },
        },
        take: 5000,
      });
      const flagged = rows
        .map((r) => ({ r, c: clocksOf(r, r.events, r.product.perishable, now) }))
        .filter(({ c }) =>
          queue === 'BREACHED'
            ? c.firstResponse.breached || c.resolution.breached
            : !c.resolution.breached &&
              (c.resolution.dueSoon || (!c.firstResponse.stoppedAt && c.firstResponse.dueSoon)),
        )
        .sort((a, b) => a.c.resolution.dueAt.getTime() - b.c.resolution.dueAt.getTime());
      const { skip, take } = toSkipTake(args);
      return {
        items: flagged.slice(skip, skip + take).map(({ r }) => toTicket(r, this.pii)),
        total: flagged.length,
        page: args.page,
        pageSize: args.pageSize,
      };
    }
    const [rows, total] = await Promise.all([
      this.db.prisma.afterSalesTicket.findMany({
        where,
        select: TICKET_SELECT,
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        ...toSkipTake(args),
      }),
      this.db.prisma.afterSalesTicket.count({ where }),
    ]);
    return { items: rows.map((r) => toTicket(r, this.pii)), total, page: args.page, pageSize: args.pageSize };
  }

  async get(actor: Actor, id: string): Promise<Ticket> {
    const row = await this.db.prisma.afterSalesTicket.findFirst({
      where: { AND: [{ id }, ticketScope(actor)] },
      select: TICKET_SELECT,
    });
    if (!row) throw DomainError.notFound('Ticket');
    return toTicket(row, this.pii);
  }

  async create(actor: Actor, input: CreateTicketInput): Promise<Ticket> {
    return this.db.prisma.$transaction(async (tx) => {
      const product = await tx.product.findUnique({ where: { id: input.productId }, select: { id: true } });
      if (!product) throw DomainError.field('productId', msg('common.noSuchProduct'));
      let traineeId: string | null = null;
      if (input.sessionId) {
        const s = await tx.liveSession.findUnique({
          where: { id: input.sessionId },
          select: { traineeId: true, items: { where: { productId: input.productId }, select: { id: true } } },
        });
        if (!s) throw DomainError.field('sessionId', msg('aftersales.noSuchLiveSession'));
        if (!s.items.length) throw DomainError.field('sessionId', msg('aftersales.productNotInSession'));
        traineeId = s.traineeId;
      }
      const [{ n }] = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('"AfterSalesTicket_number_seq"') AS n`;
      const number = `AS-${new Date().getFullYear()}-${String(n).padStart(6, '0')}`;
      const row = await tx.afterSalesTicket.create({
        data: {
          number,
          orderRef: input.orderRef,
          productId: input.productId,
          sessionId: input.sessionId ?? null,
          traineeId,
          customerName: input.customerName,
          ...sealPhone(this.pii, input.customerPhone),
          type: input.type,
          priority: input.priority ?? 'NORMAL',
          amountClaimed: input.amountClaimed,
          deliveredAt: input.deliveredAt ? new Date(input.deliveredAt) : null,
          events: { create: { kind: 'REPORT', internal: false, body: input.description, authorId: actor.id } },
        },
        select: TICKET_SELECT,
      });
      return toTicket(row, this.pii);
    });
  }

  /** A state-machine move, under the optimistic version check; resolving records the root cause. */
  async move(actor: Actor, input: MoveTicketInput, now = new Date()): Promise<Ticket> {
    return this.db.prisma.$transaction(async (tx) => {
      const t = await this.current(tx, actor, input.ticketId, input.version);
      const to = nextTicketStatus(t.status as TicketStatus, input.action);
      if (to === 'RESOLVED') assertRefundWithinClaim(input.refundAmount, t.amountClaimed.toFixed(2));
      const data: Prisma.AfterSalesTicketUpdateInput = { status: to, version: { increment: 1 } };
      if (to === 'RESOLVED')
        Object.assign(data, {
          resolvedAt: now,
          rootCause: input.rootCause,
          ...(input.refundAmount != null ? { refundAmount: input.refundAmount } : {}),
        });
      if (to === 'REOPENED') data.resolvedAt = null;
      const row = await tx.afterSalesTicket.update({ where: { id: t.id }, data, select: TICKET_SELECT });
      await tx.ticketEvent.create({
        data: {
          ticketId: t.id,
          kind: 'STATUS',
          fromStatus: t.status,
          toStatus: to,
          body: input.note ?? '',
          authorId: actor.id,
          at: now,
        },
      });
      if (to === 'RESOLVED' && input.rootCause === 'QUALITY') await this.feedback(tx, actor, row, now);
      if (row.sessionId && input.refundAmount != null) await recomputeSessionRefunds(tx, row.sessionId);
      return toTicket(row, this.pii);
    });
  }

  /** Internal notes and customer replies are appended; the first reply stops the first-response clock. */
  async comment(actor: Actor, input: CommentTicketInput, now = new Date()): Promise<Ticket> {
    return this.db.prisma.$transaction(async (tx) => {
      const t = await tx.afterSalesTicket.findFirst({
        where: { AND: [{ id: input.ticketId }, ticketScope(actor)] },
        select: { id: true, firstRespondedAt: true, status: true },
      });
      if (!t) throw DomainError.notFound('Ticket');
      if (t.status === 'CLOSED') throw DomainError.conflict(msg('aftersales.ticketClosed'));
      await tx.ticketEvent.create({
        data: {
          ticketId: t.id,
          kind: 'COMMENT',
          internal: input.internal,
          body: input.body,
          authorId: actor.id,
          at: now,
        },
      });
      const row =
        !input.internal && !t.firstRespondedAt
          ? await tx.afterSalesTicket.update({
              where: { id: t.id },
              data: { firstRespondedAt: now },
              select: TICKET_SELECT,
            })
          : await tx.afterSalesTicket.findUniqueOrThrow({ where: { id: t.id }, select: TICKET_SELECT });
      return toTicket(row, this.pii);
    });
  }

  async assign(actor: Actor, input: AssignTicketInput): Promise<Ticket> {
    return this.db.prisma.$transaction(async (tx) => {
      const t = await this.current(tx, actor, input.ticketId, input.version);
      let name = '—';
      if (input.assigneeId) {
        const agent = await tx.user.findFirst({
          where: { id: input.assigneeId, active: true, role: { in: ['AFTERSALES_AGENT', 'ADMIN'] } },
          select: { name: true },
        });
        if (!agent) throw DomainError.field('assigneeId', msg('aftersales.notActiveAgent'));
        name = agent.name;
      }
      const row = await tx.afterSalesTicket.update({
        where: { id: t.id },
        data: { assigneeId: input.assigneeId, version: { increment: 1 } },
        select: TICKET_SELECT,
      });
      await tx.ticketEvent.create({ data: { ticketId: t.id, kind: 'ASSIGN', body: name, authorId: actor.id } });
      if (input.assigneeId) {
        await this.notifications.notify(tx, {
          kind: 'TICKET_ASSIGNED',
          key: `ticket:${t.id}:assigned:${row.version}`,
          params: { number: row.number, customer: row.customerName, type: row.type },
          link: { type: 'TICKET', id: t.id },
          recipients: [input.assigneeId],
          actorId: actor.id,
        });
      }
      return toTicket(row, this.pii);
    });
  }

  async update(actor: Actor, input: UpdateTicketInput): Promise<Ticket> {
    return this.db.prisma.$transaction(async (tx) => {
      const t = await this.current(tx, actor, input.ticketId, input.version);
      assertRefundWithinClaim(input.refundAmount, t.amountClaimed.toFixed(2));
      const date = (v: string | null | undefined) => (v === undefined ? undefined : v === null ? null : new Date(v));
      const data = {
        priority: input.priority,
        refundAmount: input.refundAmount,
        returnReceivedAt: date(input.returnReceivedAt),
        refundedAt: date(input.refundedAt),
        deliveredAt: date(input.deliveredAt),
      };
      const changed = Object.entries(data).filter(([, v]) => v !== undefined);
      const row = await tx.afterSalesTicket.update({
        where: { id: t.id },
        data: { ...data, version: { increment: 1 } },
        select: TICKET_SELECT,
      });
      await tx.ticketEvent.create({
        data: {
          ticketId: t.id,
          kind: 'UPDATE',
          body: changed.map(([k, v]) => `${k}: ${v instanceof Date ? v.toISOString() : String(v)}`).join('; '),
          authorId: actor.id,
        },
      });
      if (row.sessionId && (input.refundAmount !== undefined || input.refundedAt !== undefined))
        await recomputeSessionRefunds(tx, row.sessionId);
      return toTicket(row, this.pii);
    });
  }

  async cannedReplies(): Promise<CannedReply[]> {
    return this.db.prisma.cannedReply.findMany({ orderBy: { title: 'asc' } });
  }

  async agents() {
    return this.db.prisma.user.findMany({
      where: { active: true, role: 'AFTERSALES_AGENT' },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
    });
  }

  /**
   * What resolving this ticket with QUALITY as its root cause would do to its product now: the same count as the
   * feedback loop, with this ticket counted once. The resolve dialog says so before the agent confirms.
   */
  async resolutionPreview(actor: Actor, ticketId: string, now = new Date()): Promise<ResolutionPreview> {
    const t = await this.db.prisma.afterSalesTicket.findFirst({
      where: { AND: [{ id: ticketId }, ticketScope(actor)] },
      select: { id: true, productId: true, rootCause: true, createdAt: true, product: { select: { name: true } } },
    });
    if (!t) throw DomainError.notFound('Ticket');
    const load = await qualityLoad(this.db.prisma, t.productId, now);
    const counted =
      t.rootCause === 'QUALITY' && t.createdAt >= new Date(now.getTime() - QUALITY_POLICY.windowDays * 86_400_000);
    const qualityTickets = load.qualityTickets + (counted ? 0 : 1);
    return {
      productId: t.productId,
      productName: t.product.name,
      qualityTickets,
      unitsSold: load.orders,
      windowDays: QUALITY_POLICY.windowDays,
      suspendsProduct: load.status === 'APPROVED' && shouldSuspend({ qualityTickets, orders: load.orders }),
    };
  }

  /** Locks the ticket and refuses a stale version: two agents cannot silently overwrite each other. */
  private async current(tx: Tx, actor: Actor, id: string, version: number) {
    const t = await tx.afterSalesTicket.findFirst({
      where: { AND: [{ id }, ticketScope(actor)] },
      select: { id: true },
    });
    if (!t) throw DomainError.notFound('Ticket');
    await tx.$queryRaw`SELECT id FROM "AfterSalesTicket" WHERE id = ${id} FOR UPDATE`;
    const row = await tx.afterSalesTicket.findUniqueOrThrow({
      where: { id },
      select: { id: true, status: true, version: true, amountClaimed: true },
    });
    if (row.version !== version)
      throw DomainError.conflict(msg('aftersales.staleTicket'), [{ field: 'version', ...msg('common.stale') }]);
    return row;
  }

  /** The feedback loop: too many quality complaints against the units a product sold → suspended, re-inspection opened. */
  private async feedback(tx: Tx, actor: Actor, ticket: TicketRow, now: Date) {
    const load = await qualityLoad(tx, ticket.productId, now);
    if (load.status !== 'APPROVED') return;
    const { qualityTickets, orders } = load;
    if (!shouldSuspend({ qualityTickets, orders })) return;
    const reason = msg('qc.reason.qualityComplaints', {
      count: qualityTickets,
      days: QUALITY_POLICY.windowDays,
      units: orders,
    });
    const suspended = await suspendProduct(tx, ticket.productId, reason);
    const task = await qcTaskEvent(tx, ticket.productId, null);
    await this.notifications.notify(tx, task, {
      kind: 'PRODUCT_SUSPENDED',
      key: `product:${ticket.productId}:suspended:${task.key.split(':')[1]}`,
      params: { product: suspended.name, reason: { code: reason.code, params: reason.params } },
      link: { type: 'PRODUCT', id: ticket.productId },
      recipients: await usersWithRole(tx, ['QC_INSPECTOR', 'COORDINATOR']),
    });
    await tx.ticketEvent.create({
      data: {
        ticketId: ticket.id,
        kind: 'SYSTEM',
        ...eventText(msg('aftersales.event.productSuspended', { reason })),
        authorId: actor.id,
        at: now,
      },
    });
  }
}

/** Quality complaints against a product and the units it sold in the policy window, and its status now. */
async function qualityLoad(tx: Tx | PrismaClient, productId: string, now: Date) {
  const since = new Date(now.getTime() - QUALITY_POLICY.windowDays * 86_400_000);
  const [product, qualityTickets, sold] = await Promise.all([
    tx.product.findUniqueOrThrow({ where: { id: productId }, select: { status: true } }),
    tx.afterSalesTicket.count({ where: { productId, rootCause: 'QUALITY', createdAt: { gte: since } } }),
    tx.$queryRaw<{ units: number }[]>`
      SELECT coalesce(sum(i."unitsSold"), 0)::int AS units FROM "LiveSessionItem" i JOIN "LiveSession" s ON s.id = i."sessionId"
      WHERE i."productId" = ${productId} AND s.status = 'ENDED' AND coalesce(s."startedAt", s."scheduledStart") >= ${since}`,
  ]);
  return { status: product.status, qualityTickets, orders: sold[0]?.units ?? 0 };
}

/** A SYSTEM event's text: English in `body`, and its code with params for any other language. */
function eventText(m: Message) {
  return {
    body: m.message,
    messageCode: m.code,
    messageParams: (m.params as Prisma.InputJsonObject | undefined) ?? Prisma.DbNull,
  };
}

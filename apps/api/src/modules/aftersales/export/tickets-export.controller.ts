import {
  DEFAULT_TIME_ZONE,
  DomainError,
  formatInTimeZone,
  type MessageCode,
  Permission,
  TicketPriority,
  TicketStatus,
  values,
  zodFieldErrors,
} from '@grassroots/domain';
import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { z } from 'zod';

import { AuditService } from '../../../core/audit/audit.service';
import type { Actor } from '../../../core/auth/actor';
import { RequirePolicy } from '../../../core/auth/policy.decorator';
import { DatabaseService } from '../../../core/database/database.module';
import { sayIn, sayLabel } from '../../../core/i18n/messages';
import { exportLang, sendXlsx, writeXlsx, zoneLabel } from '../../../core/spreadsheet/write-xlsx';
import { AfterSalesService } from '../aftersales.service';
import { TicketQueue } from '../models/ticket.model';

const MAX_ROWS = 5_000;

const filtersSchema = z.object({
  queue: z.enum(values(TicketQueue)).default('OPEN'),
  status: z.enum(values(TicketStatus)).optional(),
  priority: z.enum(values(TicketPriority)).optional(),
  productId: z.string().max(40).optional(),
  search: z.string().trim().max(100).optional(),
  lang: z.string().optional(),
});

/** The columns, in the export's language (the shared catalog). */
const HEAD = [
  'workbooks.tickets.number',
  'workbooks.tickets.orderRef',
  'workbooks.tickets.createdAt',
  'workbooks.tickets.timeZone',
  'workbooks.tickets.customer',
  'workbooks.tickets.type',
  'workbooks.tickets.priority',
  'workbooks.tickets.status',
  'workbooks.tickets.product',
  'workbooks.tickets.amountClaimed',
  'workbooks.tickets.refundAmount',
  'workbooks.tickets.assignee',
  'workbooks.tickets.firstResponse',
  'workbooks.tickets.resolved',
] as const satisfies readonly MessageCode[];

const yuan = (s: string | null) => (s === null ? null : Number(s));

/**
 * The tickets queue, with the page's filters, as an .xlsx: the list's own query (its scope, its queues and their
 * clocks), product and assignee names in one query each, every download audited. Each ticket's times are in the zone
 * of the program it concerns (its session's, else its streamer's latest enrolment's; China time when neither is
 * known), named in the column beside them.
 */
@Controller('exports')
export class TicketsExportController {
  constructor(
    private readonly service: AfterSalesService,
    private readonly db: DatabaseService,
    private readonly audit: AuditService,
  ) {}

  @Get('tickets.xlsx')
  @RequirePolicy(Permission.TICKETS_READ)
  async tickets(@Req() req: Request & { actor: Actor }, @Query() query: unknown, @Res() res: Response) {
    const parsed = filtersSchema.safeParse(query);
    if (!parsed.success) throw DomainError.badInput(zodFieldErrors(parsed.error));
    const { lang: langQ, ...filters } = parsed.data;
    const actor = req.actor;
    const { items } = await this.service.list(actor, { ...filters, page: 1, pageSize: MAX_ROWS });
    const [products, users] = await Promise.all([
      this.db.prisma.product.findMany({
        where: { id: { in: [...new Set(items.map((t) => t.productId))] } },
        select: { id: true, name: true },
      }),
      this.db.prisma.user.findMany({
        where: { id: { in: [...new Set(items.map((t) => t.assigneeId).filter((x): x is string => !!x))] } },
        select: { id: true, name: true },
      }),
    ]);
    const zones = new Map(
      (
        await this.db.prisma.$queryRaw<{ id: string; tz: string | null }[]>`
          SELECT t.id, coalesce(
            (SELECT p."timeZone" FROM "LiveSession" s JOIN "Cohort" c ON c.id = s."cohortId"
               JOIN "Program" p ON p.id = c."programId" WHERE s.id = t."sessionId"),
            (SELECT p."timeZone" FROM "Enrolment" e JOIN "Program" p ON p.id = e."programId"
               WHERE e."traineeId" = t."traineeId" ORDER BY (e.status = 'ACTIVE') DESC, e."enrolledAt" DESC LIMIT 1)
          ) AS tz
          FROM "AfterSalesTicket" t WHERE t.id = ANY(${items.map((t) => t.id)})`
      ).map((r) => [r.id, r.tz ?? DEFAULT_TIME_ZONE]),
    );
    const productName = new Map(products.map((p) => [p.id, p.name]));
    const userName = new Map(users.map((u) => [u.id, u.name]));
    const say = sayIn(exportLang(langQ));
    const body = await writeXlsx([
      {
        name: say('workbooks.tickets.sheet'),
        rows: [
          HEAD.map((code) => say(code)),
          ...items.map((t) => {
            const tz = zones.get(t.id) ?? DEFAULT_TIME_ZONE;
            const at = (d: Date | null) => (d ? formatInTimeZone(d, tz) : null);
            return [
              t.number,
              t.orderRef,
              at(t.createdAt),
              zoneLabel(tz, t.createdAt),
              t.customerName,
              sayLabel(say, 'TicketType', t.type),
              sayLabel(say, 'TicketPriority', t.priority),
              sayLabel(say, 'TicketStatus', t.status),
              productName.get(t.productId) ?? '',
              yuan(t.amountClaimed),
              yuan(t.refundAmount),
              t.assigneeId ? (userName.get(t.assigneeId) ?? '') : '',
              at(t.firstRespondedAt),
              at(t.resolvedAt),
            ];
          }),
        ],
      },
    ]);
    await this.audit.record({
      actor,
      action: 'exportTickets.xlsx',
      result: 'SUCCESS',
      targetType: 'AfterSalesTicket',
      targetIds: [],
      detail: { filters, rows: items.length },
    });
    sendXlsx(res, body, 'tickets.xlsx', `${say('workbooks.tickets.fileName')}-${filters.queue}.xlsx`);
  }
}

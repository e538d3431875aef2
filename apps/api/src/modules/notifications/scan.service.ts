import { Prisma } from '@grassroots/db';
import {
  addDays,
  EXPIRY_NOTICE_DAYS,
  LATE_EVENT_LOOKBACK_MS,
  REFUND_DUE_DAYS,
  REMINDER_WINDOWS,
  Role,
  SLA_HOURS,
  todayInChina,
} from '@grassroots/domain';
import { Injectable } from '@nestjs/common';

import { DatabaseService } from '../../core/database/database.module';
import { type NotificationEvent, NotificationsService, usersWithRole } from './notifications.service';

const DAY = 86_400_000;
const OPEN_TICKET = Prisma.sql`('NEW', 'TRIAGED', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'REOPENED')`;
const epoch = (col: Prisma.Sql) => Prisma.sql`extract(epoch from ${col})::float8`;
const HOURS = (k: 'firstResponse' | 'resolution') =>
  Prisma.sql`(CASE t.priority ${Prisma.join(
    (Object.keys(SLA_HOURS) as (keyof typeof SLA_HOURS)[]).map(
      (p) => Prisma.sql`WHEN ${p}::"TicketPriority" THEN ${SLA_HOURS[p][k] * 3600}::float8`,
    ),
    ' ',
  )} END)`;
const iso = (d: Date | string | number) => new Date(d).toISOString();

/**
 * The time-based events, found by grouped SQL over the same facts as the workbench and recorded with ON CONFLICT DO
 * NOTHING under keys that name the moment (`assignment:<id>:due24h:<due>`): running it twice, or on two instances at
 * once, tells nobody twice; a session moved to a new time gets a new "starting" reminder. Run every minute by a
 * pg-boss schedule (once across instances, and after a restart the next minute's run catches up): windows look
 * ahead (due within 24 h, starting within 1 h, SLA due within 1 h) and back at most a day for what has passed.
 */
@Injectable()
export class NotificationScan {
  constructor(
    private readonly db: DatabaseService,
    private readonly notifications: NotificationsService,
  ) {}

  async run(now = new Date()): Promise<number> {
    const events = [
      ...(await this.assignments(now)),
      ...(await this.sessions(now)),
      ...(await this.tickets(now)),
      ...(await this.expiring(now)),
    ];
    return this.notifications.recordNow(events);
  }

  /** Assignments due within 24 h (the trainee) and overdue in the last day (the trainee and whoever set it, in scope). */
  private async assignments(now: Date): Promise<NotificationEvent[]> {
    const rows = await this.db.prisma.$queryRaw<
      {
        aid: string;
        title: string;
        dueAt: Date;
        traineeId: string;
        trainee: string;
        userId: string | null;
        setter: string | null;
        teamId: string | null;
      }[]
    >`
      SELECT a.id AS aid, a.title, a."dueAt", s."traineeId", tr.name AS trainee, u.id AS "userId",
        (SELECT c.id FROM "User" c WHERE c.id = a."createdById" AND c.active AND (c.role <> 'SUPPORT' OR EXISTS (
           SELECT 1 FROM "TeamAssignment" ta JOIN "TeamMembership" tm ON tm."teamId" = ta."teamId"
           WHERE ta."traineeId" = s."traineeId" AND ta."endedAt" IS NULL AND tm."userId" = c.id AND tm."leftAt" IS NULL))) AS setter,
        (SELECT ta."teamId" FROM "TeamAssignment" ta WHERE ta."traineeId" = s."traineeId" AND ta."endedAt" IS NULL LIMIT 1) AS "teamId"
      FROM "Submission" s
      JOIN "Assignment" a ON a.id = s."assignmentId"
      JOIN "Trainee" tr ON tr.id = s."traineeId"
      LEFT JOIN "User" u ON u."traineeId" = s."traineeId" AND u.active
      WHERE s.status IN ('ASSIGNED', 'RETURNED')
        AND a."dueAt" > ${new Date(now.getTime() - LATE_EVENT_LOOKBACK_MS)} AND a."dueAt" <= ${new Date(now.getTime() + REMINDER_WINDOWS.assignmentDueMs)}`;
    return rows.map((r) => {
      const params = { title: r.title, dueAt: iso(r.dueAt), trainee: r.trainee };
      if (r.dueAt > now) {
        return {
          kind: 'ASSIGNMENT_DUE_24H',
          key: `assignment:${r.aid}:due24h:${r.dueAt.getTime()}`,
          params,
          link: { type: 'ASSIGNMENT', id: r.aid },
          recipients: r.userId ? [r.userId] : [],
        };
      }
      return {
        kind: 'ASSIGNMENT_OVERDUE',
        key: `assignment:${r.aid}:overdue:${r.traineeId}`,
        params,
        link: { type: 'ASSIGNMENT', id: r.aid },
        recipients: [r.userId, r.setter].filter((x): x is string => !!x),
        group: { teamId: r.teamId },
      };
    });
  }

  /** Sessions starting within the hour: the trainee and the session's team's SUPPORT staff now. */
  private async sessions(now: Date): Promise<NotificationEvent[]> {
    const rows = await this.db.prisma.$queryRaw<
      { id: string; title: string; at: Date; platform: string; teamId: string; trainee: string; recipients: string[] }[]
    >`
      SELECT s.id, s.title, s."scheduledStart" AS at, s.platform::text AS platform, s."teamId", tr.name AS trainee,
        array_remove(array_cat(
          ARRAY(SELECT u.id FROM "User" u WHERE u."traineeId" = s."traineeId" AND u.active),
          ARRAY(SELECT tm."userId" FROM "TeamMembership" tm JOIN "User" u ON u.id = tm."userId"
                WHERE tm."teamId" = s."teamId" AND tm."leftAt" IS NULL AND u.active AND u.role = 'SUPPORT')), NULL) AS recipients
      FROM "LiveSession" s JOIN "Trainee" tr ON tr.id = s."traineeId"
      WHERE s.status = 'SCHEDULED' AND s."scheduledStart" > ${now} AND s."scheduledStart" <= ${new Date(now.getTime() + REMINDER_WINDOWS.sessionStartsMs)}`;
    return rows.map((r) => ({
      kind: 'SESSION_STARTING_1H',
      key: `session:${r.id}:starting1h:${r.at.getTime()}`,
      params: { title: r.title, at: iso(r.at), platform: r.platform, trainee: r.trainee },
      link: { type: 'SESSION', id: r.id },
      recipients: r.recipients,
      group: { teamId: r.teamId },
    }));
  }

  /**
   * The assignee's tickets: an SLA clock due within the hour or breached in the last day (clocks with the pauses of
   * aftersales/ticket.ts, as the workbench computes them), and refunds whose legal 7 days end within a day.
   */
  private async tickets(now: Date): Promise<NotificationEvent[]> {
    const n = Prisma.sql`${now.getTime() / 1000}::float8`;
    const rows = await this.db.prisma.$queryRaw<
      { id: string; number: string; assigneeId: string; fr: number | null; frDue: number; resDue: number }[]
    >`
      WITH t AS (
        SELECT t.id, t.number, t."assigneeId", t.priority, ${epoch(Prisma.sql`t."createdAt"`)} AS created, ${epoch(Prisma.sql`t."firstRespondedAt"`)} AS fr
        FROM "AfterSalesTicket" t JOIN "User" u ON u.id = t."assigneeId" AND u.active
        WHERE t.status IN ${OPEN_TICKET}),
      ev AS (
        SELECT e."ticketId", e."toStatus", ${epoch(Prisma.sql`e.at`)} AS s,
               coalesce(${epoch(Prisma.sql`lead(e.at) OVER (PARTITION BY e."ticketId" ORDER BY e.at)`)}, ${n}) AS u
        FROM "TicketEvent" e JOIN t ON t.id = e."ticketId" WHERE e.kind = 'STATUS' AND e."toStatus" IS NOT NULL),
      p AS (
        SELECT ev."ticketId",
          sum(greatest(0, least(ev.u, coalesce(t.fr, ${n})) - greatest(ev.s, t.created))) FILTER (WHERE ev."toStatus" = 'WAITING_CUSTOMER') AS fr_pause,
          sum(greatest(0, least(ev.u, ${n}) - greatest(ev.s, t.created))) FILTER (WHERE ev."toStatus" IN ('WAITING_CUSTOMER', 'RESOLVED', 'CLOSED')) AS res_pause
        FROM ev JOIN t ON t.id = ev."ticketId" GROUP BY ev."ticketId")
      SELECT t.id, t.number, t."assigneeId", t.fr,
             t.created + ${HOURS('firstResponse')} + coalesce(p.fr_pause, 0) AS "frDue",
             t.created + ${HOURS('resolution')} + coalesce(p.res_pause, 0) AS "resDue"
      FROM t LEFT JOIN p ON p."ticketId" = t.id`;
    const events: NotificationEvent[] = [];
    const nowS = now.getTime() / 1000;
    const soon = REMINDER_WINDOWS.slaDueMs / 1000;
    const back = LATE_EVENT_LOOKBACK_MS / 1000;
    for (const r of rows) {
      const clocks: ['FIRST_RESPONSE' | 'RESOLUTION', number][] =
        r.fr === null
          ? [
              ['FIRST_RESPONSE', Number(r.frDue)],
              ['RESOLUTION', Number(r.resDue)],
            ]
          : [['RESOLUTION', Number(r.resDue)]];
      for (const [clock, due] of clocks) {
        const base = {
          params: { number: r.number, clock, dueAt: iso(due * 1000) },
          link: { type: 'TICKET' as const, id: r.id },
          recipients: [r.assigneeId],
        };
        if (due > nowS && due <= nowS + soon)
          events.push({ kind: 'TICKET_SLA_DUE_1H', key: `ticket:${r.id}:${clock}:due1h`, ...base });
        else if (due <= nowS && due > nowS - back)
          events.push({ kind: 'TICKET_SLA_BREACHED', key: `ticket:${r.id}:${clock}:breached`, ...base });
      }
    }
    // Refunds: the law's 7 days from the return's receipt end within the next day. The assignee, or every agent.
    const refunds = await this.db.prisma.$queryRaw<
      { id: string; number: string; assigneeId: string | null; receivedAt: Date }[]
    >`
      SELECT t.id, t.number, t."assigneeId", t."returnReceivedAt" AS "receivedAt" FROM "AfterSalesTicket" t
      WHERE t."refundedAt" IS NULL AND t."returnReceivedAt" IS NOT NULL
        AND t."returnReceivedAt" > ${new Date(now.getTime() - REFUND_DUE_DAYS * DAY)}
        AND t."returnReceivedAt" <= ${new Date(now.getTime() + REMINDER_WINDOWS.refundDueMs - REFUND_DUE_DAYS * DAY)}`;
    const agents = refunds.some((r) => !r.assigneeId)
      ? await usersWithRole(this.db.prisma, [Role.AFTERSALES_AGENT])
      : [];
    for (const r of refunds) {
      events.push({
        kind: 'TICKET_REFUND_DUE',
        key: `ticket:${r.id}:refunddue:${r.receivedAt.getTime()}`,
        params: {
          number: r.number,
          dueAt: iso(r.receivedAt.getTime() + REFUND_DUE_DAYS * DAY),
          receivedAt: iso(r.receivedAt),
        },
        link: { type: 'TICKET', id: r.id },
        recipients: r.assigneeId ? [r.assigneeId] : agents,
      });
    }
    return events;
  }

  /** Licences (QC and coordinators) and passed inspections of products on sale (QC) that end within 30, then 7 days. */
  private async expiring(now: Date): Promise<NotificationEvent[]> {
    const today = todayInChina(now);
    const [far, near] = [EXPIRY_NOTICE_DAYS[0], EXPIRY_NOTICE_DAYS[1]];
    const licences = await this.db.prisma.$queryRaw<
      { id: string; supplierId: string; supplier: string; kind: string; number: string; on: string; near: boolean }[]
    >`
      SELECT sl.id, s.id AS "supplierId", s.name AS supplier, sl.kind::text AS kind, sl.number, to_char(sl."expiresOn", 'YYYY-MM-DD') AS on,
             sl."expiresOn" <= ${addDays(today, near)}::date AS near
      FROM "SupplierLicence" sl JOIN "Supplier" s ON s.id = sl."supplierId"
      WHERE sl."expiresOn" >= ${today}::date AND sl."expiresOn" <= ${addDays(today, far)}::date`;
    const inspections = await this.db.prisma.$queryRaw<
      { id: string; product: string; productId: string; validUntil: Date }[]
    >`
      SELECT DISTINCT ON (p.id) i.id, p.name AS product, p.id AS "productId", i."validUntil"
      FROM "Product" p JOIN "QcInspection" i ON i."productId" = p.id AND i.result = 'PASS'
      WHERE p.status = 'APPROVED'
      ORDER BY p.id, i."validUntil" DESC`;
    const events: NotificationEvent[] = [];
    if (licences.length > 0) {
      const people = await usersWithRole(this.db.prisma, [Role.QC_INSPECTOR, Role.COORDINATOR]);
      for (const l of licences) {
        const days = l.near ? near : far;
        events.push({
          kind: 'LICENCE_EXPIRING',
          key: `licence:${l.id}:exp${days}:${l.on}`,
          params: { supplier: l.supplier, licence: `${l.kind} ${l.number}`, on: l.on, days },
          link: { type: 'SUPPLIER', id: l.supplierId },
          recipients: people,
        });
      }
    }
    const soon = inspections.filter((i) => i.validUntil > now && i.validUntil.getTime() <= now.getTime() + far * DAY);
    if (soon.length > 0) {
      const qc = await usersWithRole(this.db.prisma, [Role.QC_INSPECTOR]);
      for (const i of soon) {
        const days = i.validUntil.getTime() <= now.getTime() + near * DAY ? near : far;
        events.push({
          kind: 'INSPECTION_EXPIRING',
          key: `inspection:${i.id}:exp${days}`,
          params: { product: i.product, validUntil: iso(i.validUntil), days },
          link: { type: 'PRODUCT', id: i.productId },
          recipients: qc,
        });
      }
    }
    return events;
  }
}

import { randomUUID } from 'node:crypto';

import { Prisma, type PrismaClient } from '@grassroots/db';
import {
  DEFAULT_TIME_ZONE,
  defaultPreference,
  KIND_META,
  type MessageCode,
  type MessageParams,
  type MessageRef,
  type NotificationKind,
  type NotificationLinkType,
  type PersonalChannel,
  Role,
  smsNotBefore,
} from '@grassroots/domain';
import { Injectable } from '@nestjs/common';

import { DatabaseService } from '../../core/database/database.module';
import { JobQueue } from '../../core/jobs/job-queue.service';
import { createMailer, type Mailer } from './channels/email';

export const DELIVER_QUEUE = 'notifications.deliver';

type Tx = Prisma.TransactionClient;

/** Something happened that people should hear about once. */
export interface NotificationEvent {
  kind: NotificationKind;
  /** Stable for the event: `session:<id>:cancelled`. With the recipient it is unique in the database. */
  key: string;
  /** A param can be a message of the catalog (a QC task's reason), said in each recipient's language. */
  params: Record<string, string | number | null | MessageRef>;
  link?: { type: NotificationLinkType; id: string };
  /** User ids, already limited by the scope rules (see the recipient helpers below). */
  recipients: string[];
  /** The person who caused it is not told about their own action. */
  actorId?: string | null;
  /** The team or program whose group robots may post it (KIND_META[kind].robot says which). */
  group?: { teamId?: string | null; programId?: string | null };
}

/**
 * Records notifications: one row per event and recipient (INSERT … ON CONFLICT DO NOTHING on (eventKey, recipientId),
 * so recording an event twice — a retried transaction, the scan on two instances — tells nobody twice), and for each
 * new row its external deliveries (group robots once per event, SMS and email per the person's preferences), each
 * with its queue job, all in the caller's transaction: the change, the notification and the job commit together.
 */
@Injectable()
export class NotificationsService {
  private readonly mailer: Mailer | null = createMailer();

  constructor(
    private readonly db: DatabaseService,
    private readonly queue: JobQueue,
  ) {}

  get emailEnabled(): boolean {
    return this.mailer !== null;
  }

  get mail(): Mailer | null {
    return this.mailer;
  }

  async notify(tx: Tx, ...events: NotificationEvent[]): Promise<number> {
    return this.record(tx, events);
  }

  /** Records in a transaction of its own (the scan), as of `now`. */
  async recordNow(events: NotificationEvent[], now = new Date()): Promise<number> {
    if (events.length === 0) return 0;
    return this.db.prisma.$transaction((tx) => this.record(tx, events, now), { timeout: 60_000 });
  }

  private async record(tx: Tx, events: NotificationEvent[], now = new Date()): Promise<number> {
    const rows = events.flatMap((e) =>
      [...new Set(e.recipients)]
        .filter((r) => r !== e.actorId)
        .map((r) => ({
          id: randomUUID(),
          recipientId: r,
          kind: e.kind,
          eventKey: e.key,
          params: e.params,
          linkType: e.link?.type ?? null,
          linkId: e.link?.id ?? null,
          createdAt: now,
        })),
    );
    if (rows.length === 0) return 0;
    const inserted = await tx.$queryRaw<
      { id: string; recipientId: string; eventKey: string; kind: NotificationKind }[]
    >`
      INSERT INTO "Notification" (id, "recipientId", kind, "eventKey", params, "linkType", "linkId", "createdAt")
      SELECT x.id, x."recipientId", x.kind, x."eventKey", x.params, x."linkType", x."linkId", x."createdAt"
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS x(id text, "recipientId" text, kind text, "eventKey" text, params jsonb, "linkType" text, "linkId" text, "createdAt" timestamp)
      ON CONFLICT ("eventKey", "recipientId") DO NOTHING
      RETURNING id, "recipientId", "eventKey", kind`;
    if (inserted.length === 0) return 0;

    const deliveries: {
      id: string;
      notificationId: string;
      eventKey: string;
      target: string;
      channel: PersonalChannel | null;
      robotId: string | null;
      notBefore: Date;
    }[] = [];
    // Personal channels, by preference (the role's default unless the person chose).
    const userIds = [...new Set(inserted.map((n) => n.recipientId))];
    // A trainee's zone is their program's (the active enrolment's, else the latest): their quiet hours are their night.
    const people = await tx.$queryRaw<
      { id: string; role: Role; email: string; phone: string | null; timeZone: string | null }[]
    >`
      SELECT u.id, u.role::text AS role, u.email, t.phone,
        (SELECT p."timeZone" FROM "Enrolment" e JOIN "Program" p ON p.id = e."programId" WHERE e."traineeId" = t.id
         ORDER BY (e.status = 'ACTIVE') DESC, e."enrolledAt" DESC LIMIT 1) AS "timeZone"
      FROM "User" u LEFT JOIN "Trainee" t ON t.id = u."traineeId"
      WHERE u.id IN (${Prisma.join(userIds)}) AND u.active`;
    const prefs = await tx.notificationPreference.findMany({
      where: { userId: { in: userIds } },
      select: { userId: true, kind: true, channel: true, enabled: true },
    });
    const chosen = new Map(prefs.map((p) => [`${p.userId}:${p.kind}:${p.channel}`, p.enabled]));
    const wants = (u: { id: string; role: Role }, kind: NotificationKind, channel: PersonalChannel) =>
      chosen.get(`${u.id}:${kind}:${channel}`) ?? defaultPreference(u.role, kind, channel);
    const byId = new Map(people.map((p) => [p.id, p]));
    for (const n of inserted) {
      const u = byId.get(n.recipientId);
      if (!u) continue;
      if (u.phone && wants(u, n.kind, 'SMS')) {
        deliveries.push({
          id: randomUUID(),
          notificationId: n.id,
          eventKey: n.eventKey,
          target: `sms:${u.id}`,
          channel: 'SMS',
          robotId: null,
          notBefore: smsNotBefore(u.role, now, u.timeZone ?? DEFAULT_TIME_ZONE),
        });
      }
      if (this.mailer && wants(u, n.kind, 'EMAIL')) {
        deliveries.push({
          id: randomUUID(),
          notificationId: n.id,
          eventKey: n.eventKey,
          target: `email:${u.id}`,
          channel: 'EMAIL',
          robotId: null,
          notBefore: now,
        });
      }
    }
    // Group robots: once per event and robot, attached to the event's first new notification.
    const groups = events.filter((e) => KIND_META[e.kind].robot && (e.group?.teamId || e.group?.programId));
    if (groups.length > 0) {
      const teamIds = groups.map((e) => e.group?.teamId).filter((x): x is string => !!x);
      const programIds = groups.map((e) => e.group?.programId).filter((x): x is string => !!x);
      const robots = await tx.notificationChannel.findMany({
        where: { active: true, OR: [{ teamId: { in: teamIds } }, { programId: { in: programIds } }] },
        select: { id: true, teamId: true, programId: true, kinds: true },
      });
      const first = new Map<string, string>();
      for (const n of inserted) if (!first.has(n.eventKey)) first.set(n.eventKey, n.id);
      for (const e of groups) {
        const notificationId = first.get(e.key);
        if (!notificationId) continue;
        const scope = KIND_META[e.kind].robot;
        for (const r of robots) {
          const matches =
            scope === 'TEAM'
              ? r.teamId && r.teamId === e.group?.teamId
              : r.programId && r.programId === e.group?.programId;
          if (matches && (r.kinds.length === 0 || r.kinds.includes(e.kind))) {
            deliveries.push({
              id: randomUUID(),
              notificationId,
              eventKey: e.key,
              target: `robot:${r.id}`,
              channel: null,
              robotId: r.id,
              notBefore: now,
            });
          }
        }
      }
    }
    if (deliveries.length > 0) {
      const created = await tx.$queryRaw<{ id: string; notBefore: Date }[]>`
        INSERT INTO "NotificationDelivery" (id, "notificationId", "eventKey", target, channel, "robotId", "notBefore", "updatedAt")
        SELECT x.id, x."notificationId", x."eventKey", x.target, x.channel::"NotificationChannelKind", x."robotId", x."notBefore", now()
        FROM jsonb_to_recordset(${JSON.stringify(deliveries)}::jsonb)
          AS x(id text, "notificationId" text, "eventKey" text, target text, channel text, "robotId" text, "notBefore" timestamp)
        ON CONFLICT ("eventKey", target) DO NOTHING
        RETURNING id, "notBefore"`;
      await this.queue.sendInTransaction(
        tx,
        created.map((d) => ({
          name: DELIVER_QUEUE,
          data: { deliveryId: d.id },
          startAfter: d.notBefore > now ? d.notBefore : undefined,
        })),
      );
    }
    return inserted.length;
  }
}

// ---- recipients, with the scope rules of core/auth/scopes.ts ----

type Db = Tx | PrismaClient;

/** The trainee's own account(s). */
export async function traineeUsers(db: Db, traineeIds: string[]): Promise<Map<string, string>> {
  if (traineeIds.length === 0) return new Map();
  const users = await db.user.findMany({
    where: { traineeId: { in: traineeIds }, active: true },
    select: { id: true, traineeId: true },
  });
  return new Map(users.map((u) => [u.traineeId!, u.id]));
}

/** SUPPORT staff on a team now: they are told about its sessions (their scope is their current teams). */
export async function teamStaff(db: Db, teamId: string): Promise<string[]> {
  const rows = await db.teamMembership.findMany({
    where: { teamId, leftAt: null, user: { active: true, role: Role.SUPPORT } },
    select: { userId: true },
  });
  return rows.map((r) => r.userId);
}

/** SUPPORT staff on a team that backs this trainee now — never anyone outside the trainee's current teams. */
export async function traineeStaff(db: Db, traineeId: string): Promise<{ userIds: string[]; teamId: string | null }> {
  const rows = await db.teamAssignment.findMany({
    where: { traineeId, endedAt: null },
    select: {
      teamId: true,
      team: {
        select: {
          members: { where: { leftAt: null, user: { active: true, role: Role.SUPPORT } }, select: { userId: true } },
        },
      },
    },
  });
  return { userIds: rows.flatMap((r) => r.team.members.map((m) => m.userId)), teamId: rows[0]?.teamId ?? null };
}

export async function usersWithRole(db: Db, roles: Role[]): Promise<string[]> {
  const rows = await db.user.findMany({ where: { role: { in: roles }, active: true }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** A sponsor's people: only the organisation that funds this program. */
export async function sponsorUsers(db: Db, programId: string): Promise<string[]> {
  const rows = await db.user.findMany({
    where: { role: Role.SPONSOR, active: true, sponsor: { programs: { some: { id: programId } } } },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** A new task in QC's queue (there is no assignee: every QC inspector is told), for the product's open task. */
export async function qcTaskEvent(tx: Tx, productId: string, actorId: string | null): Promise<NotificationEvent> {
  const task = await tx.qcTask.findFirstOrThrow({
    where: { productId, closedAt: null },
    orderBy: { createdAt: 'desc' },
    select: { id: true, reason: true, reasonCode: true, reasonParams: true, product: { select: { name: true } } },
  });
  const reason = task.reasonCode
    ? { code: task.reasonCode as MessageCode, params: (task.reasonParams as MessageParams | null) ?? undefined }
    : task.reason;
  return {
    kind: 'QC_TASK_ASSIGNED',
    key: `qctask:${task.id}:created`,
    params: { product: task.product.name, reason },
    link: { type: 'QC_TASK', id: task.id },
    recipients: await usersWithRole(tx, [Role.QC_INSPECTOR]),
    actorId,
  };
}

/** Enrolments as a reader's zone is read from them: the newest first (a Prisma select for a trainee's `enrolments`). */
export const ZONE_ENROLMENTS = {
  select: { status: true, program: { select: { timeZone: true } } },
  orderBy: { enrolledAt: 'desc' },
  take: 5,
} as const satisfies Prisma.Trainee$enrolmentsArgs;

/** A trainee's zone: their active enrolment's program's, else their latest's; the default when they have none. */
export function zoneOfEnrolments(
  enrolments: { status: string; program: { timeZone: string } }[] | undefined | null,
): string {
  const e = enrolments?.find((x) => x.status === 'ACTIVE') ?? enrolments?.[0];
  return e?.program.timeZone ?? DEFAULT_TIME_ZONE;
}

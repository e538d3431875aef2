import { createPiiCipher, type PiiCipher, type Prisma } from '@grassroots/db';
import {
  defaultPreference,
  DomainError,
  kindsForRole,
  msg,
  type NotificationKind,
  type NotificationLocale,
  type NotificationParams,
  PERSONAL_CHANNELS,
  type PersonalChannel,
  renderNotification,
  type RobotPlatform,
  toNotificationLocale,
} from '@grassroots/domain';
import { Injectable } from '@nestjs/common';

import type { Actor } from '../../core/auth/actor';
import { DatabaseService } from '../../core/database/database.module';
import type { PageResult } from '../../core/graphql/pagination';
import { sayIn } from '../../core/i18n/messages';
import { JobQueue } from '../../core/jobs/job-queue.service';
import { checkWebhookUrl, maskWebhook } from './channels/robots';
import type {
  DeadLettersArgs,
  MarkNotificationsReadInput,
  NotificationsArgs,
  SaveNotificationChannelInput,
  SetNotificationPreferenceInput,
} from './dto/notification.input';
import type {
  DeadLetter,
  MarkReadResult,
  Notification,
  NotificationChannel,
  NotificationPreference,
} from './models/notification.model';
import { DeliveryStatus } from './models/notification.model';
import { DELIVER_QUEUE, NotificationsService, ZONE_ENROLMENTS, zoneOfEnrolments } from './notifications.service';

const CHANNEL_SELECT = {
  id: true,
  name: true,
  platform: true,
  teamId: true,
  programId: true,
  webhookMasked: true,
  secretCipher: true,
  kinds: true,
  locale: true,
  active: true,
  team: { select: { name: true } },
  program: { select: { name: true } },
} satisfies Prisma.NotificationChannelSelect;

/** The signed-in person's inbox and preferences (always `recipientId = actor.id`), and ADMIN's robots and dead letters. */
@Injectable()
export class InboxService {
  private readonly pii: PiiCipher = createPiiCipher();

  constructor(
    private readonly db: DatabaseService,
    private readonly queue: JobQueue,
    private readonly notifications: NotificationsService,
  ) {}

  /** The reader's language, and the zone their notifications' times are written in (a trainee's program's). */
  private async reader(actor: Actor): Promise<{ locale: NotificationLocale; zone: string }> {
    const u = await this.db.prisma.user.findUnique({
      where: { id: actor.id },
      select: { locale: true, trainee: { select: { enrolments: ZONE_ENROLMENTS } } },
    });
    return { locale: toNotificationLocale(u?.locale), zone: zoneOfEnrolments(u?.trainee?.enrolments) };
  }

  private async locale(actor: Actor): Promise<NotificationLocale> {
    return (await this.reader(actor)).locale;
  }

  async list(actor: Actor, args: NotificationsArgs): Promise<PageResult<Notification>> {
    const where: Prisma.NotificationWhereInput = {
      recipientId: actor.id,
      ...(args.unreadOnly ? { readAt: null } : {}),
    };
    const [rows, total, reader] = await Promise.all([
      this.db.prisma.notification.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: (args.page - 1) * args.pageSize,
        take: args.pageSize,
        select: { id: true, kind: true, params: true, linkType: true, linkId: true, readAt: true, createdAt: true },
      }),
      this.db.prisma.notification.count({ where }),
      this.reader(actor),
    ]);
    const items = rows.map((r) => ({
      ...r,
      ...renderNotification(
        r.kind as NotificationKind,
        r.params as NotificationParams,
        sayIn(reader.locale),
        new Date(),
        reader.zone,
      ),
    }));
    return { items, total, page: args.page, pageSize: args.pageSize };
  }

  unread(actor: Actor): Promise<number> {
    return this.db.prisma.notification.count({ where: { recipientId: actor.id, readAt: null } });
  }

  /** Marks one's own notifications read; an id that is not one's own answers NOT_FOUND, like an absent one. */
  async markRead(actor: Actor, input: MarkNotificationsReadInput): Promise<MarkReadResult> {
    const ids = input.all ? undefined : [...new Set(input.ids ?? [])];
    if (ids) {
      const mine = await this.db.prisma.notification.count({ where: { id: { in: ids }, recipientId: actor.id } });
      if (mine !== ids.length) throw DomainError.notFound('Notification');
    }
    const { count } = await this.db.prisma.notification.updateMany({
      where: { recipientId: actor.id, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
      data: { readAt: new Date() },
    });
    return { marked: count, unread: await this.unread(actor) };
  }

  async preferences(actor: Actor): Promise<NotificationPreference[]> {
    const [rows, me] = await Promise.all([
      this.db.prisma.notificationPreference.findMany({
        where: { userId: actor.id },
        select: { kind: true, channel: true, enabled: true },
      }),
      this.db.prisma.user.findUniqueOrThrow({
        where: { id: actor.id },
        select: { trainee: { select: { phone: true } } },
      }),
    ]);
    const chosen = new Map(rows.map((r) => [`${r.kind}:${r.channel}`, r.enabled]));
    const available = (c: PersonalChannel) => (c === 'SMS' ? !!me.trainee?.phone : this.notifications.emailEnabled);
    return kindsForRole(actor.role).flatMap((kind) =>
      PERSONAL_CHANNELS.map((channel) => {
        const own = chosen.get(`${kind}:${channel}`);
        return {
          kind,
          channel,
          enabled: own ?? defaultPreference(actor.role, kind, channel),
          isDefault: own === undefined,
          available: available(channel),
        };
      }),
    );
  }

  async setPreference(actor: Actor, input: SetNotificationPreferenceInput): Promise<NotificationPreference[]> {
    const kind = input.kind as NotificationKind;
    if (!kindsForRole(actor.role).includes(kind)) throw DomainError.field('kind', msg('notifications.kindNotForYou'));
    const channel = input.channel as PersonalChannel;
    await this.db.prisma.notificationPreference.upsert({
      where: { userId_kind_channel: { userId: actor.id, kind, channel } },
      create: { userId: actor.id, kind, channel, enabled: input.enabled },
      update: { enabled: input.enabled },
    });
    return this.preferences(actor);
  }

  async setLocale(actor: Actor, locale: string): Promise<string> {
    const u = await this.db.prisma.user.update({
      where: { id: actor.id },
      data: { locale: toNotificationLocale(locale) },
      select: { locale: true },
    });
    return u.locale;
  }

  // ---- ADMIN: robots ----

  async channels(): Promise<NotificationChannel[]> {
    const rows = await this.db.prisma.notificationChannel.findMany({
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: 200,
      select: CHANNEL_SELECT,
    });
    return rows.map(toChannel);
  }

  async saveChannel(input: SaveNotificationChannelInput): Promise<NotificationChannel> {
    if (input.webhookUrl) checkWebhookUrl(input.webhookUrl, input.platform as RobotPlatform);
    if (
      input.teamId &&
      !(await this.db.prisma.supportTeam.findUnique({ where: { id: input.teamId }, select: { id: true } }))
    )
      throw DomainError.field('teamId', msg('notifications.noSuchTeam'));
    if (
      input.programId &&
      !(await this.db.prisma.program.findUnique({ where: { id: input.programId }, select: { id: true } }))
    )
      throw DomainError.field('programId', msg('common.noSuchProgram'));
    const data = {
      name: input.name,
      platform: input.platform as RobotPlatform,
      teamId: input.teamId ?? null,
      programId: input.programId ?? null,
      kinds: input.kinds ?? [],
      locale: toNotificationLocale(input.locale),
      active: input.active ?? true,
      ...(input.webhookUrl
        ? { webhookCipher: this.pii.encrypt(input.webhookUrl), webhookMasked: maskWebhook(input.webhookUrl) }
        : {}),
      ...(input.secret ? { secretCipher: this.pii.encrypt(input.secret) } : {}),
    };
    if (!input.id) {
      if (!data.webhookCipher) throw DomainError.field('webhookUrl', msg('notifications.webhookUrlRequired'));
      return toChannel(
        await this.db.prisma.notificationChannel.create({
          data: { ...data, webhookCipher: data.webhookCipher, webhookMasked: data.webhookMasked! },
          select: CHANNEL_SELECT,
        }),
      );
    }
    const { count } = await this.db.prisma.notificationChannel.updateMany({ where: { id: input.id }, data });
    if (count === 0) throw DomainError.notFound('Robot');
    return toChannel(
      await this.db.prisma.notificationChannel.findUniqueOrThrow({ where: { id: input.id }, select: CHANNEL_SELECT }),
    );
  }

  // ---- ADMIN: dead letters ----

  async deadLetters(actor: Actor, args: DeadLettersArgs): Promise<PageResult<DeadLetter>> {
    const where: Prisma.NotificationDeliveryWhereInput = { status: 'FAILED' };
    const [rows, total, locale] = await Promise.all([
      this.db.prisma.notificationDelivery.findMany({
        where,
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
        skip: (args.page - 1) * args.pageSize,
        take: args.pageSize,
        select: DEAD_LETTER_SELECT,
      }),
      this.db.prisma.notificationDelivery.count({ where }),
      this.locale(actor),
    ]);
    const items = rows.map((r) => toDeadLetter(r, locale));
    return { items, total, page: args.page, pageSize: args.pageSize };
  }

  /** Sends a dead letter again: back to PENDING with a new job, in one transaction (only a FAILED one). */
  async retry(actor: Actor, id: string): Promise<DeadLetter> {
    await this.db.prisma.$transaction(async (tx) => {
      const { count } = await tx.notificationDelivery.updateMany({
        where: { id, status: 'FAILED' },
        data: { status: 'PENDING', lastError: null },
      });
      if (count === 0) throw DomainError.notFound('Failed delivery');
      await this.queue.sendInTransaction(tx, [{ name: DELIVER_QUEUE, data: { deliveryId: id } }]);
    });
    const r = await this.db.prisma.notificationDelivery.findUniqueOrThrow({
      where: { id },
      select: DEAD_LETTER_SELECT,
    });
    return toDeadLetter(r, await this.locale(actor));
  }
}

const DEAD_LETTER_SELECT = {
  id: true,
  target: true,
  status: true,
  attempts: true,
  lastError: true,
  updatedAt: true,
  robot: { select: { name: true } },
  notification: { select: { kind: true, params: true, recipient: { select: { name: true } } } },
} as const satisfies Prisma.NotificationDeliverySelect;

/** A failed delivery as ADMIN sees it, titled in the reader's language. */
function toDeadLetter(
  r: Prisma.NotificationDeliveryGetPayload<{ select: typeof DEAD_LETTER_SELECT }>,
  locale: NotificationLocale,
): DeadLetter {
  return {
    id: r.id,
    kind: r.notification.kind,
    title: renderNotification(
      r.notification.kind as NotificationKind,
      r.notification.params as NotificationParams,
      sayIn(locale),
    ).title,
    target: r.target.split(':')[0]!.toUpperCase(),
    targetName: r.robot?.name ?? r.notification.recipient.name,
    status: r.status as DeliveryStatus,
    attempts: r.attempts,
    lastError: r.lastError,
    updatedAt: r.updatedAt,
  };
}

function toChannel(r: Prisma.NotificationChannelGetPayload<{ select: typeof CHANNEL_SELECT }>): NotificationChannel {
  return {
    id: r.id,
    name: r.name,
    platform: r.platform,
    teamId: r.teamId,
    teamName: r.team?.name ?? null,
    programId: r.programId,
    programName: r.program?.name ?? null,
    webhookMasked: r.webhookMasked,
    hasSecret: !!r.secretCipher,
    kinds: r.kinds,
    locale: r.locale,
    active: r.active,
  };
}

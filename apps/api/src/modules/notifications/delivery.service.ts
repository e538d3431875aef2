import { createPiiCipher, type PiiCipher } from '@grassroots/db';
import {
  DEFAULT_TIME_ZONE,
  type NotificationKind,
  type NotificationParams,
  notificationPath,
  renderNotification,
  type RobotPlatform,
  toNotificationLocale,
} from '@grassroots/domain';
import { Injectable, Logger } from '@nestjs/common';

import { DatabaseService } from '../../core/database/database.module';
import { sayIn } from '../../core/i18n/messages';
import type { QueuedJob } from '../../core/jobs/job-queue.service';
import { assertPublicTarget, checkWebhookUrl, robotAccepted, robotRequest } from './channels/robots';
import { createSmsProvider, PermanentSmsError, smsConfig, type SmsProvider, smsTemplateParam } from './channels/sms';
import { NotificationsService, ZONE_ENROLMENTS, zoneOfEnrolments } from './notifications.service';

const TIMEOUT_MS = () => Number(process.env.GRASSROOTS_NOTIFY_TIMEOUT_MS ?? 5_000);

/**
 * The record's page in the admin, for links in robot messages (staff groups) and emails (the recipient's role):
 * GRASSROOTS_PUBLIC_URL + the domain's notificationPath; without GRASSROOTS_PUBLIC_URL, no links.
 */
export function recordUrl(type: string | null, id: string | null, role: string): string | null {
  const base = process.env.GRASSROOTS_PUBLIC_URL;
  if (!base || !type || !id) return null;
  return `${base.replace(/\/$/, '')}${notificationPath(type, encodeURIComponent(id), role)}`;
}

/**
 * Runs one delivery job: claims the delivery row (PENDING/RETRYING, or SENDING left by a process that died), sends
 * it, and marks it DELIVERED. A failure is recorded (lastError) and thrown, so pg-boss retries it with backoff; the
 * last attempt leaves it FAILED, a dead letter. A delivered or dead row is never sent by a stray job.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger('Notifications');
  private readonly pii: PiiCipher = createPiiCipher();
  readonly sms: SmsProvider = createSmsProvider();

  constructor(
    private readonly db: DatabaseService,
    private readonly notifications: NotificationsService,
  ) {}

  async run(job: QueuedJob<{ deliveryId: string }>): Promise<void> {
    const id = job.data.deliveryId;
    const [claimed] = await this.db.prisma.$queryRaw<{ id: string }[]>`
      UPDATE "NotificationDelivery" SET status = 'SENDING', attempts = attempts + 1, "updatedAt" = now()
      WHERE id = ${id} AND status IN ('PENDING', 'RETRYING', 'SENDING') RETURNING id`;
    if (!claimed) return;
    try {
      const skipped = await this.send(id);
      if (skipped) {
        // Not a failure to retry: the person may no longer be told (deactivated while a text waited for 08:00), or
        // the provider refused for good (a number it will not text).
        await this.db.prisma.notificationDelivery.update({
          where: { id },
          data: { status: 'FAILED', lastError: skipped },
        });
        return;
      }
      await this.db.prisma.notificationDelivery.update({
        where: { id },
        data: { status: 'DELIVERED', deliveredAt: new Date(), lastError: null },
      });
    } catch (e) {
      const last = job.retryCount >= job.retryLimit;
      const message = (e as Error).message.slice(0, 500);
      await this.db.prisma.notificationDelivery.update({
        where: { id },
        data: { status: last ? 'FAILED' : 'RETRYING', lastError: message },
      });
      if (last) this.logger.warn(`delivery ${id} failed after ${job.retryCount + 1} attempts: ${message}`);
      throw e;
    }
  }

  /** Sends one delivery; returns why it was not sent when it must not be (and is not worth retrying). */
  private async send(id: string): Promise<string | null> {
    const d = await this.db.prisma.notificationDelivery.findUniqueOrThrow({
      where: { id },
      select: {
        channel: true,
        robot: {
          select: {
            platform: true,
            webhookCipher: true,
            secretCipher: true,
            locale: true,
            active: true,
            program: { select: { timeZone: true } },
            team: { select: { cohort: { select: { program: { select: { timeZone: true } } } } } },
          },
        },
        notification: {
          select: {
            kind: true,
            params: true,
            linkType: true,
            linkId: true,
            recipient: {
              select: {
                email: true,
                locale: true,
                role: true,
                active: true,
                trainee: { select: { phone: true, enrolments: ZONE_ENROLMENTS } },
              },
            },
          },
        },
      },
    });
    const n = d.notification;
    const params = n.params as NotificationParams;
    const link = recordUrl(n.linkType, n.linkId, d.robot ? 'COORDINATOR' : n.recipient.role);
    if (d.robot) {
      if (!d.robot.active) throw new Error('robot switched off');
      // A robot posts in its group's zone: its program's, or its team's cohort's program's.
      const zone = d.robot.program?.timeZone ?? d.robot.team?.cohort.program.timeZone ?? DEFAULT_TIME_ZONE;
      const text = renderNotification(
        n.kind as NotificationKind,
        params,
        sayIn(toNotificationLocale(d.robot.locale)),
        new Date(),
        zone,
      );
      const url = checkWebhookUrl(this.pii.decrypt(d.robot.webhookCipher), d.robot.platform as RobotPlatform);
      await assertPublicTarget(url);
      const req = robotRequest(
        d.robot.platform as RobotPlatform,
        url.toString(),
        d.robot.secretCipher ? this.pii.decrypt(d.robot.secretCipher) : null,
        { ...text, link },
      );
      const res = await fetch(req.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(req.body),
        redirect: 'error',
        signal: AbortSignal.timeout(TIMEOUT_MS()),
      });
      const json = await res.json().catch(() => null);
      const problem = robotAccepted(d.robot.platform as RobotPlatform, res.status, json);
      if (problem) throw new Error(problem);
      return null;
    }
    if (!n.recipient.active) return 'not sent: the recipient was deactivated';
    // Times in the reader's zone: a trainee's program's; staff read China time.
    const text = renderNotification(
      n.kind as NotificationKind,
      params,
      sayIn(toNotificationLocale(n.recipient.locale)),
      new Date(),
      zoneOfEnrolments(n.recipient.trainee?.enrolments),
    );
    if (d.channel === 'SMS') {
      const phone = n.recipient.trainee?.phone;
      if (!phone) throw new Error('no phone number on file');
      const { signName, templateCode } = smsConfig();
      try {
        await this.sms.send({
          PhoneNumbers: phone,
          SignName: signName,
          TemplateCode: templateCode,
          TemplateParam: smsTemplateParam(text),
          OutId: id,
        });
      } catch (e) {
        if (e instanceof PermanentSmsError) return e.message; // failed at once: sending again cannot change it
        throw e;
      }
      return null;
    }
    if (d.channel === 'EMAIL') {
      const mail = this.notifications.mail;
      if (!mail) throw new Error('SMTP is not configured (GRASSROOTS_SMTP_URL)');
      await mail.send({
        to: n.recipient.email,
        subject: text.title,
        text: link ? `${text.body}\n\n${link}` : text.body,
      });
      return null;
    }
    throw new Error(`unknown delivery channel ${d.channel}`);
  }
}

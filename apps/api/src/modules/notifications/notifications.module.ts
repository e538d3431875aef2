import { Global, Module, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';

import { JobQueue } from '../../core/jobs/job-queue.service';
import { DeliveryService } from './delivery.service';
import { InboxService } from './inbox.service';
import { NotificationsResolver } from './notifications.resolver';
import { DELIVER_QUEUE, NotificationsService } from './notifications.service';
import { NotificationScan } from './scan.service';

export const SCAN_QUEUE = 'notifications.scan';

/**
 * Notifications (docs/notifications.md). Global: the feature services record their events with
 * NotificationsService.notify(tx, …) inside their own transactions.
 */
@Global()
@Module({
  providers: [NotificationsService, DeliveryService, NotificationScan, InboxService, NotificationsResolver],
  exports: [NotificationsService],
})
export class NotificationsModule implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly queue: JobQueue,
    private readonly delivery: DeliveryService,
    private readonly scan: NotificationScan,
  ) {}

  onModuleInit(): void {
    const retryLimit = Number(process.env.GRASSROOTS_NOTIFY_RETRY_LIMIT ?? 5);
    const retryDelaySeconds = Number(process.env.GRASSROOTS_NOTIFY_RETRY_DELAY_SECONDS ?? 30);
    this.queue.define(DELIVER_QUEUE, (job) => this.delivery.run(job as never), {
      retryLimit,
      retryDelaySeconds,
      expireInSeconds: 120,
      concurrency: 2,
    });
    this.queue.define(SCAN_QUEUE, async () => void (await this.scan.run()), { retryLimit: 0, expireInSeconds: 300 });
    this.queue.schedule(SCAN_QUEUE, process.env.GRASSROOTS_NOTIFY_SCAN_CRON ?? '* * * * *');
  }

  /** A scan at start, so reminders do not wait for the first minute of the schedule (idempotent like every scan). */
  async onApplicationBootstrap(): Promise<void> {
    if (process.env.GRASSROOTS_JOBS === 'off') return;
    await this.queue.send(SCAN_QUEUE, {});
  }
}

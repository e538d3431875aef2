import fs from 'node:fs';
import path from 'node:path';

import { backupDatabase, backupKeyNotice } from '@grassroots/db';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';

import { DatabaseService } from '../database/database.module';
import { JobQueue } from '../jobs/job-queue.service';

export const BACKUP_QUEUE = 'backup';
const NAME = /^grassroots-\d{8}-\d{9}\.(tar\.gz|dump)$/;

/**
 * Scheduled backups, when GRASSROOTS_BACKUP_DIR is set: on GRASSROOTS_BACKUP_CRON (China time; default 03:30 daily),
 * once across all instances (a pg-boss schedule), keeping the newest GRASSROOTS_BACKUP_KEEP files (default 14).
 * Embedded database: a consistent dump taken by its database thread between transactions, while the app serves.
 * PostgreSQL: pg_dump (postgresql-client on the app host). The PII key is never in a backup (see the log line).
 */
@Injectable()
export class ScheduledBackups implements OnModuleInit {
  private readonly logger = new Logger('Backups');

  constructor(
    private readonly db: DatabaseService,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit(): void {
    const dir = process.env.GRASSROOTS_BACKUP_DIR;
    if (!dir) return;
    this.queue.define(BACKUP_QUEUE, () => this.backup(dir).then(() => undefined), {
      retryLimit: 2,
      retryDelaySeconds: 60,
      expireInSeconds: 3_600,
    });
    this.queue.schedule(BACKUP_QUEUE, process.env.GRASSROOTS_BACKUP_CRON ?? '30 3 * * *');
  }

  /** Writes one backup into `dir` and prunes the oldest beyond the retention; returns the file. */
  async backup(dir: string): Promise<string> {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stamp = new Date()
      .toISOString()
      .slice(0, 23)
      .replace(/-|:|\./g, '')
      .replace('T', '-'); // UTC, to the millisecond
    const database = this.db.database;
    const file = path.join(dir, `grassroots-${stamp}.${database.kind === 'postgres' ? 'dump' : 'tar.gz'}`);
    const started = Date.now();
    const partial = `${file}.partial`;
    if (database.embedded) fs.writeFileSync(partial, await database.embedded.dump(), { mode: 0o600 });
    else await backupDatabase(partial, { url: database.url });
    fs.renameSync(partial, file); // never a half-written file under a backup's name
    const keep = Math.max(1, Number(process.env.GRASSROOTS_BACKUP_KEEP ?? 14));
    const old = fs
      .readdirSync(dir)
      .filter((f) => NAME.test(f))
      .sort()
      .slice(0, -keep);
    for (const f of old) fs.rmSync(path.join(dir, f), { force: true });
    this.logger.log(
      `backup ${path.basename(file)} (${fs.statSync(file).size} bytes, ${Date.now() - started} ms); removed ${old.length} older. ${backupKeyNotice()}`,
    );
    return file;
  }
}

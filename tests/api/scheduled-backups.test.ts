import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { JobQueue } from '@grassroots/api/core/jobs/job-queue.service';
import { BACKUP_QUEUE } from '@grassroots/api/core/operability/scheduled-backups';
import { createCohort } from '@grassroots/db/testing';

import { useApi } from '../support/api';

/** GRASSROOTS_BACKUP_DIR turns on scheduled backups: a schedule in the queue (once across instances), retention. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-scheduled-'));
const api = useApi({
  env: { GRASSROOTS_BACKUP_DIR: dir, GRASSROOTS_BACKUP_KEEP: '2', GRASSROOTS_BACKUP_CRON: '15 2 * * *' },
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const files = () =>
  fs
    .readdirSync(dir)
    .filter((f) => f.startsWith('grassroots-'))
    .sort();

it('schedules the backup in the database queue and keeps the newest files, while the app serves', async () => {
  const schedule = await api.db.query<{ name: string; cron: string; timezone: string }>(
    `SELECT name, cron, timezone FROM pgboss.schedule WHERE name = $1`,
    [BACKUP_QUEUE],
  );
  expect(schedule).toEqual([{ name: BACKUP_QUEUE, cron: '15 2 * * *', timezone: 'Asia/Shanghai' }]);

  await createCohort(api.db.prisma);
  for (let i = 1; i <= 3; i++) {
    await api.app.get(JobQueue).send(BACKUP_QUEUE, {});
    const until = Date.now() + 60_000;
    while (files().length < Math.min(i, 2) || (i === 3 && fs.readdirSync(dir).some((f) => f.endsWith('.partial')))) {
      if (Date.now() > until) throw new Error(`backup ${i} not written: ${files().join(', ')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 300)); // let the queue record completion before the next one
  }
  const until = Date.now() + 30_000;
  while (
    (
      await api.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state = 'completed'`,
        [BACKUP_QUEUE],
      )
    )[0].n < 3
  ) {
    if (Date.now() > until) throw new Error('backups did not complete');
    await new Promise((r) => setTimeout(r, 100));
  }
  const kept = files();
  expect(kept).toHaveLength(2); // GRASSROOTS_BACKUP_KEEP=2: the oldest of three was removed
  expect(kept.every((f) => f.endsWith(api.db.kind === 'postgres' ? '.dump' : '.tar.gz'))).toBe(true);
  expect(fs.statSync(path.join(dir, kept[1])).size).toBeGreaterThan(1_000);
});

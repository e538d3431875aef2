import { DatabaseService } from '@grassroots/api/core/database/database.module';
import { JobQueue } from '@grassroots/api/core/jobs/job-queue.service';
import { createTestDb } from '@grassroots/db/testing';
import { Logger } from '@nestjs/common';

/**
 * pg-boss marks a job completed or failed without awaiting the statement. When the database goes away just then, the
 * rejection used to be unhandled — which ends a Node process (and failed a CI run once). The queue now logs it; the
 * job stays active and is retried after it expires (see job-crash.test.ts).
 */
it('keeps running when the database goes away while a job ends', async () => {
  const database = await createTestDb();
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);
  process.on('unhandledRejection', onUnhandled);
  const errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  const warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  const queue = new JobQueue(new DatabaseService(database));
  try {
    let ended!: () => void;
    const handled = new Promise<void>((resolve) => (ended = resolve));
    queue.define('outage', async () => {
      await database.close();
      setTimeout(ended, 300); // time for pg-boss to send its (unawaited) `fail`
      throw new Error('the database went away');
    });
    queue.onApplicationBootstrap();
    await queue.send('outage', {});
    await handled;
    expect(unhandled).toEqual([]);
    // Both the job's own failure and the outcome that could not be recorded are in the log.
    expect(warnings.mock.calls.map(([m]) => String(m))).toContainEqual(
      expect.stringMatching(/^outage job \S+ failed \(attempt 1 of 3\): Error: the database went away$/),
    );
    expect(errors.mock.calls.map(([m]) => String(m))).toContainEqual(
      expect.stringMatching(
        /^job queue could not record the outcome of outage job \S+ \(it will expire and be retried\)/,
      ),
    );
  } finally {
    await queue.beforeApplicationShutdown();
    process.off('unhandledRejection', onUnhandled);
    errors.mockRestore();
    warnings.mockRestore();
  }
});

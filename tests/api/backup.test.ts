import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { backupDatabase, type BackupTarget, isPostgresUrl, openDatabase, restoreDatabase } from '@grassroots/db';
import { createCohort, createPostgresTestDatabase, createTrainee } from '@grassroots/db/testing';

/** A backup restores to exactly the counts it was taken at, on whichever backend the suite runs. */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-backup-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function counts(target: BackupTarget) {
  const db = await openDatabase({ url: target.url ?? '', pgliteDir: target.pgliteDir, migrate: false });
  const r = {
    cohorts: await db.prisma.cohort.count(),
    trainees: await db.prisma.trainee.count(),
    migrations: (await (await db.sql()).query('SELECT 1 FROM "_prisma_migrations"')).length,
  };
  await db.close();
  return r;
}

it('backs up, and restoring brings back exactly what was backed up', async () => {
  const pg = isPostgresUrl(process.env.DATABASE_URL)
    ? await createPostgresTestDatabase(process.env.DATABASE_URL)
    : undefined;
  const target: BackupTarget = pg ? { url: pg.url } : { pgliteDir: path.join(tmp, 'pgdata') };
  try {
    const db = await openDatabase({ url: target.url ?? '', pgliteDir: target.pgliteDir });
    await createCohort(db.prisma);
    for (let i = 0; i < 3; i++) await createTrainee(db.prisma);
    await db.close();
    const before = await counts(target);
    expect(before).toMatchObject({ cohorts: 1, trainees: 3 });

    const file = path.join(tmp, pg ? 'db.dump' : 'db.tar.gz');
    await backupDatabase(file, target);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);

    const later = await openDatabase({ url: target.url ?? '', pgliteDir: target.pgliteDir, migrate: false });
    await createTrainee(later.prisma);
    await later.prisma.cohort.deleteMany({});
    await later.close();
    expect(await counts(target)).toMatchObject({ cohorts: 0, trainees: 4 });

    const previous = await restoreDatabase(file, target);
    expect(await counts(target)).toEqual(before);
    if (!pg) expect(fs.existsSync(previous!)).toBe(true); // the replaced embedded database is kept, not deleted
  } finally {
    await pg?.drop();
  }
});

it('backs up an embedded database while the app has it open, consistently, without stopping it', async () => {
  if (isPostgresUrl(process.env.DATABASE_URL)) return; // pg_dump is online by nature: the first test covers it
  const dir = path.join(tmp, 'busy');
  const db = await openDatabase({ pgliteDir: dir, url: '' });
  const file = path.join(tmp, 'busy.tar.gz');
  try {
    await createCohort(db.prisma);
    // Writes keep going while the backup runs: it is taken between transactions.
    const writes = Promise.all(Array.from({ length: 20 }, () => createTrainee(db.prisma)));
    const t = performance.now();
    await backupDatabase(file, { pgliteDir: dir });
    console.log(
      `online backup of the embedded database: ${Math.round(performance.now() - t)} ms, ${fs.statSync(file).size} bytes`,
    );
    await writes;
    expect(await db.prisma.trainee.count()).toBe(20);
  } finally {
    await db.close();
  }
  // Restored elsewhere: the cohort (committed before) is there, the trainees are whole rows or absent.
  const copy = path.join(tmp, 'restored');
  await restoreDatabase(file, { pgliteDir: copy });
  const restored = await counts({ pgliteDir: copy });
  expect(restored.cohorts).toBe(1);
  expect(restored.trainees).toBeLessThanOrEqual(20);
});

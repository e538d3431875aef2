import fs from 'node:fs';

/** Removes the run's migrated PGlite snapshot (global-setup.ts). */
export default async function globalTeardown(): Promise<void> {
  const file = process.env.GRASSROOTS_TEST_SNAPSHOT;
  if (file) fs.rmSync(file, { force: true });
}

import fs from 'node:fs';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { removeTemplate } = require('./seeded-template.cjs') as { removeTemplate: () => void };

/** Removes the run's migrated PGlite snapshot (global-setup.ts) and its seeded demo database (seeded-template.cjs). */
export default async function globalTeardown(): Promise<void> {
  const file = process.env.GRASSROOTS_TEST_SNAPSHOT;
  if (file) fs.rmSync(file, { force: true });
  removeTemplate();
}

// `npm run files:import [-- <folder>]`: copies uploads of the old disk store (GRASSROOTS_FILES_DIR, default
// <data dir>/files) that the configured store (the database, or S3) lacks. Idempotent; the app also does it on start.
import path from 'node:path';

import { dataDir, openDatabase } from '@grassroots/db';

import { createFileStore } from '../src/core/files/create-file-store';
import { importDiskFiles } from '../src/core/files/import-disk-files';

async function main() {
  const arg = process.argv[2];
  const dir = arg
    ? path.resolve(process.env.INIT_CWD ?? process.cwd(), arg)
    : (process.env.GRASSROOTS_FILES_DIR ?? path.join(dataDir(), 'files'));
  const db = await openDatabase();
  try {
    const store = createFileStore(process.env, db);
    const r = await importDiskFiles(db.prisma, store, dir);
    console.log(`Imported ${r.imported} files from ${dir} into ${store.description}.`);
    if (r.mismatched.length)
      console.warn(`Not imported, bytes differ from the recorded sha256: ${r.mismatched.join(', ')}`);
    if (r.missing.length) console.warn(`Missing from both the store and ${dir}: ${r.missing.join(', ')}`);
    if (r.mismatched.length || r.missing.length) process.exitCode = 1;
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

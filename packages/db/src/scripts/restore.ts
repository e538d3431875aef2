// `npm run db:restore -- <file>`: restores a backup into the configured database. Stop the app first.
import path from 'node:path';

import { restoreDatabase } from '../backup';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run db:restore -- <backup file>');
  process.exit(2);
}
restoreDatabase(path.resolve(process.env.INIT_CWD ?? process.cwd(), file))
  .then((previous) =>
    console.log(`Restored ${file}${previous ? `; the previous database was kept at ${previous}` : ''}`),
  )
  .catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });

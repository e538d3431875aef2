// `npm run db:backup -- <file>`: dumps the configured database (DATABASE_URL or embedded PGlite) to a file.
import path from 'node:path';

import { backupDatabase, backupKeyNotice } from '../backup';

const file =
  process.argv[2] ??
  `backup-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.${process.env.DATABASE_URL ? 'dump' : 'tar.gz'}`;
backupDatabase(path.resolve(process.env.INIT_CWD ?? process.cwd(), file))
  .then(() => console.log(`Backup written to ${file}\n${backupKeyNotice()}`))
  .catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });

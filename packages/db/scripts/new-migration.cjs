#!/usr/bin/env node
// Authors a new migration offline: `npm run db:migration:new -- <name>`.
// Replays the committed migrations into a throwaway in-memory PGlite (never ./data) and writes the SQL that
// takes it to prisma/schema.prisma into prisma/migrations/<timestamp>_<name>/migration.sql.
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:migration:new -- <snake_case_name>');
  process.exit(2);
}
const env = { ...process.env, PGLITE_DIR: 'memory://' };
delete env.DATABASE_URL;
const r = spawnSync(process.execPath, [path.join(__dirname, 'prisma.cjs'), 'migrate', 'dev', '--create-only', '--skip-generate', '--name', name], {
  stdio: 'inherit',
  env,
});
if (r.status === 0) {
  console.log('\nReview the new migration. Prisma 6 does not know partial indexes or triggers that earlier migrations');
  console.log('created by hand (see CONTRIBUTING.md): delete any DROP of them from the generated SQL.');
}
process.exit(r.status ?? 1);

#!/usr/bin/env node
// Authors a new migration offline: `npm run db:migration:new -- <name>`.
// prisma/migrations/snapshot.prisma is the schema the newest migration brings the database to (one file, not a copy
// per migration). The new migration is the SQL diff from that snapshot to the current prisma/schema.prisma —
// datamodel to datamodel, so no database (and no shadow database) is needed, and the hand-written objects of earlier
// migrations (the partial unique index, the audit trigger) are never proposed for dropping. Then the snapshot moves on.
// Two branches that both change the schema conflict on the snapshot when merged: re-run this after merging.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:migration:new -- <snake_case_name>');
  process.exit(2);
}
const root = path.join(__dirname, '..');
const migrations = path.join(root, 'prisma', 'migrations');
const schema = path.join(root, 'prisma', 'schema.prisma');
const previous = path.join(migrations, 'snapshot.prisma');
if (!fs.existsSync(previous)) {
  console.error(`${previous} is missing: it is the schema the newest migration brings the database to.`);
  process.exit(1);
}

// The 6.19 CLI diffs (Prisma 7's needs the native schema engine). Its validator wants a datasource `url`, which
// Prisma 7 forbids in the schema: diff copies that have one.
const tmp = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'grassroots-migration-'));
const forPrisma6 = (file, name) => {
  const out = path.join(tmp, name);
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(
    out,
    /^\s*url\s*=/m.test(text)
      ? text
      : text.replace(/(datasource\s+\w+\s*\{[^}]*provider\s*=\s*"[^"]*")/, '$1\n  url      = env("DATABASE_URL")'),
  );
  return out;
};
const r = spawnSync(
  process.execPath,
  [
    path.join(__dirname, 'prisma.cjs'),
    '--prisma6',
    'migrate',
    'diff',
    '--from-schema-datamodel',
    forPrisma6(previous, 'from.prisma'),
    '--to-schema-datamodel',
    forPrisma6(schema, 'to.prisma'),
    '--script',
  ],
  { encoding: 'utf8', env: { ...process.env, DATABASE_URL: 'postgresql://pglite.invalid/embedded' } },
);
fs.rmSync(tmp, { recursive: true, force: true });
if (r.status !== 0) {
  process.stderr.write(r.stderr);
  process.exit(r.status ?? 1);
}
const sql = r.stdout
  .split('\n')
  .filter((l) => !l.startsWith('Loaded Prisma config'))
  .join('\n')
  .trim();
if (!sql || sql.split('\n').every((l) => l.startsWith('--') || !l.trim())) {
  console.log('No schema changes since the last migration; nothing written.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
const folder = path.join(migrations, `${stamp}_${name}`);
fs.mkdirSync(folder);
fs.writeFileSync(path.join(folder, 'migration.sql'), `${sql}\n`);
fs.copyFileSync(schema, previous);
console.log(
  `Wrote ${path.relative(process.cwd(), folder)}/migration.sql — review it, then run npm run db:migrate (or just start the app).`,
);

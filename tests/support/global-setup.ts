import fs from 'node:fs';
import path from 'node:path';

import { isPostgresUrl } from '@grassroots/db';
import { buildPgliteSnapshot, preparePostgresTemplate } from '@grassroots/db/testing';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { removeStaleTemplates } = require('./seeded-template.cjs') as {
  removeStaleTemplates: (alive: (pid: number) => boolean) => void;
};

/** Migrates one database for the whole run; each suite then copies it (PGlite dump or PostgreSQL template). */
export default async function globalSetup(): Promise<void> {
  removeStaleTemplates(alive);
  process.env.GRASSROOTS_PII_KEY ??= Buffer.alloc(32, 42).toString('base64');
  const url = process.env.DATABASE_URL;
  if (isPostgresUrl(url)) {
    await preparePostgresTemplate(url);
    return;
  }
  const dir = path.join(__dirname, '..', '.tmp');
  fs.mkdirSync(dir, { recursive: true });
  // Snapshots of runs that ended without their teardown (killed, crashed): ~40 MB each, removed once their process is gone.
  for (const name of fs.readdirSync(dir)) {
    const pid = /^snapshot-(\d+)\.tar$/.exec(name)?.[1];
    if (pid && !alive(Number(pid))) fs.rmSync(path.join(dir, name), { force: true });
  }
  const file = path.join(dir, `snapshot-${process.pid}.tar`);
  fs.writeFileSync(file, Buffer.from(await (await buildPgliteSnapshot()).arrayBuffer()));
  process.env.GRASSROOTS_TEST_SNAPSHOT = file;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

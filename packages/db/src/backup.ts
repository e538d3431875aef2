import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './lock';
import { isPostgresUrl, pgliteRunner } from './sql';
import { checkPiiKeys, PII_KEY_ENV, piiKeyFile, piiKeyId, readPiiKeyring } from './pii';
import { dataDir } from './paths';

/**
 * Backups of either backend. PostgreSQL: `pg_dump --format=custom` / `pg_restore --clean`. Embedded PGlite: a
 * gzipped dump of the data directory (`dumpDataDir`), taken with the app stopped (the directory lock enforces
 * it); a restore keeps the previous directory beside the new one instead of deleting it.
 */
export interface BackupTarget {
  url?: string;
  pgliteDir?: string;
}

const defaultDir = () => path.join(dataDir(), 'pgdata');

/** What a backup holds besides the data: never the PII key, which is named so that the right one can be found. */
export function backupKeyNotice(): string {
  const ring = readPiiKeyring();
  const which = ring ? `PII key ${piiKeyId(ring.current)}` : 'the PII key';
  return `This backup does NOT include ${which}: store ${process.env[PII_KEY_ENV] ? PII_KEY_ENV : piiKeyFile()} separately and safely — without it the ID numbers in the backup cannot be read, and a restore refuses to start.`;
}

export async function backupDatabase(file: string, target: BackupTarget = { url: process.env.DATABASE_URL }): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (isPostgresUrl(target.url)) {
    run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${target.url}`]);
    return;
  }
  const dir = target.pgliteDir ?? defaultDir();
  if (!fs.existsSync(dir)) throw new Error(`No embedded database at ${dir}`);
  const release = lockDataDir(dir);
  try {
    const pg = await PGlite.create(dir);
    const dump = await pg.dumpDataDir('gzip');
    await pg.close();
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    release();
  }
}

/** Restores a backup; returns where the replaced embedded directory was moved (PGlite), if any. */
export async function restoreDatabase(file: string, target: BackupTarget = { url: process.env.DATABASE_URL }): Promise<string | undefined> {
  if (!fs.existsSync(file)) throw new Error(`No backup file at ${file}`);
  if (isPostgresUrl(target.url)) {
    run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${target.url}`, file]);
    return undefined;
  }
  const dir = target.pgliteDir ?? defaultDir();
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const release = lockDataDir(dir);
  try {
    let previous: string | undefined;
    if (fs.existsSync(dir)) {
      previous = `${dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(dir, previous);
    }
    const pg = await PGlite.create({ dataDir: dir, loadDataDir: new Blob([fs.readFileSync(file)]) });
    try {
      // A dump whose key is missing is refused, and the previous database put back.
      await checkPiiKeys(pgliteRunner(pg), { url: '', allowCreate: true });
    } catch (e) {
      await pg.close();
      fs.rmSync(dir, { recursive: true, force: true });
      if (previous) fs.renameSync(previous, dir);
      throw e;
    }
    await pg.close();
    return previous;
  } finally {
    release();
  }
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${cmd} is not available: ${r.error.message} (apt-get install postgresql-client)`);
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr.trim()}`);
}

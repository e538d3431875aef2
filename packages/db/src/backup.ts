import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

import { PGlite } from '@electric-sql/pglite';

import { lockDataDir } from './lock';
import { dataDir } from './paths';
import { checkPiiKeys, PII_KEY_ENV, piiKeyFile, piiKeyId, readPiiKeyring } from './pii';
import { isPostgresUrl, pgliteRunner } from './sql';

/**
 * Backups of either backend. PostgreSQL: `pg_dump --format=custom` / `pg_restore --clean`. Embedded PGlite: a
 * gzipped dump of the data directory. While the app runs, the dump is taken by the app's database thread between
 * transactions (asked through its private control socket): a consistent snapshot with no downtime. With the app
 * stopped, the directory is opened here. A restore needs the app stopped and keeps the previous directory beside the
 * new one instead of deleting it.
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

export async function backupDatabase(
  file: string,
  target: BackupTarget = { url: process.env.DATABASE_URL },
): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  if (isPostgresUrl(target.url)) {
    // The password goes by environment, not on the command line (other users can read /proc/*/cmdline).
    const { url, env } = passwordToEnv(target.url);
    fs.closeSync(fs.openSync(file, 'w', 0o600)); // names, phones and password hashes: readable by this user only
    run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${url}`], env);
    return;
  }
  const dir = target.pgliteDir ?? defaultDir();
  if (!fs.existsSync(dir)) throw new Error(`No embedded database at ${dir}`);
  const running = runningSocketDir(dir);
  if (running) {
    fs.writeFileSync(file, await onlineDump(running), { mode: 0o600 });
    return;
  }
  const release = lockDataDir(dir);
  try {
    const pg = await PGlite.create(dir);
    const dump = await pg.dumpDataDir('gzip');
    await pg.close();
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
  } finally {
    release();
  }
}

/** Restores a backup; returns where the replaced embedded directory was moved (PGlite), if any. */
export async function restoreDatabase(
  file: string,
  target: BackupTarget = { url: process.env.DATABASE_URL },
): Promise<string | undefined> {
  if (!fs.existsSync(file)) throw new Error(`No backup file at ${file}`);
  if (isPostgresUrl(target.url)) {
    // Replace the app's schemas whole, in one transaction: `pg_restore --clean` drops object by object, which
    // PostgreSQL refuses for the job queue's partitioned tables ("cannot drop inherited constraint").
    const r = spawnSync(
      'bash',
      [
        '-c',
        'set -o pipefail; { printf "%s\\n" "$RESTORE_PRELUDE"; pg_restore --no-owner --file=- -- "$1"; } | psql -X -q --single-transaction -v ON_ERROR_STOP=1 --dbname="$2"',
        'restore',
        file,
        passwordToEnv(target.url).url,
      ],
      {
        encoding: 'utf8',
        env: {
          ...passwordToEnv(target.url).env,
          RESTORE_PRELUDE:
            'DROP SCHEMA IF EXISTS pgboss CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;',
        },
      },
    );
    if (r.status !== 0) throw new Error(`pg_restore failed (nothing was changed): ${r.stderr.trim()}`);
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

/** The running app's socket directory for this data directory, if an app holds it. */
function runningSocketDir(dir: string): string | undefined {
  try {
    const pid = Number(fs.readFileSync(`${dir}.lock`, 'utf8'));
    process.kill(pid, 0);
    const socketDir = fs.readFileSync(`${dir}.socket`, 'utf8').trim();
    return fs.existsSync(path.join(socketDir, 'control')) ? socketDir : undefined;
  } catch {
    return undefined;
  }
}

/** Asks the running app's database thread for a dump: `OK <bytes>\n` then the bytes, or `ERR <reason>`. */
function onlineDump(socketDir: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(path.join(socketDir, 'control'), () => socket.write('backup\n'));
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', (e) => reject(new Error(`The running app did not answer the backup request: ${e.message}`)));
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const nl = all.indexOf(10);
      const head = all.subarray(0, nl).toString('utf8');
      const m = /^OK (\d+)$/.exec(head);
      if (!m) return reject(new Error(`The running app refused the backup: ${head.replace(/^ERR /, '')}`));
      const body = all.subarray(nl + 1);
      if (body.length !== Number(m[1]))
        return reject(new Error(`The backup was cut short (${body.length} of ${m[1]} bytes)`));
      resolve(body);
    });
  });
}

/** The URL without its password, and the environment that carries it (PGPASSWORD) instead. */
function passwordToEnv(raw: string): { url: string; env: NodeJS.ProcessEnv } {
  const u = new URL(raw);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { url: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env });
  if (r.error) throw new Error(`${cmd} is not available: ${r.error.message} (apt-get install postgresql-client)`);
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr.trim()}`);
}

import fs from 'node:fs';
import path from 'node:path';

import { PrismaPg } from '@prisma/adapter-pg';

import { PrismaClient } from '../generated/client';
import { type EmbeddedServer, startEmbedded } from './embedded';
import { lockDataDir } from './lock';
import { applyMigrations } from './migrate';
import { dataDir } from './paths';
import { isPostgresUrl, pgRunner, type SqlRunner } from './sql';

export * from '../generated/client';
export { backupDatabase, backupKeyNotice, type BackupTarget, restoreDatabase } from './backup';
export { type EmbeddedServer, startEmbedded } from './embedded';
export { lockDataDir } from './lock';
export { applyMigrations, migrationsPath, readMigrations } from './migrate';
export { dummyPasswordHash, hashPassword, verifyPassword } from './passwords';
export { dataDir, findRepoRoot } from './paths';
export {
  backfillCustomerPhones,
  checkPiiKeys,
  createPiiCipher,
  loadPiiKey,
  loadPiiKeyring,
  normalizePhone,
  type PhoneIndexes,
  phoneIndexes,
  phoneLookups,
  PII_KEY_ENV,
  PII_PREVIOUS_KEYS_ENV,
  type PiiCipher,
  PiiKeyError,
  piiKeyFile,
  piiKeyId,
  type PiiKeyring,
  readPiiKeyring,
  sealPhone,
} from './pii';
export { computeReport, hashSnapshot, loadReportInputs, type ReportProgram } from './report-queries';
export { SCALE_DEFAULTS, type ScaleOptions, seedAtScale } from './scale';
export { isPostgresUrl, type SqlRunner } from './sql';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** Counts SQL statements sent through Prisma (used by tests that prove relations are batched). */
  stats: { statements: number };
  /** The connection URL (for the embedded database: its private socket in this process's temp dir). */
  url: string;
  /** The embedded database's server (PGlite only): online dumps, multiplexer statistics. */
  embedded?: EmbeddedServer;
  /** The pool's connections: open, idle, and requests waiting for one. */
  pool(): { total: number; idle: number; waiting: number };
  /** Raw SQL on the same database, on a dedicated connection opened lazily. */
  sql(): Promise<SqlRunner>;
  /**
   * One parameterised statement on the hot path (the session lookup of every request), sent straight through the
   * driver without Prisma's query compiler, on the pool Prisma uses.
   */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /**
   * Calls `onMessage` for each NOTIFY on `channel` (after the sender's commit, from any process on this database),
   * and `onLost` once if the subscription breaks (PostgreSQL connection lost): listen again to resume. Resolves once
   * listening; the returned function stops.
   */
  listen(channel: string, onMessage: (payload: string) => void, onLost?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A postgres:// URL; defaults to DATABASE_URL. Without one, the embedded PGlite is used. */
  url?: string;
  /** The PGlite data directory; defaults to <data dir>/pgdata. */
  pgliteDir?: string;
  /** Start the embedded database from this dumped data directory (tests load a migrated snapshot this way). */
  pgliteSnapshot?: Blob | Uint8Array;
  /** Apply pending migrations first (default true). */
  migrate?: boolean;
}

/**
 * Opens the database: PostgreSQL when a postgres URL is given (or DATABASE_URL is set), otherwise the embedded
 * PGlite, which runs in a worker thread behind a private socket (embedded/): both are then reached through the same
 * `pg` pool and Prisma adapter. On-disk PGlite is guarded by a lock file: two processes on one data directory
 * silently lose writes.
 */
export async function openDatabase(opts: OpenOptions = {}): Promise<Database> {
  const url = opts.url ?? process.env.DATABASE_URL;
  if (!opts.pgliteSnapshot && isPostgresUrl(url)) {
    if (opts.migrate !== false) await migrateAt(url, true);
    return connect(url, 'postgres', {
      listen: (channel, onMessage, onLost) => pgListen(url, channel, onMessage, onLost),
      close: async () => {},
    });
  }

  let release = () => {};
  let server: EmbeddedServer;
  const dir = opts.pgliteSnapshot ? undefined : (opts.pgliteDir ?? path.join(dataDir(), 'pgdata'));
  if (dir && !dir.startsWith('memory://')) {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    release = lockDataDir(dir);
  }
  try {
    server = await startEmbedded({ dataDir: dir, snapshot: opts.pgliteSnapshot, sharedBuffers: sharedBuffers() });
  } catch (e) {
    release();
    throw e;
  }
  const socketFile = dir && !dir.startsWith('memory://') ? `${dir}.socket` : undefined;
  try {
    if (opts.migrate !== false) await migrateAt(server.url, false);
  } catch (e) {
    await server.close();
    release();
    throw e;
  }
  // Where `npm run db:backup` finds the running app's database (an online backup instead of "stop the app first").
  if (socketFile) fs.writeFileSync(socketFile, server.socketDir);
  const db = await connect(server.url, 'pglite', {
    listen: async (channel, onMessage) => {
      const stop = await server.listen(channel, onMessage);
      return async () => stop();
    },
    close: async () => {
      await server.close();
      if (socketFile) fs.rmSync(socketFile, { force: true });
      release();
    },
  });
  return { ...db, embedded: server };
}

/**
 * PostgreSQL's default 128 MB of shared buffers is allocated inside the process (≈310 MB RSS idle); 32 MB keeps the
 * demo's and a county's data hot at ≈200 MB. GRASSROOTS_PGLITE_SHARED_BUFFERS raises it for large embedded
 * deployments (e.g. 128MB).
 */
function sharedBuffers(): string {
  const buffers = process.env.GRASSROOTS_PGLITE_SHARED_BUFFERS ?? '32MB';
  if (!/^\d+(kB|MB|GB)$/.test(buffers))
    throw new Error(`GRASSROOTS_PGLITE_SHARED_BUFFERS must look like 32MB, not ${buffers}`);
  return buffers;
}

async function migrateAt(url: string, isPostgres: boolean): Promise<void> {
  const runner = await pgRunner(url);
  try {
    await applyMigrations(runner, { isPostgres });
  } finally {
    await runner.close();
  }
}

/** The pool, Prisma and raw SQL on one server, whichever kind it is. */
async function connect(
  url: string,
  kind: DatabaseKind,
  backend: {
    listen: (
      channel: string,
      onMessage: (payload: string) => void,
      onLost?: () => void,
    ) => Promise<() => Promise<void>>;
    close: () => Promise<void>;
  },
): Promise<Database> {
  const stats = { statements: 0 };
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
  pool.on('error', () => undefined); // an idle client's broken connection: the pool replaces it
  const prisma = new PrismaClient({ adapter: counted(new PrismaPg(pool), stats) });
  let raw: SqlRunner | undefined;
  const listeners = new Set<() => Promise<void>>();
  return {
    prisma,
    kind,
    url,
    stats,
    pool: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    sql: async () => (raw ??= await pgRunner(url)),
    query: async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[],
    listen: async (channel, onMessage, onLost) => {
      const stop = await backend.listen(channel, onMessage, onLost);
      listeners.add(stop);
      return async () => {
        listeners.delete(stop);
        await stop();
      };
    },
    close: async () => {
      await Promise.all([...listeners].map((stop) => stop()));
      await prisma.$disconnect();
      await raw?.close().catch(() => undefined);
      await pool.end().catch(() => undefined);
      await backend.close();
    },
  };
}

/**
 * LISTEN on a dedicated PostgreSQL connection (a pooled one would lose it). When the connection breaks, `onLost`
 * runs once and the subscription is over: the caller stops trusting what it kept fresh and listens again.
 */
async function pgListen(
  url: string,
  channel: string,
  onMessage: (payload: string) => void,
  onLost?: () => void,
): Promise<() => Promise<void>> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  let stopped = false;
  client.on('notification', (n) => n.channel === channel && onMessage(n.payload ?? ''));
  client.on('error', () => {
    if (stopped) return;
    stopped = true;
    void client.end().catch(() => undefined);
    onLost?.();
  });
  client.on('end', () => {
    if (stopped) return;
    stopped = true;
    onLost?.();
  });
  await client.connect();
  await client.query(`LISTEN "${channel.replace(/"/g, '""')}"`);
  return async () => {
    stopped = true;
    await client.end().catch(() => undefined);
  };
}

/** Wraps a driver adapter factory so that every SQL statement Prisma sends is counted. */
function counted<F extends { connect(): Promise<any> }>(factory: F, stats: { statements: number }): F {
  const wrap = (q: any) => {
    for (const m of ['queryRaw', 'executeRaw'] as const) {
      const orig = q[m].bind(q);
      q[m] = (...args: unknown[]) => {
        stats.statements++;
        return orig(...args);
      };
    }
    return q;
  };
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = wrap(await connect());
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args: unknown[]) => wrap(await start(...args));
    return adapter;
  };
  return factory;
}

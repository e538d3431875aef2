import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/client';
import { applyMigrations } from './migrate';
import { dataDir } from './paths';
import { lockDataDir } from './lock';
import { isPostgresUrl, pgliteRunner, pgRunner, type SqlRunner } from './sql';

export * from '../generated/client';
export { applyMigrations, readMigrations, migrationsPath } from './migrate';
export { dataDir, findRepoRoot } from './paths';
export { checkPiiKeys, createPiiCipher, loadPiiKey, loadPiiKeyring, PII_KEY_ENV, PII_PREVIOUS_KEYS_ENV, PiiKeyError, piiKeyFile, piiKeyId, readPiiKeyring, type PiiCipher, type PiiKeyring } from './pii';
export { hashPassword, verifyPassword, dummyPasswordHash } from './passwords';
export { isPostgresUrl, type SqlRunner } from './sql';
export { lockDataDir } from './lock';
export { backupDatabase, restoreDatabase } from './backup';
export { computeReport, hashSnapshot, loadReportInputs, type ReportProgram } from './report-queries';
export { seedAtScale, SCALE_DEFAULTS, type ScaleOptions } from './scale';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** Counts SQL statements sent through Prisma (used by tests that prove relations are batched). */
  stats: { statements: number };
  /** Raw SQL on the same database (PGlite: the same connection; PostgreSQL: a dedicated client, opened lazily). */
  sql(): Promise<SqlRunner>;
  /**
   * One parameterised statement on the hot path (the session lookup of every request), sent straight through the
   * driver without Prisma's query compiler: PGlite's one connection, or PostgreSQL's pool (the one Prisma uses).
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
  /** An already open PGlite (tests load a migrated snapshot this way). */
  pglite?: PGlite;
  /** Apply pending migrations first (default true). */
  migrate?: boolean;
}


/**
 * Opens the database: PostgreSQL when a postgres URL is given (or DATABASE_URL is set), otherwise PGlite on
 * disk. On-disk PGlite is guarded by a lock file: two processes on one data directory silently lose writes.
 */
export async function openDatabase(opts: OpenOptions = {}): Promise<Database> {
  const url = opts.url ?? process.env.DATABASE_URL;
  const stats = { statements: 0 };
  if (!opts.pglite && isPostgresUrl(url)) {
    if (opts.migrate !== false) {
      const runner = await pgRunner(url);
      try {
        await applyMigrations(runner, { isPostgres: true });
      } finally {
        await runner.close();
      }
    }
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
    pool.on('error', () => undefined); // an idle client's broken connection: the pool replaces it
    const prisma = new PrismaClient({ adapter: counted(new PrismaPg(pool), stats) });
    let raw: SqlRunner | undefined;
    const listeners = new Set<() => Promise<void>>();
    return {
      prisma,
      kind: 'postgres',
      stats,
      sql: async () => (raw ??= await pgRunner(url)),
      query: async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[],
      listen: async (channel, onMessage, onLost) => {
        const stop = await pgListen(url, channel, onMessage, onLost);
        listeners.add(stop);
        return async () => {
          listeners.delete(stop);
          await stop();
        };
      },
      close: async () => {
        await Promise.all([...listeners].map((stop) => stop()));
        await prisma.$disconnect();
        await pool.end().catch(() => undefined);
        await raw?.close();
      },
    };
  }

  let pglite = opts.pglite;
  let release = () => {};
  if (!pglite) {
    const dir = opts.pgliteDir ?? path.join(dataDir(), 'pgdata');
    if (!dir.startsWith('memory://')) {
      fs.mkdirSync(path.dirname(dir), { recursive: true });
      release = lockDataDir(dir);
    }
    try {
      pglite = new PGlite(dir, { startParams: pgliteStartParams() });
      await pglite.waitReady;
    } catch (e) {
      release();
      throw e;
    }
  }
  const runner = pgliteRunner(pglite);
  if (opts.migrate !== false) await applyMigrations(runner);
  const prisma = new PrismaClient({ adapter: counted(new PrismaPGlite(pglite), stats) });
  const owned = !opts.pglite;
  return {
    prisma,
    kind: 'pglite',
    stats,
    sql: async () => runner,
    query: async <T>(sql: string, params: unknown[] = []) => (await pglite!.query<T>(sql, params)).rows,
    listen: async (channel, onMessage) => {
      const unsubscribe = await pglite!.listen(channel, onMessage);
      return async () => {
        if (!pglite!.closed) await unsubscribe();
      };
    },
    close: async () => {
      await prisma.$disconnect();
      if (owned) {
        await pglite!.close();
        release();
      }
    },
  };
}

/**
 * PGlite's own start parameters plus a smaller buffer cache: PostgreSQL's default 128 MB of shared buffers is
 * allocated inside the process (≈310 MB RSS idle); 32 MB keeps the demo's and a county's data hot at ≈200 MB.
 * GRASSROOTS_PGLITE_SHARED_BUFFERS raises it for large embedded deployments (e.g. 128MB).
 */
export function pgliteStartParams(): string[] {
  const buffers = process.env.GRASSROOTS_PGLITE_SHARED_BUFFERS ?? '32MB';
  if (!/^\d+(kB|MB|GB)$/.test(buffers)) throw new Error(`GRASSROOTS_PGLITE_SHARED_BUFFERS must look like 32MB, not ${buffers}`);
  return [...(PGlite as unknown as { defaultStartParams: string[] }).defaultStartParams, '-c', `shared_buffers=${buffers}`];
}

/**
 * LISTEN on a dedicated PostgreSQL connection (a pooled one would lose it). When the connection breaks, `onLost`
 * runs once and the subscription is over: the caller stops trusting what it kept fresh and listens again.
 */
async function pgListen(url: string, channel: string, onMessage: (payload: string) => void, onLost?: () => void): Promise<() => Promise<void>> {
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

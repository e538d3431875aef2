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
export { createPiiCipher, loadPiiKey, type PiiCipher } from './pii';
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
    const prisma = new PrismaClient({ adapter: counted(new PrismaPg({ connectionString: url }), stats) });
    let raw: SqlRunner | undefined;
    return {
      prisma,
      kind: 'postgres',
      stats,
      sql: async () => (raw ??= await pgRunner(url)),
      close: async () => {
        await prisma.$disconnect();
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
      pglite = new PGlite(dir);
      await pglite.waitReady;
    } catch (e) {
      release();
      throw e;
    }
  }
  const runner = pgliteRunner(pglite);
  if (opts.migrate !== false) await applyMigrations(runner);
  // pglite-prisma-adapter 0.6 is typed against driver-adapter-utils 6.10; it works with Prisma 6.19 at run time.
  const prisma = new PrismaClient({ adapter: counted(new PrismaPGlite(pglite) as any, stats) });
  const owned = !opts.pglite;
  return {
    prisma,
    kind: 'pglite',
    stats,
    sql: async () => runner,
    close: async () => {
      await prisma.$disconnect();
      if (owned) {
        await pglite!.close();
        release();
      }
    },
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

import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import type { SqlRunner } from './sql';

/**
 * Applies the committed migrations in prisma/migrations and records them in Prisma's own `_prisma_migrations`
 * table so that `prisma migrate status` agrees. Each migration and its row commit in one transaction (DDL is
 * transactional on PostgreSQL and PGlite): a crash at any point leaves either both or neither. Used on every start
 * and by `npm run db:migrate`; faster than the CLI and safe on PGlite (the CLI never opens the app's data dir).
 */
export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function migrationsPath(): string {
  // src/ (tests run the TypeScript) and dist/ (compiled) sit at the same depth.
  return path.join(__dirname, '..', 'prisma', 'migrations');
}

export function readMigrations(dir = migrationsPath()): MigrationFile[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

const MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);`;

/** An arbitrary constant: serialises concurrent migrators on one PostgreSQL database. */
const LOCK_KEY = 47_110_815;

export interface MigrateOptions {
  /** Serialise concurrent migrators with an advisory lock (PostgreSQL). */
  isPostgres?: boolean;
  /** The migrations folder; default prisma/migrations. */
  dir?: string;
}

/** SQLSTATEs for "already exists": what re-running a migration whose changes are on file (but not its row) raises. */
const ALREADY_EXISTS = new Set(['42710', '42P07', '42701', '42P06', '42723', '42P16']);

export async function applyMigrations(
  db: SqlRunner,
  { isPostgres = false, dir }: MigrateOptions = {},
): Promise<string[]> {
  const applied: string[] = [];
  if (isPostgres) await db.query(`SELECT pg_advisory_lock(${LOCK_KEY})`);
  try {
    await db.exec(MIGRATIONS_TABLE);
    const done = await db.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const byName = new Map(done.map((r) => [r.migration_name, r]));
    for (const m of readMigrations(dir)) {
      const prev = byName.get(m.name);
      if (prev?.finished_at) {
        if (prev.checksum !== m.checksum) {
          throw new Error(
            `Migration ${m.name} was changed after it was applied (checksum differs). Create a new migration instead.`,
          );
        }
        continue;
      }
      if (prev) throw new Error(`Migration ${m.name} failed earlier and needs attention (see _prisma_migrations).`);
      // The migration and its bookkeeping row in one transaction, on the one connection the runner holds.
      try {
        await db.exec('BEGIN');
        await db.exec(m.sql);
        await db.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await db.exec('COMMIT');
      } catch (e) {
        await db.exec('ROLLBACK').catch(() => undefined);
        const code = (e as { code?: string }).code;
        const hint =
          code && ALREADY_EXISTS.has(code)
            ? ` The database already holds objects this migration creates but has no record of it: an older version of the app` +
              ` may have crashed between applying it and recording it. If the schema matches the migration, record it with` +
              ` "npm -w @grassroots/db run prisma -- migrate resolve --applied ${m.name}" while the app is stopped.`
            : '';
        throw new Error(`Migration ${m.name} failed and was rolled back: ${(e as Error).message}.${hint}`);
      }
      applied.push(m.name);
    }
  } finally {
    // A dead connection has released the lock with it; its error must not hide the migration's.
    if (isPostgres) await db.query(`SELECT pg_advisory_unlock(${LOCK_KEY})`).catch(() => undefined);
  }
  return applied;
}

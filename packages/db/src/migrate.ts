import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SqlRunner } from './sql';

/**
 * Applies the committed migrations in prisma/migrations, each in its own transaction, and records them in
 * Prisma's own `_prisma_migrations` table so that `prisma migrate status` agrees. Used on every start and by
 * `npm run db:migrate`; faster than the CLI and safe on PGlite (the CLI never opens the app's data dir).
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

export async function applyMigrations(db: SqlRunner, { isPostgres = false } = {}): Promise<string[]> {
  const applied: string[] = [];
  if (isPostgres) await db.query(`SELECT pg_advisory_lock(${LOCK_KEY})`);
  try {
    await db.exec(MIGRATIONS_TABLE);
    const done = await db.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const byName = new Map(done.map((r) => [r.migration_name, r]));
    for (const m of readMigrations()) {
      const prev = byName.get(m.name);
      if (prev?.finished_at) {
        if (prev.checksum !== m.checksum) {
          throw new Error(`Migration ${m.name} was changed after it was applied (checksum differs). Create a new migration instead.`);
        }
        continue;
      }
      if (prev) throw new Error(`Migration ${m.name} failed earlier and needs attention (see _prisma_migrations).`);
      await db.exec(`BEGIN;\n${m.sql}\n;COMMIT;`).catch(async (e) => {
        await db.exec('ROLLBACK').catch(() => undefined);
        throw new Error(`Migration ${m.name} failed and was rolled back: ${(e as Error).message}`);
      });
      await db.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
         VALUES ($1, $2, now(), $3, now(), 1)`,
        [randomUUID(), m.checksum, m.name],
      );
      applied.push(m.name);
    }
  } finally {
    if (isPostgres) await db.query(`SELECT pg_advisory_unlock(${LOCK_KEY})`);
  }
  return applied;
}

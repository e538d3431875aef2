import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { PGlite } from '@electric-sql/pglite';

import { applyMigrations } from './migrate';
import { isPostgresUrl, pgliteRunner, pgRunner, type SqlRunner } from './sql';

/** A migrations folder of our own: each entry is `name → SQL`. */
function migrationsDir(migrations: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-migrations-'));
  for (const [name, sql] of Object.entries(migrations)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

const FIRST = `CREATE TYPE "Colour" AS ENUM ('RED', 'BLUE');\nCREATE TABLE "Paint" ("id" TEXT PRIMARY KEY, "colour" "Colour" NOT NULL);`;
const SECOND = `CREATE TYPE "Size" AS ENUM ('S', 'M');\nCREATE TABLE "Box" ("id" TEXT PRIMARY KEY, "size" "Size" NOT NULL);\nINSERT INTO "Box" VALUES ('b1', 'S');`;

async function names(db: SqlRunner): Promise<string[]> {
  return (
    await db.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`,
    )
  ).map((r) => r.migration_name);
}
async function tables(db: SqlRunner): Promise<string[]> {
  return (
    await db.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)
  ).map((r) => r.t);
}
async function types(db: SqlRunner): Promise<string[]> {
  return (
    await db.query<{ t: string }>(
      `SELECT typname AS t FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype = 'e' ORDER BY 1`,
    )
  ).map((r) => r.t);
}

/** The runner as a process that dies right after the migration's SQL, before its bookkeeping row is written. */
function crashingBeforeBookkeeping(db: SqlRunner): SqlRunner {
  return {
    ...db,
    query: async (sql, params) => {
      if (sql.includes('INSERT INTO "_prisma_migrations"')) throw new Error('simulated crash');
      return db.query(sql, params);
    },
  };
}

/** The same rules on each backend: `open()` gives a runner on a fresh, empty database. */
function atomicMigrationSuite(open: () => Promise<SqlRunner>, isPostgres: boolean) {
  it('leaves no trace and no bookkeeping row when a migration fails half-way, and applies it once fixed', async () => {
    const db = await open();
    const broken = migrationsDir({ '001_first': FIRST, '002_second': `${SECOND}\nSELECT 1/0;` });
    await expect(applyMigrations(db, { isPostgres, dir: broken })).rejects.toThrow(
      /Migration 002_second failed and was rolled back: division by zero/,
    );
    expect(await names(db)).toEqual(['001_first']);
    expect(await tables(db)).toEqual(['Paint', '_prisma_migrations']);
    expect(await types(db)).toEqual(['Colour']);

    const fixed = migrationsDir({ '001_first': FIRST, '002_second': SECOND });
    expect(await applyMigrations(db, { isPostgres, dir: fixed })).toEqual(['002_second']);
    expect(await tables(db)).toEqual(['Box', 'Paint', '_prisma_migrations']);
    await db.close();
  });

  it('stays startable after a crash between a migration and its bookkeeping row (the row and the DDL commit together)', async () => {
    const db = await open();
    const dir = migrationsDir({ '001_first': FIRST, '002_second': SECOND });
    await expect(applyMigrations(crashingBeforeBookkeeping(db), { isPostgres, dir })).rejects.toThrow(
      /simulated crash/,
    );
    expect(await names(db)).toEqual([]);
    expect(await types(db)).toEqual([]);
    // The next start applies both, instead of failing on `type "Colour" already exists`.
    expect(await applyMigrations(db, { isPostgres, dir })).toEqual(['001_first', '002_second']);
    expect(await applyMigrations(db, { isPostgres, dir })).toEqual([]);
    await db.close();
  });

  it('names the half-applied state and the repair when objects exist without their row', async () => {
    const db = await open();
    await db.exec(FIRST); // what an older runner left behind after a crash
    const dir = migrationsDir({ '001_first': FIRST });
    await expect(applyMigrations(db, { isPostgres, dir })).rejects.toThrow(
      /already exists.*no record of it.*migrate resolve --applied 001_first/s,
    );
    expect(await names(db)).toEqual([]);
    await db.close();
  });
}

describe('atomic migrations on PGlite', () => {
  atomicMigrationSuite(async () => pgliteRunner(await PGlite.create('memory://'), { owns: true }), false);
});

const url = process.env.DATABASE_URL;
(isPostgresUrl(url) ? describe : describe.skip)('atomic migrations on PostgreSQL', () => {
  const created: string[] = [];
  const withDatabase = (name: string, params = '') => {
    const u = new URL(url!);
    u.pathname = `/${name}`;
    u.search = params;
    return u.toString();
  };
  const fresh = async (): Promise<string> => {
    const name = `grassroots_migrate_${Math.random().toString(36).slice(2, 10)}`;
    const admin = await pgRunner(withDatabase('postgres'));
    await admin.exec(`CREATE DATABASE ${name}`);
    await admin.close();
    created.push(name);
    return name;
  };
  afterAll(async () => {
    const admin = await pgRunner(withDatabase('postgres'));
    for (const name of created) await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
  });

  atomicMigrationSuite(async () => pgRunner(withDatabase(await fresh())), true);

  it('rolls back a migration whose connection dies after its DDL (the server sees what kill -9 does)', async () => {
    const name = await fresh();
    // Sleeps only for the connection named crash-me, so that the checksum is the same on the next start.
    const dir = migrationsDir({
      '001_first': `${FIRST}\nSELECT pg_sleep(CASE WHEN current_setting('application_name') = 'crash-me' THEN 30 ELSE 0 END);`,
    });
    const doomed = await pgRunner(withDatabase(name, '?application_name=crash-me'));
    const running = applyMigrations(doomed, { isPostgres: true, dir }).then(
      () => 'finished',
      (e: Error) => e.message,
    );
    const watcher = await pgRunner(withDatabase(name));
    for (let i = 0; i < 100; i++) {
      const [row] = await watcher.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'crash-me' AND query LIKE '%pg_sleep%'`,
      );
      if (row.n > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await watcher.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'crash-me'`);
    expect(await running).toMatch(/terminat/);
    await doomed.close().catch(() => undefined);

    expect(await types(watcher)).toEqual([]);
    expect(await applyMigrations(watcher, { isPostgres: true, dir })).toEqual(['001_first']);
    expect(await names(watcher)).toEqual(['001_first']);
    await watcher.close();
  });

  it('migrates once when several instances start together (advisory lock)', async () => {
    const name = await fresh();
    const dir = migrationsDir({ '001_first': FIRST, '002_second': SECOND });
    const runners = await Promise.all([1, 2, 3].map(() => pgRunner(withDatabase(name))));
    const results = await Promise.all(runners.map((r) => applyMigrations(r, { isPostgres: true, dir })));
    expect(results.flat().sort()).toEqual(['001_first', '002_second']);
    expect(await names(runners[0])).toEqual(['001_first', '002_second']);
    await Promise.all(runners.map((r) => r.close()));
  });
});

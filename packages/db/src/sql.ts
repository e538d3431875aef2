import type { PGlite } from '@electric-sql/pglite';
import type { Client } from 'pg';

export const isPostgresUrl = (url: string | undefined): url is string => !!url && /^postgres(ql)?:\/\//.test(url);

/** The few raw-SQL operations the migrator, backups and test helpers need, on either backend. */
export interface SqlRunner {
  /** Runs a script of one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export function pgliteRunner(pg: PGlite, { owns = false } = {}): SqlRunner {
  return {
    exec: async (sql) => {
      await pg.exec(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await pg.query<T>(sql, params)).rows,
    close: async () => {
      if (owns) await pg.close();
    },
  };
}

export async function pgRunner(url: string): Promise<SqlRunner> {
  const { Client: PgClient } = await import('pg');
  const client: Client = new PgClient({ connectionString: url });
  // A connection the server ends (restart, pg_terminate_backend) fails the pending query; unheard, it would crash.
  client.on('error', () => undefined);
  await client.connect();
  return {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
    close: () => client.end(),
  };
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { createApp } from '@grassroots/api/bootstrap';
import { type Database, openDatabase } from '@grassroots/db';
import { createTestDb, createUser, DEFAULT_TEST_PASSWORD } from '@grassroots/db/testing';
import type { Role } from '@grassroots/domain';
import type { INestApplication } from '@nestjs/common';

import { GqlClient } from './client';

export interface TestApi {
  url: string;
  /** The old disk-store folder this app imports from on start (uploads themselves go to the database). */
  filesDir: string;
  db: Database;
  app: INestApplication;
  /** A new anonymous client. */
  client(): GqlClient;
  /** Creates a user with this role (and links) and returns a client signed in as them. */
  signIn(
    role: Role,
    links?: { traineeId?: string; sponsorId?: string; email?: string },
  ): Promise<GqlClient & { userId: string }>;
  /**
   * Starts another instance of the app on the same database, as a second process behind a balancer would be
   * (PostgreSQL: its own connections; PGlite: the one embedded database, shared as the one process would), on
   * another host: its own empty files folder unless one is given.
   */
  startInstance(opts?: {
    filesDir?: string;
  }): Promise<{ url: string; app: INestApplication; client(): GqlClient; close(): Promise<void> }>;
  close(): Promise<void>;
}

/**
 * Node closes an idle keep-alive socket after 5 s, while fetch (undici) may just be reusing it: under CPU load
 * (the app shares the test's event loop) a request then dies with ECONNRESET. Idle sockets stay open longer than
 * the client keeps them, so the client always closes first.
 */
function keepAlive(app: INestApplication): void {
  const server = app.getHttpServer() as import('node:http').Server;
  server.keepAliveTimeout = 60_000;
}

/** Starts the real Nest app on a random port over a fresh, migrated database. */
export async function startApi(opts: { introspection?: boolean; adminDir?: string } = {}): Promise<TestApi> {
  process.env.GRASSROOTS_PII_KEY ??= Buffer.alloc(32, 42).toString('base64');
  const db = await createTestDb();
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-files-'));
  const app = await createApp({
    database: db,
    introspection: opts.introspection ?? true,
    logger: ['error'],
    adminDir: opts.adminDir ?? '/nonexistent',
    filesDir,
  });
  await app.listen(0, '127.0.0.1');
  keepAlive(app);
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    filesDir,
    db,
    app,
    client: () => new GqlClient(url),
    async signIn(role, links = {}) {
      const user = await createUser(db.prisma, {
        role,
        traineeId: links.traineeId ?? null,
        sponsorId: links.sponsorId ?? null,
        ...(links.email ? { email: links.email } : {}),
      });
      const c = new GqlClient(url) as GqlClient & { userId: string };
      const r = await c.login(user.email, DEFAULT_TEST_PASSWORD);
      if (r.errors) throw new Error(`login failed: ${JSON.stringify(r.errors)}`);
      c.userId = user.id;
      return c;
    },
    async startInstance(opts = {}) {
      // PostgreSQL: a second pool, as a second process would have. The embedded database has one process: share it.
      const shared =
        db.kind === 'postgres'
          ? await openDatabase({ url: db.url, migrate: false })
          : { ...db, close: async () => undefined };
      const otherFiles = opts.filesDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-files-'));
      const other = await createApp({
        database: shared,
        introspection: true,
        logger: ['error'],
        adminDir: '/nonexistent',
        filesDir: otherFiles,
      });
      await other.listen(0, '127.0.0.1');
      keepAlive(other);
      const otherUrl = `http://127.0.0.1:${(other.getHttpServer().address() as { port: number }).port}`;
      return { url: otherUrl, app: other, client: () => new GqlClient(otherUrl), close: () => other.close() };
    },
    async close() {
      await app.close(); // closes the database through the shutdown hook
    },
  };
}

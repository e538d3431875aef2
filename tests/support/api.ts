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

export interface StartOptions {
  /** Default true (the tests read the schema); false as in production. */
  introspection?: boolean;
  /** The built admin the app serves; default none. */
  adminDir?: string;
}

/** Starts the real Nest app on a random port over a fresh, migrated database. Prefer `useApi()` in a test file. */
export async function startApi(opts: StartOptions = {}): Promise<TestApi> {
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

/** Longer than any start: the close waits for a start that outlived its hook's timeout. */
const CLOSE_TIMEOUT_MS = 180_000;

export interface UseApiOptions extends StartOptions {
  /**
   * Environment set before the app starts and restored after it closes (`undefined` unsets a variable), for settings
   * the app reads on start or per request, e.g. `{ GRASSROOTS_JOBS: 'off' }`.
   */
  env?: Record<string, string | undefined>;
}

export interface UsedApi extends TestApi {
  /** A client signed in as a new user with this role, created once per file and then reused. */
  as(role: Role): Promise<GqlClient & { userId: string }>;
}

/**
 * The app for one test file (or one `describe`): registers a `beforeAll` that starts it over a fresh copy of the
 * template database and an `afterAll` that closes it — also when the start outlived its `beforeAll` (a timeout under
 * load), so that a slow suite never leaves an app running. Hooks registered after `useApi()` see it started:
 *
 * ```ts
 * const api = useApi();
 * let coordinator: GqlClient;
 * beforeAll(async () => (coordinator = await api.as('COORDINATOR')));
 * ```
 *
 * `options` may be a function, read when the app starts (e.g. a folder made by an earlier hook).
 */
export function useApi(options: UseApiOptions | (() => UseApiOptions) = {}): UsedApi {
  let api: TestApi | undefined;
  let starting: Promise<TestApi> | undefined;
  const savedEnv = new Map<string, string | undefined>();
  const byRole = new Map<Role, Promise<GqlClient & { userId: string }>>();
  let closing: Promise<void> | undefined;
  const close = (started: TestApi) => (closing ??= started.close());

  const setEnv = (name: string, value: string | undefined) => {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  };
  beforeAll(async () => {
    const { env = {}, ...start } = typeof options === 'function' ? options() : options;
    for (const [name, value] of Object.entries(env)) {
      if (!savedEnv.has(name)) savedEnv.set(name, process.env[name]);
      setEnv(name, value);
    }
    starting = startApi(start);
    api = await starting;
  });
  afterAll(async () => {
    try {
      // A start that is still running when its beforeAll timed out finishes here, then closes.
      const started = api ?? (await starting?.catch(() => undefined));
      if (started) await close(started);
    } finally {
      for (const [name, value] of savedEnv) setEnv(name, value);
    }
  }, CLOSE_TIMEOUT_MS);

  const current = (): TestApi => {
    if (!api) throw new Error('useApi(): the app is not started yet (use it in a test, or a hook after useApi())');
    return api;
  };
  return {
    get url() {
      return current().url;
    },
    get filesDir() {
      return current().filesDir;
    },
    get db() {
      return current().db;
    },
    get app() {
      return current().app;
    },
    client: () => current().client(),
    signIn: (role, links) => current().signIn(role, links),
    as(role) {
      let signedIn = byRole.get(role);
      if (!signedIn) {
        signedIn = current().signIn(role);
        byRole.set(role, signedIn);
      }
      return signedIn;
    },
    startInstance: (opts) => current().startInstance(opts),
    close: () => close(current()),
  };
}

import 'reflect-metadata';

import fs from 'node:fs';
import path from 'node:path';

import {
  backfillCustomerPhones,
  checkPiiKeys,
  createPiiCipher,
  type Database,
  dataDir,
  findRepoRoot,
  openDatabase,
} from '@grassroots/db';
import { type INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import type { DestinationStream } from 'pino';

import { AppModule } from './app.module';
import { createFileStore } from './core/files/create-file-store';
import type { FileStore } from './core/files/file-store';
import { importDiskFiles } from './core/files/import-disk-files';
import { queryLengthLimit } from './core/graphql/query-limits';
import { JobQueue } from './core/jobs/job-queue.service';
import { createLogger, pinoLevel, PinoNestLogger, requestLogging } from './core/operability/logging';
import { Metrics } from './core/operability/metrics';

export interface AppOptions {
  database?: Database;
  /** Defaults to NODE_ENV !== 'production'. */
  introspection?: boolean;
  /** Folder of the built admin (apps/admin/dist); served at / when it exists. */
  adminDir?: string;
  /** Nest's level list, mapped to one JSON (pino) log threshold; default LOG_LEVEL or info. */
  logger?: false | ('error' | 'warn' | 'log')[];
  /** Where the JSON log lines go (default stdout). */
  logDestination?: DestinationStream;
  /** Headers and body must arrive within this (default GRASSROOTS_REQUEST_TIMEOUT_MS or 30 s), else 408. */
  requestTimeoutMs?: number;
  /** Serves /metrics to `Authorization: Bearer <token>`; default GRASSROOTS_METRICS_TOKEN; unset: no /metrics. */
  metricsToken?: string;
  /**
   * Where uploads used to be written (default GRASSROOTS_FILES_DIR or <data dir>/files): files found there that the
   * store lacks are imported on start. Uploads themselves go to the database, or to S3 (GRASSROOTS_FILES_S3_*).
   */
  filesDir?: string;
}

/**
 * Builds the one process that serves GraphQL at /graphql, GET /health (/health/live, /health/ready), /metrics
 * (with its token) and the admin at /.
 */
export async function createApp(opts: AppOptions = {}): Promise<INestApplication> {
  const database = opts.database ?? (await openDatabase());
  // Fails closed: no start without the key that opens the ID numbers on file (a new one only for a new database).
  const ring = await checkPiiKeys(await database.sql());
  // Customer phones still in plain text (written before they were encrypted) are sealed with the key just checked.
  await backfillCustomerPhones(await database.sql(), createPiiCipher(ring));
  const logger = createLogger(pinoLevel(opts.logger), opts.logDestination);
  const files = createFileStore(process.env, database);
  await importOldFiles(
    database,
    files,
    opts.filesDir ?? process.env.GRASSROOTS_FILES_DIR ?? path.join(dataDir(), 'files'),
  );
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(database, { introspection: opts.introspection ?? process.env.NODE_ENV !== 'production' }, files),
    { logger: new PinoNestLogger(logger), bodyParser: false },
  );
  app.disable('x-powered-by');
  // Whose X-Forwarded-For / X-Request-Id to believe: the reverse proxy's address(es) only (Express trust-proxy
  // syntax, e.g. "loopback, 10.0.0.0/8"); the per-client sign-in limit and the audit log use the address it yields.
  app.set('trust proxy', process.env.GRASSROOTS_TRUST_PROXY ?? 'loopback');
  const timeout = opts.requestTimeoutMs ?? Number(process.env.GRASSROOTS_REQUEST_TIMEOUT_MS ?? 30_000);
  const server = app.getHttpServer() as import('node:http').Server;
  // A client that never finishes its headers or body is answered 408 and disconnected (Node's default: 300 s).
  server.requestTimeout = timeout;
  server.headersTimeout = timeout;
  // Node checks those deadlines on this interval (default 30 s), read when the server starts listening.
  (server as { connectionsCheckingInterval?: number }).connectionsCheckingInterval = Math.max(
    50,
    Math.min(1_000, timeout / 4),
  );
  const metrics = new Metrics(opts.metricsToken ?? process.env.GRASSROOTS_METRICS_TOKEN);
  app.use(requestLogging(logger, (req, res, seconds) => metrics.observe(req, res, seconds)));
  app.use('/metrics', metrics.handler());
  const securityHeaders = fixedHeaders(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // antd injects its CSS-in-JS styles at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  // Hashed scripts and styles are not documents: the page's CSP and framing headers govern them, and ~0.9 kB of
  // headers on each of a page's 15–40 chunks is weight on the wire (issue 12). They get nosniff and CORP instead.
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!req.path.startsWith('/assets/')) for (const [name, value] of securityHeaders) res.setHeader(name, value);
    next();
  });
  // GraphQL answers are POST replies nobody revalidates: no hashing of every body for an ETag. (Static files keep
  // theirs: sendFile sets its own.)
  app.set('etag', false);
  app.use(cookieParser());
  app.use(
    '/graphql',
    noStore,
    express.json({ limit: '4mb' }) /* imported files travel as a variable (≤ 2 MB, base64) */,
    queryLengthLimit(),
  );
  serveAdmin(
    app,
    opts.adminDir ?? process.env.ADMIN_DIST ?? path.join(findRepoRoot(__dirname), 'apps', 'admin', 'dist'),
  );
  const queue = app.get(JobQueue);
  metrics.track(database, () => queue.depth());
  // Exit (code 0) once shut down, rather than re-raising the signal: the 'exit' event lets the logger flush its buffer.
  app.enableShutdownHooks(undefined, { useProcessExit: true });
  return app;
}

/**
 * The headers a helmet configuration sets, worked out once: helmet's fifteen middlewares per request cost more than
 * the GraphQL execution of a small query (issue 12), and with a fixed configuration they always set the same values.
 */
function fixedHeaders(middleware: ReturnType<typeof helmet>): [string, string][] {
  const headers: [string, string][] = [];
  const probe = {
    setHeader: (name: string, value: string) => headers.push([name, String(value)]),
    removeHeader: () => undefined,
    getHeader: () => undefined,
  };
  let done = false;
  middleware({} as never, probe as never, () => (done = true));
  if (!done) throw new Error('helmet did not finish synchronously; its headers cannot be fixed at start');
  return headers;
}

/** Every GraphQL answer is someone's own data: never stored by a browser or a proxy. */
const noStore: express.RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

/** Brings the files of the old disk store into the configured store (a no-op once done, or without the folder). */
async function importOldFiles(database: Database, files: FileStore, dir: string): Promise<void> {
  const log = new Logger('Files');
  const r = await importDiskFiles(database.prisma, files, dir);
  if (r.imported > 0) log.log(`Imported ${r.imported} uploaded files from ${dir} into ${files.description}`);
  if (r.mismatched.length > 0)
    log.warn(
      `${r.mismatched.length} files in ${dir} differ from what was uploaded (sha256); not imported: ${r.mismatched.slice(0, 5).join(', ')}`,
    );
  if (r.missing.length > 0)
    log.warn(
      `${r.missing.length} uploaded files are in neither ${files.description} nor ${dir}: ${r.missing.slice(0, 5).join(', ')}`,
    );
}

/** Paths the API answers itself (never the SPA shell, even for a browser asking for HTML). */
const API_PREFIXES = ['/graphql', '/files/', '/exports/', '/health', '/metrics'];

/** Hashed build output: its name changes whenever its content does. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Encodings the admin build writes beside each asset (`<file>.br`, `<file>.gz`), in order of preference. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * Serves the built admin: files as they were built, each from the precompressed copy the client accepts
 * (Content-Encoding, Vary: Accept-Encoding), hashed assets cached for a year, and any other page GET the SPA shell,
 * which browsers revalidate every time.
 */
function serveAdmin(app: NestExpressApplication, dir: string): void {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) {
    new Logger('Admin').warn(`No admin build at ${dir}; run "npm run build" to serve the admin at /`);
    return;
  }
  // The build is fixed while the process runs: list its files once; only these are ever served.
  const files = new Map<string, { file: string; encodings: (typeof ENCODINGS)[number][] }>();
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const file = path.join(d, e.name);
      if (e.isDirectory()) walk(file);
      else if (!ENCODINGS.some((x) => e.name.endsWith(x.suffix)) && e.name !== 'index.html')
        files.set(`/${path.relative(dir, file).split(path.sep).join('/')}`, {
          file,
          encodings: ENCODINGS.filter((x) => fs.existsSync(file + x.suffix)),
        });
    }
  };
  walk(dir);
  const send = (
    req: express.Request,
    res: express.Response,
    next: express.NextFunction,
    file: string,
    encodings: (typeof ENCODINGS)[number][],
    cacheControl: string,
  ) => {
    const immutable = cacheControl === IMMUTABLE;
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (immutable) res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    res.setHeader('Cache-Control', cacheControl);
    let chosen = file;
    if (encodings.length > 0) {
      res.setHeader('Vary', 'Accept-Encoding');
      // Ours is the preference among what the client accepts (Chromium lists gzip first, and takes br as well).
      const enc = encodings.find((x) => req.acceptsEncodings(x.name) === x.name);
      if (enc) {
        chosen = file + enc.suffix;
        res.setHeader('Content-Encoding', enc.name);
      }
    }
    res.type(path.extname(file));
    // sendFile's own Cache-Control would replace ours; its ETag differs per encoding, as it should.
    // An immutable asset is never revalidated: no Last-Modified or ranges to describe it (Express still adds its ETag).
    res.sendFile(
      chosen,
      { cacheControl: false, ...(immutable ? { lastModified: false, acceptRanges: false } : {}) },
      (err) => err && next(err),
    );
  };
  const indexEncodings = ENCODINGS.filter((x) => fs.existsSync(index + x.suffix));
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const hit = files.get(req.path);
    if (hit)
      return send(
        req,
        res,
        next,
        hit.file,
        hit.encodings,
        req.path.startsWith('/assets/') ? IMMUTABLE : 'public, max-age=3600',
      );
    // A chunk of another build is a 404, not the shell (a stale tab then fails to load it instead of parsing HTML).
    if (req.path.startsWith('/assets/')) return next();
    // Client-side routes: any other GET that wants HTML gets the SPA shell.
    if (API_PREFIXES.some((x) => req.path.startsWith(x)) || !req.accepts('html')) return next();
    send(req, res, next, index, indexEncodings, 'no-cache');
  });
}

import fs from 'node:fs';
import path from 'node:path';
import 'reflect-metadata';
import { type INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import { checkPiiKeys, dataDir, findRepoRoot, openDatabase, type Database } from '@grassroots/db';
import { AppModule } from './app.module';
import { queryLengthLimit } from './core/graphql/query-limits';
import { DiskFileStore } from './core/files/file-store';

export interface AppOptions {
  database?: Database;
  /** Defaults to NODE_ENV !== 'production'. */
  introspection?: boolean;
  /** Folder of the built admin (apps/admin/dist); served at / when it exists. */
  adminDir?: string;
  logger?: false | ('error' | 'warn' | 'log')[];
  /** Where uploads go; default GRASSROOTS_FILES_DIR or <data dir>/files. */
  filesDir?: string;
}

/** Builds the one process that serves GraphQL at /graphql, GET /health and the admin at /. */
export async function createApp(opts: AppOptions = {}): Promise<INestApplication> {
  const database = opts.database ?? (await openDatabase());
  // Fails closed: no start without the key that opens the ID numbers on file (a new one only for a new database).
  await checkPiiKeys(await database.sql());
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(
      database,
      { introspection: opts.introspection ?? process.env.NODE_ENV !== 'production' },
      new DiskFileStore(opts.filesDir ?? process.env.GRASSROOTS_FILES_DIR ?? path.join(dataDir(), 'files')),
    ),
    { logger: opts.logger ?? ['error', 'warn', 'log'], bodyParser: false },
  );
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
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
  app.use(cookieParser());
  app.use('/graphql', express.json({ limit: '3mb' }) /* CSV imports travel as a variable (≤ 2 MB) */, queryLengthLimit());
  serveAdmin(app, opts.adminDir ?? process.env.ADMIN_DIST ?? path.join(findRepoRoot(__dirname), 'apps', 'admin', 'dist'));
  app.enableShutdownHooks();
  return app;
}

/** Paths the API answers itself (never the SPA shell, even for a browser asking for HTML). */
const API_PREFIXES = ['/graphql', '/files/', '/exports/'];

function serveAdmin(app: NestExpressApplication, dir: string): void {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) {
    new Logger('Admin').warn(`No admin build at ${dir}; run "npm run build" to serve the admin at /`);
    return;
  }
  app.use(express.static(dir, { index: false, maxAge: '1h', setHeaders: (res) => res.setHeader('X-Content-Type-Options', 'nosniff') }));
  // Client-side routes: any other GET that wants HTML gets the SPA shell.
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' || API_PREFIXES.some((x) => req.path.startsWith(x)) || req.path === '/health' || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

import { randomUUID } from 'node:crypto';

import type { LoggerService } from '@nestjs/common';
import type express from 'express';
import pino, { type DestinationStream, type LevelWithSilent, type Logger } from 'pino';

import { operationName } from './metrics';

/** Nest's level lists (`['error', 'warn']`) as pino's one threshold; `false` is silent. */
export function pinoLevel(levels: false | string[] | undefined): LevelWithSilent {
  if (levels === false) return 'silent';
  if (!levels) return (process.env.LOG_LEVEL as LevelWithSilent | undefined) ?? 'info';
  for (const l of ['debug', 'verbose', 'log', 'warn', 'error', 'fatal'] as const) {
    if (levels.includes(l)) return l === 'log' ? 'info' : l === 'verbose' ? 'trace' : l;
  }
  return 'silent';
}

/**
 * The JSON logger. Lines go to `destination`, or to stdout through a buffer written asynchronously once it holds 4 kB
 * and at least every 250 ms (a blocking write per line cost ≈5 % of a small request's CPU — issue 12). pino flushes
 * what is left when the process exits, which a shutdown by signal does too (`enableShutdownHooks` with
 * `useProcessExit`, bootstrap.ts).
 */
export function createLogger(level: LevelWithSilent, destination?: DestinationStream): Logger {
  let dest = destination;
  if (!dest) {
    const stdout = pino.destination({ dest: 1, sync: false, minLength: 4096 });
    setInterval(() => stdout.flush(), 250).unref();
    dest = stdout;
  }
  return pino({ level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime }, dest);
}

const REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

/**
 * One JSON line per request, with its id: the trusted proxy's X-Request-Id (the `trust proxy` setting decides who
 * that is), otherwise a new one; echoed as X-Request-Id. Only method, path, status, time and GraphQL operation are
 * logged — no headers (cookies, Authorization), no query strings, no bodies (passwords, ID numbers).
 *
 * Written here rather than through pino-http: its child logger, serializers and listeners per request cost more than
 * the rest of a small request's HTTP handling (issue 12); the line is the same shape (`req`, `res`, `responseTime`,
 * `operation`, "request completed", or `aborted` and "request aborted"). `onFinish` (the metrics) shares the one
 * `close` listener.
 */
export function requestLogging(
  logger: Logger,
  onFinish?: (req: express.Request, res: express.Response, seconds: number) => void,
): express.RequestHandler {
  const log = logger.isLevelEnabled('info');
  return (req, res, next) => {
    const given = req.headers['x-request-id'];
    const trusted =
      typeof given === 'string' &&
      REQUEST_ID.test(given) &&
      (req.app.get('trust proxy fn') as (a: string, i: number) => boolean)(req.socket.remoteAddress ?? '', 0);
    const id = trusted ? given : randomUUID();
    (req as express.Request & { id?: string }).id = id;
    res.setHeader('X-Request-Id', id);
    if (!log && !onFinish) return next();
    const start = process.hrtime.bigint();
    // 'close' comes for every request, answered or not: one whose client went away first is logged as aborted.
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      onFinish?.(req, res, seconds);
      if (!log) return;
      const op = operationName(req);
      const aborted = !res.writableFinished;
      logger.info(
        {
          req: { id, method: req.method, path: (req.originalUrl ?? req.url).split('?')[0] },
          res: { statusCode: res.statusCode },
          responseTime: Math.round(seconds * 1000),
          ...(op ? { operation: op } : {}),
          ...(aborted ? { aborted: true } : {}),
        },
        aborted ? 'request aborted' : 'request completed',
      );
    });
    next();
  };
}

/** Nest's own messages (start-up, errors) through the same JSON logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  private write(level: 'info' | 'warn' | 'error' | 'debug' | 'trace' | 'fatal', message: unknown, params: unknown[]) {
    const context = typeof params.at(-1) === 'string' ? (params.at(-1) as string) : undefined;
    const stack = level === 'error' && typeof params[0] === 'string' && params.length > 1 ? params[0] : undefined;
    if (message instanceof Error) this.logger[level]({ context, err: message }, message.message);
    else this.logger[level]({ context, ...(stack ? { stack } : {}) }, String(message));
  }
  log(message: unknown, ...params: unknown[]) {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]) {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]) {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]) {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]) {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]) {
    this.write('fatal', message, params);
  }
}

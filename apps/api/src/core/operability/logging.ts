import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { LoggerService } from '@nestjs/common';
import type express from 'express';
import pino, { type DestinationStream, type LevelWithSilent, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

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

export function createLogger(level: LevelWithSilent, destination?: DestinationStream): Logger {
  return pino({ level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

const REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

/**
 * One JSON line per request, with its id: the trusted proxy's X-Request-Id (the `trust proxy` setting decides who
 * that is), otherwise a new one; echoed as X-Request-Id. Only method, path, status, time and GraphQL operation are
 * logged — no headers (cookies, Authorization), no query strings, no bodies (passwords, ID numbers).
 */
export function requestLogging(logger: Logger): express.RequestHandler {
  const genReqId = (req: IncomingMessage, res: ServerResponse) => {
    const r = req as express.Request;
    const given = r.headers['x-request-id'];
    const trusted =
      typeof given === 'string' &&
      REQUEST_ID.test(given) &&
      (r.app.get('trust proxy fn') as (a: string, i: number) => boolean)(r.socket.remoteAddress ?? '', 0);
    const id = trusted ? given : randomUUID();
    res.setHeader('X-Request-Id', id);
    return id;
  };
  // With access lines below the threshold (LOG_LEVEL=warn), only the request id remains: pino-http's child logger
  // and serializers per request cost ≈10 % of a small request's CPU for lines nobody keeps.
  if (!logger.isLevelEnabled('info')) {
    return (req, res, next) => {
      (req as express.Request & { id?: string }).id = genReqId(req, res);
      next();
    };
  }
  return pinoHttp({
    logger,
    genReqId,
    customProps: (req: IncomingMessage) => {
      const op = operationName(req as express.Request);
      return op ? { operation: op } : {};
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  }) as unknown as express.RequestHandler;
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

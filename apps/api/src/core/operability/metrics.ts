import { timingSafeEqual } from 'node:crypto';

import type { Database } from '@grassroots/db';
import type express from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Past this many distinct operation names, new ones count as "other" (clients choose the name). */
const MAX_OPERATIONS = 300;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** The GraphQL operation a request names (POST body or GET query), when it is a plausible name. */
export function operationName(req: express.Request): string | undefined {
  if (!req.originalUrl?.startsWith('/graphql')) return undefined;
  const name =
    (req.body as { operationName?: unknown } | undefined)?.operationName ??
    (req.query as { operationName?: unknown } | undefined)?.operationName;
  return typeof name === 'string' && NAME.test(name) ? name : undefined;
}

function routeOf(req: express.Request): string {
  // originalUrl: mounted middleware (app.use('/graphql', …)) rewrites req.url and req.path while it runs.
  const p = (req.originalUrl ?? req.url).split('?')[0];
  if (p.startsWith('/graphql')) return 'graphql';
  for (const prefix of ['/health', '/files', '/exports', '/metrics', '/assets'])
    if (p.startsWith(prefix)) return prefix.slice(1);
  return 'other';
}

/**
 * Prometheus metrics of this process: request count and latency per route and GraphQL operation, and Node's
 * process metrics. Served at /metrics only when a token is configured and the request carries it as a Bearer token;
 * anyone else gets the 404 of a route that does not exist.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly duration = new Histogram({
    name: 'grassroots_http_request_duration_seconds',
    help: 'HTTP request latency by route, GraphQL operation name and status',
    labelNames: ['route', 'operation', 'method', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private readonly requests = new Counter({
    name: 'grassroots_http_requests_total',
    help: 'HTTP requests by route, GraphQL operation name and status',
    labelNames: ['route', 'operation', 'method', 'status'],
    registers: [this.registry],
  });

  constructor(private readonly token: string | undefined) {
    collectDefaultMetrics({ register: this.registry });
  }

  /**
   * The database pool (connections open, idle, requests waiting for one), the embedded database's turn-taking
   * (requests queued, longest wait since the last scrape) and the job queue (jobs waiting and running per queue), read
   * when scraped.
   */
  track(database: Database, jobDepth: () => Promise<{ name: string; queued: number; active: number }[]>): void {
    const registers = [this.registry];
    new Gauge({
      name: 'grassroots_db_pool_connections',
      help: 'Database pool connections of this process by state (total, idle, waiting = requests waiting for a connection)',
      labelNames: ['state'],
      registers,
      collect() {
        const p = database.pool();
        this.set({ state: 'total' }, p.total);
        this.set({ state: 'idle' }, p.idle);
        this.set({ state: 'waiting' }, p.waiting);
      },
    });
    if (database.embedded) {
      const embedded = database.embedded;
      new Gauge({
        name: 'grassroots_embedded_db_requests',
        help: 'Embedded database: requests queued for the one backend (queued), connections, longest wait in ms since the last scrape (max_wait_ms)',
        labelNames: ['measure'],
        registers,
        async collect() {
          const s = await embedded.stats();
          this.set({ measure: 'queued' }, s.queued);
          this.set({ measure: 'connections' }, s.connections);
          this.set({ measure: 'max_wait_ms' }, s.maxWaitMs);
        },
      });
    }
    new Gauge({
      name: 'grassroots_jobs',
      help: 'Jobs in the queue by queue name and state (queued: waiting or to retry; active: running)',
      labelNames: ['queue', 'state'],
      registers,
      async collect() {
        this.reset();
        for (const q of await jobDepth().catch(() => [])) {
          this.set({ queue: q.name, state: 'queued' }, q.queued);
          this.set({ queue: q.name, state: 'active' }, q.active);
        }
      },
    });
  }

  private label(req: express.Request): string {
    const op = operationName(req);
    if (!op) return '';
    if (this.operations.has(op)) return op;
    if (this.operations.size >= MAX_OPERATIONS) return 'other';
    this.operations.add(op);
    return op;
  }

  /** Counters and histograms of one label set, looked up once (prom-client hashes the labels on every call). */
  private readonly series = new Map<string, { count: Counter.Internal; time: Histogram.Internal<string> }>();

  /** Counts and times a finished request (called by the request log's one `finish` listener). */
  observe(req: express.Request, res: express.Response, seconds: number): void {
    const route = routeOf(req);
    const operation = this.label(req);
    const status = res.writableFinished ? String(res.statusCode) : 'aborted';
    const key = `${route}\0${operation}\0${req.method}\0${status}`;
    let s = this.series.get(key);
    if (!s) {
      const labels = { route, operation, method: req.method, status };
      s = { count: this.requests.labels(labels), time: this.duration.labels(labels) };
      this.series.set(key, s);
    }
    s.count.inc();
    s.time.observe(seconds);
  }

  /** GET /metrics with `Authorization: Bearer <GRASSROOTS_METRICS_TOKEN>`; otherwise falls through to the 404. */
  handler(): express.RequestHandler {
    const expected = this.token ? Buffer.from(`Bearer ${this.token}`) : undefined;
    return (req, res, next) => {
      const given = Buffer.from(req.headers.authorization ?? '');
      if (!expected || req.method !== 'GET' || given.length !== expected.length || !timingSafeEqual(given, expected))
        return next();
      this.registry.metrics().then((text) => {
        res.setHeader('Content-Type', this.registry.contentType);
        res.setHeader('Cache-Control', 'no-store');
        res.end(text);
      }, next);
    };
  }
}

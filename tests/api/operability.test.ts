import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { Writable } from 'node:stream';

import { createApp } from '@grassroots/api/bootstrap';
import { createTestDb, createUser, DEFAULT_TEST_PASSWORD } from '@grassroots/db/testing';
import type { INestApplication } from '@nestjs/common';

import { useApi } from '../support/api';

const PING = JSON.stringify({ query: 'query Ping { __typename }', operationName: 'Ping' });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function ownApp(opts: Parameters<typeof createApp>[0] = {}, host = '127.0.0.1') {
  const database = await createTestDb();
  const app = await createApp({ database, introspection: true, logger: ['error'], adminDir: '/nonexistent', ...opts });
  await app.listen(0, host);
  const port = (app.getHttpServer().address() as { port: number }).port;
  return { app, database, port, url: `http://127.0.0.1:${port}` };
}

/** Sends a POST /graphql whose body arrives in two parts; `between` runs after the first part is on the wire. */
function splitRequest(
  port: number,
  body: string,
  between: () => Promise<void>,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        port,
        host: '127.0.0.1',
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.write(body.slice(0, 10));
    req.flushHeaders();
    setTimeout(() => between().then(() => req.end(body.slice(10)), reject), 100);
  });
}

describe('operability', () => {
  const api = useApi({ env: { GRASSROOTS_METRICS_TOKEN: 'metrics-secret-for-tests' } });

  it('answers /health/live and /health/ready, and ready is 503 while a migration is pending', async () => {
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${api.url}/health/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ok', database: api.db.kind }]);
    expect((await fetch(`${api.url}/health`)).status).toBe(200);

    const sql = await api.db.sql();
    const [last] = await sql.query<Record<string, unknown>>(
      `SELECT * FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`,
    );
    await sql.query(`DELETE FROM "_prisma_migrations" WHERE id = $1`, [last.id]);
    const pending = await fetch(`${api.url}/health/ready`);
    expect([pending.status, await pending.json()]).toEqual([503, { status: 'unavailable', pendingMigrations: 1 }]);
    await sql.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, now(), 1)`,
      [last.id, last.checksum, last.migration_name],
    );
    expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);
  });

  it('is live but not ready when the database is unreachable', async () => {
    const own = await ownApp();
    await own.database.close();
    expect((await fetch(`${own.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${own.url}/health/ready`);
    expect([ready.status, await ready.json()]).toEqual([503, { status: 'unavailable', database: 'unreachable' }]);
    expect((await fetch(`${own.url}/health`)).status).toBe(503);
    await own.app.close().catch(() => undefined);
  });

  it('serves Prometheus metrics per GraphQL operation only to the bearer of the metrics token (404 otherwise)', async () => {
    await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: PING });
    expect((await fetch(`${api.url}/metrics`)).status).toBe(404);
    expect(
      (await fetch(`${api.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-of-same-len' } })).status,
    ).toBe(404);
    expect(
      (await fetch(`${api.url}/metrics`, { headers: { accept: 'text/html', authorization: 'Basic x' } })).status,
    ).toBe(404);
    const res = await fetch(`${api.url}/metrics`, { headers: { authorization: 'Bearer metrics-secret-for-tests' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(
      /grassroots_http_requests_total\{route="graphql",operation="Ping",method="POST",status="200"\} [1-9]/,
    );
    expect(text).toMatch(/grassroots_http_request_duration_seconds_bucket\{le="0.5",route="graphql",operation="Ping"/);
    expect(text).toMatch(/process_cpu_user_seconds_total/);
    // The database pool, and on the embedded database its turn-taking; the job queue's depth per queue.
    expect(text).toMatch(/grassroots_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toMatch(/grassroots_db_pool_connections\{state="waiting"\} 0/);
    if (api.db.kind === 'pglite') expect(text).toMatch(/grassroots_embedded_db_requests\{measure="max_wait_ms"\} \d+/);
    expect(text).toMatch(/# TYPE grassroots_jobs gauge/);

    const none = await ownApp(); // no token configured: no /metrics at all
    expect((await fetch(`${none.url}/metrics`, { headers: { authorization: 'Bearer ' } })).status).toBe(404);
    await none.app.close();
  });

  it("echoes the trusted proxy's X-Request-Id and makes a new one otherwise", async () => {
    const fresh = await fetch(`${api.url}/health/live`);
    expect(fresh.headers.get('x-request-id')).toMatch(UUID);
    const proxied = await fetch(`${api.url}/health/live`, { headers: { 'x-request-id': 'edge-1234' } });
    expect(proxied.headers.get('x-request-id')).toBe('edge-1234');
    const junk = await fetch(`${api.url}/health/live`, { headers: { 'x-request-id': 'a b\u00e9' } });
    expect(junk.headers.get('x-request-id')).toMatch(UUID);

    // From an address that is not the loopback proxy, a client's id is not taken.
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
    if (!external) return;
    const open = await ownApp({}, '0.0.0.0');
    const direct = await fetch(`http://${external}:${open.port}/health/live`, {
      headers: { 'x-request-id': 'client-chosen' },
    });
    expect(direct.headers.get('x-request-id')).toMatch(UUID);
    await open.app.close();
  });

  it('logs one JSON line per request with its id and operation, and no cookie, token or password', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write: (chunk, _enc, done) => (lines.push(...String(chunk).split('\n').filter(Boolean)), done()),
    });
    const own = await ownApp({
      logger: ['error', 'warn', 'log'],
      logDestination: destination as never,
      metricsToken: 'tok-secret-metrics',
    });
    const user = await createUser(own.database.prisma, { role: 'ADMIN' });
    const login = await fetch(`${own.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-login-1' },
      body: JSON.stringify({
        query: 'mutation Login($input: LoginInput!) { login(input: $input) { user { id } } }',
        variables: { input: { email: user.email, password: DEFAULT_TEST_PASSWORD } },
        operationName: 'Login',
      }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    await fetch(`${own.url}/graphql?token=query-secret`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: PING,
    });
    await fetch(`${own.url}/metrics`, { headers: { authorization: 'Bearer tok-secret-metrics' } });
    await own.app.close();

    const entries = lines.map(
      (l) =>
        JSON.parse(l) as {
          req?: { id: string; path: string };
          res?: { statusCode: number };
          operation?: string;
          responseTime?: number;
        },
    );
    const requests = entries.filter((e) => e.req && e.res);
    expect(requests.map((e) => [e.req!.path, e.operation, e.res!.statusCode])).toEqual([
      ['/graphql', 'Login', 200],
      ['/graphql', 'Ping', 200],
      ['/metrics', undefined, 200],
    ]);
    expect(requests[0].req!.id).toBe('req-login-1');
    expect(requests[1].req!.id).toMatch(UUID);
    const all = lines.join('\n');
    for (const secret of [
      DEFAULT_TEST_PASSWORD,
      cookie.split('=')[1],
      'query-secret',
      'tok-secret-metrics',
      user.email,
    ])
      expect(all).not.toContain(secret);
  });

  it('answers 408 and closes a request whose body never completes within the limit', async () => {
    const own = await ownApp({ requestTimeoutMs: 600 });
    const started = Date.now();
    const answer = await new Promise<string>((resolve) => {
      const socket = net.connect(own.port, '127.0.0.1', () => {
        socket.write(
          'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":',
        );
      });
      let text = '';
      socket.on('data', (c) => (text += c));
      socket.on('close', () => resolve(text));
      setTimeout(() => socket.destroy(), 5_000);
    });
    const elapsed = Date.now() - started;
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(elapsed).toBeGreaterThanOrEqual(550);
    expect(elapsed).toBeLessThan(2_000);
    // A normal request still gets through.
    expect(
      (
        await fetch(`${own.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: PING,
        })
      ).status,
    ).toBe(200);
    await own.app.close();
  });

  it('drains an in-flight request on shutdown, refuses new connections, then closes the database', async () => {
    const own = await ownApp();
    let closing: Promise<void> | undefined;
    const result = await splitRequest(own.port, PING, async () => {
      closing = own.app.close();
      await new Promise((r) => setTimeout(r, 100));
      await expect(fetch(`${own.url}/health/live`)).rejects.toThrow();
    });
    expect(result.status).toBe(200);
    expect(JSON.parse(result.text)).toEqual({ data: { __typename: 'Query' } });
    await closing;
    await expect(own.database.query('SELECT 1')).rejects.toThrow();
  });
});

export type { INestApplication };

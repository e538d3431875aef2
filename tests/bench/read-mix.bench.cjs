#!/usr/bin/env node
// Benchmark: the admin's read mix under load — every list query the admin ships (no record id needed), at the
// admin's default page size, sent round-robin by 50 concurrent clients without think time, signed in as the
// coordinator, against the built app in production mode on the demo data.
//   npm run bench:mix                 (embedded PGlite)
//   npm run bench:mix:postgres        (a throwaway PostgreSQL via scripts/with-postgres.sh)
//   … -- --seconds 20 --connections 50 --workers 2   (workers: app processes behind Node's cluster, PostgreSQL only)
// Prints requests per second and latency percentiles (p50/p95/p99/max) for the whole mix.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const autocannon = require('autocannon');
require('../../packages/db/scripts/ts-require.cjs'); // tests/support/*.ts
const { print, Kind } = require('graphql');
const { adminOperations } = require(path.join(__dirname, '..', 'support', 'admin-documents.ts'));

const ROOT = path.resolve(__dirname, '..', '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const SECONDS = arg('seconds', 15);
const CONNECTIONS = arg('connections', 50);
const WORKERS = arg('workers', 1);
const PAGE = 20; // the admin's default page size

(async () => {
  const postgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-mix-'));
  const env = {
    ...process.env,
    GRASSROOTS_DATA_DIR: dataDir,
    NODE_ENV: 'production',
    GRASSROOTS_PII_KEY: process.env.GRASSROOTS_PII_KEY ?? Buffer.alloc(32, 5).toString('base64'),
  };
  process.stdout.write(`seeding the demo data (${postgres ? 'PostgreSQL' : 'PGlite'}) … `);
  const seed = spawnSync(process.execPath, [path.join(ROOT, 'packages/db/dist/scripts/seed.js')], {
    env,
    encoding: 'utf8',
  });
  if (seed.status !== 0) throw new Error(seed.stderr);
  console.log('done');
  if (WORKERS > 1 && !postgres)
    throw new Error('--workers > 1 needs PostgreSQL: the embedded database belongs to one process');
  const port = 25000 + Math.floor(Math.random() * 1000);
  const main = path.join(ROOT, 'apps/api/dist/src/main.js');
  const child = spawn(
    process.execPath,
    WORKERS > 1 ? [path.join(__dirname, 'cluster.cjs'), String(WORKERS), main] : [main],
    { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  process.once('exit', () => child.kill('SIGKILL'));
  const url = `http://127.0.0.1:${port}`;
  for (let t = Date.now(); ;) {
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null || Date.now() - t > 60_000) throw new Error('the app did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const login = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: LoginInput!) { login(input: $i) { user { id } } }',
      variables: { i: { email: 'coordinator@grassroots.local', password: 'grassroots-demo-2026' } },
    }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  if (!cookie) throw new Error(await login.text());

  const lists = adminOperations().filter(
    (o) =>
      o.operation.operation === 'query' &&
      (o.operation.variableDefinitions ?? []).every(
        (v) => v.type.kind !== Kind.NON_NULL_TYPE || v.defaultValue || v.variable.name.value in o.variables,
      ),
  );
  const bodies = [];
  for (const o of lists) {
    const body = JSON.stringify({
      query: print(o.document),
      variables: Object.fromEntries(Object.keys(o.variables).map((k) => [k, PAGE])),
    });
    const r = await (
      await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body })
    ).json();
    if (!r.errors) bodies.push({ name: o.name, body }); // a query the coordinator may not run is not in their mix
  }
  console.log(`mix: ${bodies.length} queries as the coordinator (${bodies.map((b) => b.name).join(', ')})`);
  const result = await new Promise((resolve, reject) =>
    autocannon(
      {
        url: `${url}/graphql`,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests: bodies.map((b) => ({
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json', cookie },
          body: b.body,
        })),
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    ),
  );
  const l = result.latency;
  console.log(
    `${postgres ? 'PostgreSQL' : 'PGlite'}, ${WORKERS} process${WORKERS > 1 ? 'es' : ''}, ${CONNECTIONS} clients, ${SECONDS} s: ${result.requests.average.toFixed(0)} req/s; latency p50 ${l.p50} ms, p90 ${l.p90} ms, p97.5 ${l.p97_5} ms, p99 ${l.p99} ms, max ${l.max} ms; ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
  );
  child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});

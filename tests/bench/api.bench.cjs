#!/usr/bin/env node
// Benchmark: what the whole stack costs per request, as a ratio to a bare Apollo Server 5 on the same core.
//   npm run bench:api                 (embedded PGlite, demo data)
//   npm run bench:api -- --seconds 8 --rounds 5 --connections 10
// Both servers run pinned to core 1 (taskset), production mode; the load generator (autocannon) runs on core 0.
// They are measured alternately, round after round, so that the machine's noise hits both alike; the script prints
// requests per second per round, each round's ratio, and the median ratio with its spread.
//   stack/me     authenticated `{ me { id name } }` through the built app: cookie session, policy guard, query
//                limits, error formatting, audit — everything on
//   stack/anon   anonymous `{ __typename }` through the built app
//   nest         the platform alone (bare-nest.cjs): NestJS on Express with the Apollo driver, the same query answered
//                with a constant, none of the app's own work — the floor any app on this platform starts from
//   apollo       a bare Apollo Server 5 (startStandaloneServer) answering `{ me { id name } }` with a constant
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const autocannon = require('autocannon');

const ROOT = path.resolve(__dirname, '..', '..');
const args = Object.fromEntries(
  process.argv
    .slice(2)
    .join(' ')
    .split('--')
    .filter(Boolean)
    .map((a) => a.trim().split(/\s+/)),
);
const SECONDS = Number(args.seconds ?? 5);
const ROUNDS = Number(args.rounds ?? 3);
const CONNECTIONS = Number(args.connections ?? 10);
const SERVER_CORE = process.env.BENCH_SERVER_CORE ?? '1';
const hasTaskset = spawnSync('taskset', ['-V']).status === 0;
const pinned = (argv) => (hasTaskset ? ['taskset', ['-c', SERVER_CORE, ...argv]] : [argv[0], argv.slice(1)]);

function startServer(label, argv, env, port) {
  const [cmd, rest] = pinned(argv);
  const child = spawn(cmd, rest, {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  process.once('exit', () => child.kill('SIGKILL'));
  return { label, child, url: `http://127.0.0.1:${port}`, log: () => log };
}

async function waitUp(server, probe) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(server.url + probe.path, probe.init)).ok) return;
    } catch {
      /* not up yet */
    }
    if (server.child.exitCode !== null || Date.now() > deadline)
      throw new Error(`${server.label} did not start:\n${server.log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function load(url, headers, body, seconds) {
  return new Promise((resolve, reject) => {
    autocannon({ url, method: 'POST', headers, body, connections: CONNECTIONS, duration: seconds }, (err, res) => {
      if (err) return reject(err);
      if (res.non2xx || res.errors) return reject(new Error(`${url}: ${res.non2xx} non-2xx, ${res.errors} errors`));
      resolve(res);
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-bench-'));
  const env = { GRASSROOTS_DATA_DIR: dataDir, NODE_ENV: 'production' };
  delete process.env.DATABASE_URL;
  process.stdout.write('seeding the demo data … ');
  const seed = spawnSync(process.execPath, [path.join(ROOT, 'packages/db/dist/scripts/seed.js')], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (seed.status !== 0) throw new Error(seed.stderr);
  console.log('done');

  const appPort = 21000 + Math.floor(Math.random() * 1000);
  const apolloPort = appPort + 1000;
  const app = startServer('stack', [process.execPath, path.join(ROOT, 'apps/api/dist/src/main.js')], env, appPort);
  const apollo = startServer(
    'apollo',
    [process.execPath, path.join(__dirname, 'bare-apollo.cjs')],
    { NODE_ENV: 'production' },
    apolloPort,
  );
  const nest = startServer(
    'nest',
    [process.execPath, path.join(__dirname, 'bare-nest.cjs')],
    { NODE_ENV: 'production' },
    apolloPort + 1000,
  );
  const json = { 'content-type': 'application/json' };
  const probe = { method: 'POST', headers: json, body: '{"query":"{ me { id } }"}' };
  await Promise.all([
    waitUp(app, { path: '/health' }),
    waitUp(apollo, { path: '/', init: probe }),
    waitUp(nest, { path: '/graphql', init: probe }),
  ]);
  const login = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { user { id } } }',
      variables: { input: { email: 'coordinator@grassroots.local', password: 'grassroots-demo-2026' } },
    }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${await login.text()}`);
  const me = JSON.stringify({ query: '{ me { id name } }' });
  const check = await (
    await fetch(`${app.url}/graphql`, { method: 'POST', headers: { ...json, cookie }, body: me })
  ).json();
  if (!check.data?.me?.name) throw new Error(`me failed: ${JSON.stringify(check)}`);

  const runs = {
    'stack/me': () => load(`${app.url}/graphql`, { ...json, cookie }, me, SECONDS),
    'stack/anon': () => load(`${app.url}/graphql`, json, JSON.stringify({ query: '{ __typename }' }), SECONDS),
    nest: () => load(`${nest.url}/graphql`, json, me, SECONDS),
    apollo: () => load(apollo.url, json, me, SECONDS),
  };
  console.log(
    `${hasTaskset ? `servers pinned to core ${SERVER_CORE}` : 'taskset missing: NOT pinned'}; ${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} rounds; ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`,
  );
  for (const run of Object.values(runs)) await run().catch(() => undefined); // warm-up (JIT, plans, caches)
  const rps = { 'stack/me': [], 'stack/anon': [], nest: [], apollo: [] };
  const p99 = { 'stack/me': [], 'stack/anon': [], nest: [], apollo: [] };
  for (let r = 1; r <= ROUNDS; r++) {
    // Alternate the order each round so that neither side always runs first.
    const order = r % 2 ? ['apollo', 'nest', 'stack/me', 'stack/anon'] : ['stack/anon', 'stack/me', 'nest', 'apollo'];
    for (const k of order) {
      const res = await runs[k]();
      rps[k].push(res.requests.average);
      p99[k].push(res.latency.p99);
    }
    const of = (k) => `${k} ${rps[k][r - 1].toFixed(0)} (${(rps[k][r - 1] / rps.apollo[r - 1]).toFixed(3)}×)`;
    console.log(
      `round ${r}: apollo ${rps.apollo[r - 1].toFixed(0)} req/s · ${of('nest')} · ${of('stack/me')} · ${of('stack/anon')}`,
    );
  }
  for (const k of ['nest', 'stack/me', 'stack/anon']) {
    const ratios = rps[k].map((x, i) => x / rps.apollo[i]);
    console.log(
      `${k.padEnd(10)} ratio to bare Apollo: median ${median(ratios).toFixed(3)}× (min ${Math.min(...ratios).toFixed(3)}, max ${Math.max(...ratios).toFixed(3)}); median ${median(rps[k]).toFixed(0)} req/s, p99 ${median(p99[k])} ms`,
    );
  }
  console.log(`apollo     median ${median(rps.apollo).toFixed(0)} req/s, p99 ${median(p99.apollo)} ms`);
  const rss = spawnSync('ps', ['-o', 'rss=', '-p', String(app.child.pid)], { encoding: 'utf8' }).stdout.trim();
  if (rss) console.log(`stack RSS after the runs: ${(Number(rss) / 1024).toFixed(0)} MB`);
  const ofNest = rps['stack/me'].map((x, i) => x / rps.nest[i]);
  console.log(
    `stack/me   ratio to the bare platform (nest): median ${median(ofNest).toFixed(3)}× (min ${Math.min(...ofNest).toFixed(3)}, max ${Math.max(...ofNest).toFixed(3)}) — the app's own share`,
  );
  app.child.kill('SIGTERM');
  apollo.child.kill('SIGTERM');
  nest.child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});

#!/usr/bin/env node
// Benchmark: start to healthy on an existing embedded data dir, and the idle RSS of the app.
//   npm run bench:startup             (5 starts; --runs N for more)
// Seeds a fresh PGlite data dir with the demo data once, then starts the built app (production mode) repeatedly,
// timing from spawn to the first 200 from /health (serving: database reachable) and from /health/ready (also the job
// queue started, which happens just after the app listens), and reading the process's RSS after 3 s idle.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;

async function once(env, port) {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'apps/api/dist/src/main.js')], {
    env: { ...env, PORT: String(port) },
    stdio: 'ignore',
  });
  process.once('exit', () => child.kill('SIGKILL'));
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) throw new Error('the app exited');
    await new Promise((r) => setTimeout(r, 20));
  }
  const healthy = performance.now() - started;
  for (;;) {
    if ((await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => ({ ok: false }))).ok) break;
    if (child.exitCode !== null) throw new Error('the app exited');
    await new Promise((r) => setTimeout(r, 20));
  }
  const ready = performance.now() - started;
  await new Promise((r) => setTimeout(r, 3000));
  const rss =
    Number(spawnSync('ps', ['-o', 'rss=', '-p', String(child.pid)], { encoding: 'utf8' }).stdout.trim()) / 1024;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return { healthy, ready, rss };
}

(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-startup-'));
  const env = { ...process.env, GRASSROOTS_DATA_DIR: dataDir, NODE_ENV: 'production' };
  delete env.DATABASE_URL;
  const seed = spawnSync(process.execPath, [path.join(ROOT, 'packages/db/dist/scripts/seed.js')], {
    env,
    encoding: 'utf8',
  });
  if (seed.status !== 0) throw new Error(seed.stderr);
  const results = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await once(env, 24000 + i);
    results.push(r);
    console.log(
      `start ${i + 1}: healthy after ${(r.healthy / 1000).toFixed(2)} s, ready after ${(r.ready / 1000).toFixed(2)} s, idle RSS ${r.rss.toFixed(0)} MB`,
    );
  }
  const sorted = (k) => results.map((r) => r[k]).sort((a, b) => a - b);
  const h = sorted('healthy');
  const m = sorted('rss');
  const rd = sorted('ready');
  console.log(
    `start to healthy: median ${(h[Math.floor(RUNS / 2)] / 1000).toFixed(2)} s (min ${(h[0] / 1000).toFixed(2)}, max ${(h[RUNS - 1] / 1000).toFixed(2)}); idle RSS median ${m[Math.floor(RUNS / 2)].toFixed(0)} MB (min ${m[0].toFixed(0)}, max ${m[RUNS - 1].toFixed(0)}); load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
  );
  fs.rmSync(dataDir, { recursive: true, force: true });
})().catch((e) => {
  console.error(e);
  process.exit(1);
});

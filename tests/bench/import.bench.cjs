#!/usr/bin/env node
// Benchmark: the documented maximum import (5,000 attendance marks) as a job in the built app, production mode, and
// what other requests feel meanwhile: /health/live (event loop), /health/ready (one database round trip) and a
// signed-in read, probed every 25 ms. Then online backups of the running app (embedded: the database thread's dump;
// PostgreSQL: pg_dump) while reads go on.
//   npm run bench:import                 (embedded PGlite)
//   npm run bench:import:postgres        (a throwaway PostgreSQL via scripts/with-postgres.sh)
//   … -- --rounds 5
// Prints each round, then the median and spread.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const ROUNDS = arg('rounds', 3);
const TRAINEES = 50;
const LESSONS = 100;
const DAY = 86_400_000;
const day = (offset) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

(async () => {
  const postgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-import-bench-'));
  const env = {
    ...process.env,
    GRASSROOTS_DATA_DIR: dataDir,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    GRASSROOTS_PII_KEY: process.env.GRASSROOTS_PII_KEY ?? Buffer.alloc(32, 5).toString('base64'),
  };
  Object.assign(process.env, env);
  process.stdout.write(
    `seeding the demo data and a cohort of ${TRAINEES} trainees × ${LESSONS} lessons (${postgres ? 'PostgreSQL' : 'PGlite'}) … `,
  );
  const seed = spawnSync(process.execPath, [path.join(ROOT, 'packages/db/dist/scripts/seed.js')], {
    env,
    encoding: 'utf8',
  });
  if (seed.status !== 0) throw new Error(seed.stderr);
  const { openDatabase } = require(path.join(ROOT, 'packages/db/dist/index.js'));
  const { createCohort, createTrainee, createEnrolment } = require(path.join(ROOT, 'packages/db/dist/testing.js'));
  const db = await openDatabase();
  const cohort = await createCohort(db.prisma, {
    status: 'IN_PROGRESS',
    startDate: new Date(day(-120)),
    endDate: new Date(day(10)),
  });
  const phones = [];
  for (let i = 0; i < TRAINEES; i++) {
    const t = await createTrainee(db.prisma, { status: 'ACTIVE', phone: `1390000${String(i).padStart(4, '0')}` });
    await createEnrolment(db.prisma, { traineeId: t.id, cohortId: cohort.id });
    phones.push(t.phone);
  }
  await db.prisma.lesson.createMany({
    data: Array.from({ length: LESSONS }, (_, i) => ({
      cohortId: cohort.id,
      date: new Date(day(-110 + i)),
      startTime: '09:00',
      endTime: '11:00',
      topic: `第 ${i + 1} 课`,
      kind: 'CLASS',
      location: '教室',
    })),
  });
  await db.close();
  console.log('done');

  const port = 26000 + Math.floor(Math.random() * 1000);
  const child = spawn(process.execPath, [path.join(ROOT, 'apps/api/dist/src/main.js')], {
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.once('exit', () => child.kill('SIGKILL'));
  const url = `http://127.0.0.1:${port}`;
  for (let t = Date.now(); ;) {
    try {
      if ((await fetch(`${url}/health/ready`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null || Date.now() - t > 60_000) throw new Error('the app did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const gql = async (query, variables, cookie) => {
    const r = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { res: r, body: await r.json() };
  };
  const login = await gql('mutation($i: LoginInput!) { login(input: $i) { user { id } } }', {
    i: { email: 'coordinator@grassroots.local', password: 'grassroots-demo-2026' },
  });
  const cookie = (login.res.headers.get('set-cookie') ?? '').split(';')[0];

  const csv = (status) =>
    [
      'date,start,phone,status',
      ...Array.from({ length: LESSONS }, (_, l) =>
        phones.map((p) => `${day(-110 + l)},09:00,${p},${l % 7 === 0 ? 'absent' : status}`),
      ).flat(),
    ].join('\n');
  const probe = async (name, fn, samples, stop) => {
    while (!stop.done) {
      const t = performance.now();
      await fn();
      samples[name].push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const probes = {
    live: () => fetch(`${url}/health/live`),
    ready: () => fetch(`${url}/health/ready`),
    read: () => gql('{ cohorts(pageSize: 20) { total items { id name } } }', {}, cookie),
  };

  const rounds = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const samples = { live: [], ready: [], read: [] };
    const stop = { done: false };
    const running = Object.entries(probes).map(([n, fn]) => probe(n, fn, samples, stop));
    const t = performance.now();
    const started = await gql(
      `mutation($i: ImportCsvInput!) { importAttendance(input: $i) { id } }`,
      { i: { cohortId: cohort.id, csv: csv(round % 2 ? 'present' : 'late') } },
      cookie,
    );
    if (started.body.errors) throw new Error(JSON.stringify(started.body.errors));
    let job;
    for (;;) {
      job = (
        await gql(
          `query($id: ID!) { importJob(id: $id) { status phase error report { imported } } }`,
          { id: started.body.data.importAttendance.id },
          cookie,
        )
      ).body.data.importJob;
      if (job.status === 'SUCCEEDED' || job.status === 'FAILED') break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const ms = performance.now() - t;
    stop.done = true;
    await Promise.all(running);
    if (job.status !== 'SUCCEEDED' || job.report.imported !== TRAINEES * LESSONS)
      throw new Error(`import failed: ${JSON.stringify(job)}`);
    const r = {
      ms,
      live: Math.max(...samples.live),
      ready: Math.max(...samples.ready),
      read: Math.max(...samples.read),
      readP50: pct(samples.read, 50),
    };
    rounds.push(r);
    console.log(
      `round ${round}: ${TRAINEES * LESSONS} marks imported in ${Math.round(ms)} ms (request → job done); meanwhile max /health/live ${Math.round(r.live)} ms, /health/ready ${Math.round(r.ready)} ms, cohorts read ${Math.round(r.read)} ms (p50 ${Math.round(r.readP50)}; ${samples.read.length} reads)`,
    );
  }
  const spread = (k) =>
    `median ${Math.round(median(rounds.map((r) => r[k])))} ms (min ${Math.round(Math.min(...rounds.map((r) => r[k])))}, max ${Math.round(Math.max(...rounds.map((r) => r[k])))})`;
  console.log(`5,000-mark import on ${postgres ? 'PostgreSQL' : 'PGlite'}: ${spread('ms')}`);
  console.log(
    `  while importing — max /health/live: ${spread('live')}; max /health/ready: ${spread('ready')}; max read: ${spread('read')}`,
  );

  // Online backups while a reader keeps reading.
  const backups = [];
  for (let i = 0; i < ROUNDS; i++) {
    const samples = { live: [], ready: [], read: [] };
    const stop = { done: false };
    const reader = probe('read', probes.read, samples, stop);
    const file = path.join(dataDir, `online-${i}.${postgres ? 'dump' : 'tar.gz'}`);
    const t = performance.now();
    // The operator's command (npm run db:backup), in its own process as an operator would run it.
    await new Promise((resolve, reject) => {
      const cli = spawn(process.execPath, [path.join(ROOT, 'packages/db/dist/scripts/backup.js'), file], {
        env,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      cli.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`backup exited ${code}`))));
    });
    const ms = performance.now() - t;
    stop.done = true;
    await reader;
    backups.push({ ms, read: Math.max(...samples.read), size: fs.statSync(file).size });
    console.log(
      `backup ${i + 1} while running: ${Math.round(ms)} ms, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB; longest read meanwhile ${Math.round(Math.max(...samples.read))} ms`,
    );
  }
  console.log(
    `online backup on ${postgres ? 'PostgreSQL (pg_dump)' : 'PGlite (database thread dump)'}: median ${Math.round(median(backups.map((b) => b.ms)))} ms (min ${Math.round(Math.min(...backups.map((b) => b.ms)))}, max ${Math.round(Math.max(...backups.map((b) => b.ms)))})`,
  );
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});

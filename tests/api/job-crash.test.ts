import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { isPostgresUrl, openDatabase } from '@grassroots/db';
import { createCohort, createPostgresTestDatabase, createUser, DEFAULT_TEST_PASSWORD } from '@grassroots/db/testing';

import { graphql } from '../gql';
import { GqlClient } from '../support/client';
import { waitForJob } from '../support/imports';

const LOGIN = graphql(`
  mutation JobCrashLogin($i: LoginInput!) {
    login(input: $i) {
      user {
        id
      }
    }
  }
`);
const IMPORT_LESSONS = graphql(`
  mutation JobCrashImportLessons($i: ImportCsvInput!) {
    importLessons(input: $i) {
      ...ImportJobFields
    }
  }
`);

/**
 * kill -9 in the middle of an import job: nothing of it is written, the job is retried by the next process (after
 * GRASSROOTS_JOB_EXPIRE_SECONDS), and its rows are written once. Real processes of the built app, on either backend
 * (PGlite: the restarted process recovers the data directory the killed one left).
 */
const ROOT = path.resolve(__dirname, '..', '..');
const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

let target: { env: NodeJS.ProcessEnv; drop(): Promise<void> };
beforeAll(async () => {
  const base: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'error',
    GRASSROOTS_JOB_EXPIRE_SECONDS: '5',
    GRASSROOTS_PII_KEY: process.env.GRASSROOTS_PII_KEY ?? Buffer.alloc(32, 42).toString('base64'),
  };
  delete base.NODE_OPTIONS;
  if (isPostgresUrl(process.env.DATABASE_URL)) {
    const copy = await createPostgresTestDatabase(process.env.DATABASE_URL);
    target = { env: { ...base, DATABASE_URL: copy.url }, drop: copy.drop };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-crash-'));
    const env: NodeJS.ProcessEnv = { ...base, GRASSROOTS_DATA_DIR: dir };
    delete env.DATABASE_URL;
    target = { env, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
});

/** Every app process this suite starts: killed at the end whatever happened (a failing test must not leave them). */
const started: ChildProcess[] = [];
afterAll(async () => {
  for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await target.drop();
});

async function start(): Promise<{ url: string; child: ChildProcess }> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, [path.join(ROOT, 'apps/api/dist/src/main.js')], {
    env: { ...target.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr!.on('data', (d) => (log += d));
  started.push(child);
  const url = `http://127.0.0.1:${port}`;
  for (const until = Date.now() + 60_000; ;) {
    try {
      if ((await fetch(`${url}/health/ready`)).ok) return { url, child };
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null || Date.now() > until) throw new Error(`the app did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

it('retries an import whose process was killed mid-transaction, in the next process, and writes it once', async () => {
  // The database as the app will find it: a coordinator, a cohort, and a lesson insert that stalls on its first try.
  const setup = await openDatabase({
    url: target.env.DATABASE_URL ?? '',
    pgliteDir: target.env.GRASSROOTS_DATA_DIR && path.join(target.env.GRASSROOTS_DATA_DIR, 'pgdata'),
  });
  const user = await createUser(setup.prisma, { role: 'COORDINATOR', email: 'crash@example.test' });
  const cohort = await createCohort(setup.prisma, { startDate: new Date(day(-30)), endDate: new Date(day(30)) });
  await (
    await setup.sql()
  ).exec(`
    CREATE SEQUENCE stall_once;
    CREATE FUNCTION stall_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF nextval('stall_once') = 1 THEN PERFORM pg_sleep(30); END IF; RETURN NEW; END $$;
    CREATE TRIGGER stall_once BEFORE INSERT ON "Lesson" FOR EACH ROW EXECUTE FUNCTION stall_once();`);
  await setup.close();

  const a = await start();
  const client = new GqlClient(a.url);
  await client.ok(LOGIN, {
    i: { email: 'crash@example.test', password: DEFAULT_TEST_PASSWORD },
  });
  const job = (
    await client.ok(IMPORT_LESSONS, {
      i: { cohortId: cohort.id, csv: `date,start,end,topic,kind,location\n${day(-2)},09:00,10:00,断电,CLASS,教室` },
    })
  ).importLessons;
  for (const until = Date.now() + 30_000; ;) {
    // On the embedded database a read waits while the stalled transaction holds the one backend: a read that does
    // not come back within a second means the job is in its transaction, stalled in the trigger.
    const r = await fetch(`${a.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: client.cookie },
      body: JSON.stringify({ query: `query($id: ID!) { importJob(id: $id) { phase } }`, variables: { id: job.id } }),
      signal: AbortSignal.timeout(1_000),
    }).then(
      (res) => res.json() as Promise<{ data: { importJob: { phase: string } } }>,
      () => undefined,
    );
    if (!r || r.data.importJob.phase === 'writing') break; // inside its transaction, stalled in the trigger
    if (Date.now() > until) throw new Error(`the job never started writing (${r.data.importJob.phase})`);
    await new Promise((res) => setTimeout(res, 50));
  }
  await new Promise((res) => setTimeout(res, 300)); // well inside the 30 s stall
  a.child.kill('SIGKILL');
  await new Promise((r) => a.child.once('exit', r));

  const b = await start();
  try {
    const again = new GqlClient(b.url);
    again.cookie = client.cookie; // the session is in the database: it survives the process
    const done = await waitForJob(again, job.id, 60_000);
    expect([done.status, done.report?.imported]).toEqual(['SUCCEEDED', 1]);
    expect(done.attempts).toBeGreaterThanOrEqual(2); // the killed attempt, then the retry (more if a retry outlived its expiry)
  } finally {
    b.child.kill('SIGTERM');
    await new Promise((r) => b.child.once('exit', r));
  }
  // Once the process has let go of the database (PGlite: of its directory): the lesson is there once, by its importer.
  const db = await openDatabase({
    url: target.env.DATABASE_URL ?? '',
    pgliteDir: target.env.GRASSROOTS_DATA_DIR && path.join(target.env.GRASSROOTS_DATA_DIR, 'pgdata'),
    migrate: false,
  });
  expect(
    (await db.prisma.lesson.findMany({ where: { cohortId: cohort.id }, select: { topic: true } })).map((l) => l.topic),
  ).toEqual(['断电']);
  expect(await db.prisma.job.findUniqueOrThrow({ where: { id: job.id }, select: { createdById: true } })).toEqual({
    createdById: user.id,
  });
  await db.close();
}, 120_000);

it('drains a running job on SIGTERM: the process finishes it before it exits', async () => {
  const setup = await openDatabase({
    url: target.env.DATABASE_URL ?? '',
    pgliteDir: target.env.GRASSROOTS_DATA_DIR && path.join(target.env.GRASSROOTS_DATA_DIR, 'pgdata'),
  });
  await createUser(setup.prisma, { role: 'COORDINATOR', email: 'drain@example.test' });
  const cohort = await createCohort(setup.prisma, { startDate: new Date(day(-30)), endDate: new Date(day(30)) });
  await (
    await setup.sql()
  ).exec(`
    DROP TRIGGER IF EXISTS stall_once ON "Lesson";
    CREATE FUNCTION stall_two_seconds() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(2); RETURN NEW; END $$;
    CREATE TRIGGER stall_two_seconds BEFORE INSERT ON "Lesson" FOR EACH ROW EXECUTE FUNCTION stall_two_seconds();`);
  await setup.close();

  const a = await start();
  const client = new GqlClient(a.url);
  await client.ok(LOGIN, {
    i: { email: 'drain@example.test', password: DEFAULT_TEST_PASSWORD },
  });
  const job = (
    await client.ok(IMPORT_LESSONS, {
      i: { cohortId: cohort.id, csv: `date,start,end,topic,kind,location\n${day(-1)},09:00,10:00,收尾,CLASS,教室` },
    })
  ).importLessons;
  await new Promise((r) => setTimeout(r, 1_200)); // picked up (polling every 0.5 s) and inside its 2 s insert
  a.child.kill('SIGTERM');
  const t = Date.now();
  await new Promise((r) => a.child.once('exit', r)); // Nest re-raises SIGTERM once its shutdown hooks are done
  expect(Date.now() - t).toBeLessThan(10_000);

  const db = await openDatabase({
    url: target.env.DATABASE_URL ?? '',
    pgliteDir: target.env.GRASSROOTS_DATA_DIR && path.join(target.env.GRASSROOTS_DATA_DIR, 'pgdata'),
    migrate: false,
  });
  try {
    expect(
      await db.prisma.job.findUniqueOrThrow({ where: { id: job.id }, select: { status: true, attempts: true } }),
    ).toEqual({ status: 'SUCCEEDED', attempts: 1 });
    expect(await db.prisma.lesson.count({ where: { cohortId: cohort.id } })).toBe(1);
  } finally {
    await db.close();
  }
}, 60_000);

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isPostgresUrl, openDatabase } from '@grassroots/db';
import { createCohort, createPostgresTestDatabase, createUser, DEFAULT_TEST_PASSWORD } from '@grassroots/db/testing';
import { GqlClient } from '../support/client';
import { JOB_FIELDS, waitForJob } from '../support/imports';

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
  const base: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'error', GRASSROOTS_JOB_EXPIRE_SECONDS: '3', GRASSROOTS_PII_KEY: process.env.GRASSROOTS_PII_KEY ?? Buffer.alloc(32, 42).toString('base64') };
  delete base.NODE_OPTIONS;
  if (isPostgresUrl(process.env.DATABASE_URL)) {
    const copy = await createPostgresTestDatabase(process.env.DATABASE_URL);
    target = { env: { ...base, DATABASE_URL: copy.url }, drop: copy.drop };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-crash-'));
    const env = { ...base, GRASSROOTS_DATA_DIR: dir };
    delete env.DATABASE_URL;
    target = { env, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
});
afterAll(() => target.drop());

async function start(): Promise<{ url: string; child: ChildProcess }> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, [path.join(ROOT, 'apps/api/dist/src/main.js')], { env: { ...target.env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (d) => (log += d));
  process.once('exit', () => child.kill('SIGKILL'));
  const url = `http://127.0.0.1:${port}`;
  for (const until = Date.now() + 60_000; ; ) {
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
  const setup = await openDatabase({ url: target.env.DATABASE_URL ?? '', pgliteDir: target.env.GRASSROOTS_DATA_DIR && path.join(target.env.GRASSROOTS_DATA_DIR, 'pgdata') });
  const user = await createUser(setup.prisma, { role: 'COORDINATOR', email: 'crash@example.test' });
  const cohort = await createCohort(setup.prisma, { startDate: new Date(day(-30)), endDate: new Date(day(30)) });
  await (await setup.sql()).exec(`
    CREATE SEQUENCE stall_once;
    CREATE FUNCTION stall_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF nextval('stall_once') = 1 THEN PERFORM pg_sleep(30); END IF; RETURN NEW; END $$;
    CREATE TRIGGER stall_once BEFORE INSERT ON "Lesson" FOR EACH ROW EXECUTE FUNCTION stall_once();`);
  await setup.close();

  const a = await start();
  const client = new GqlClient(a.url);
  await client.ok('mutation($i: LoginInput!) { login(input: $i) { user { id } } }', { i: { email: 'crash@example.test', password: DEFAULT_TEST_PASSWORD } });
  const job = (await client.ok(`mutation($i: ImportCsvInput!) { importLessons(input: $i) { ${JOB_FIELDS} } }`, { i: { cohortId: cohort.id, csv: `date,start,end,topic,kind,location\n${day(-2)},09:00,10:00,断电,CLASS,教室` } })).importLessons;
  for (const until = Date.now() + 30_000; ; ) {
    const j = (await client.ok(`query($id: ID!) { importJob(id: $id) { phase } }`, { id: job.id })).importJob;
    if (j.phase === 'writing') break; // inside its transaction, stalled in the trigger
    if (Date.now() > until) throw new Error(`the job never started writing (${j.phase})`);
    await new Promise((r) => setTimeout(r, 50));
  }
  a.child.kill('SIGKILL');
  await new Promise((r) => a.child.once('exit', r));

  const b = await start();
  try {
    const again = new GqlClient(b.url);
    again.cookie = client.cookie; // the session is in the database: it survives the process
    const done = await waitForJob(again, job.id, 60_000);
    expect([done.status, done.attempts, done.report?.imported]).toEqual(['SUCCEEDED', 2, 1]);
  } finally {
    b.child.kill('SIGTERM');
    await new Promise((r) => b.child.once('exit', r));
  }
  // Once the process has let go of the database (PGlite: of its directory): the lesson is there once, by its importer.
  const db = await openDatabase({ url: target.env.DATABASE_URL ?? '', pgliteDir: target.env.GRASSROOTS_DATA_DIR && path.join(target.env.GRASSROOTS_DATA_DIR, 'pgdata'), migrate: false });
  expect((await db.prisma.lesson.findMany({ where: { cohortId: cohort.id }, select: { topic: true } })).map((l) => l.topic)).toEqual(['断电']);
  expect(await db.prisma.job.findUniqueOrThrow({ where: { id: job.id }, select: { createdById: true } })).toEqual({ createdById: user.id });
  await db.close();
}, 120_000);

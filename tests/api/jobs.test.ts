import { JobsService } from '@grassroots/api/core/jobs/jobs.service';
import { createCohort, createUser } from '@grassroots/db/testing';

import { graphql } from '../gql';
import { useApi } from '../support/api';
import { codeOf, GqlClient } from '../support/client';
import { imported, waitForJob } from '../support/imports';
import { cohortWithTrainees } from '../support/world';

/**
 * Imports run as jobs on the queue in the database (pg-boss): off the request path, retried with backoff, exactly
 * once across instances, visible to the person who started them only. Runs on PGlite and, in CI, on PostgreSQL.
 */
const api = useApi();
let coordinator: GqlClient;
beforeAll(async () => {
  coordinator = await api.as('COORDINATOR');
});

const LESSONS = graphql(`
  mutation JobsImportLessons($i: ImportCsvInput!) {
    importLessons(input: $i) {
      ...ImportJobFields
    }
  }
`);
const MARKS = graphql(`
  mutation JobsImportAttendance($i: ImportCsvInput!) {
    importAttendance(input: $i) {
      ...ImportJobFields
    }
  }
`);
const JOB = graphql(`
  query JobsImportJob($id: ID!) {
    importJob(id: $id) {
      id
      status
    }
  }
`);
const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

it('imports the documented maximum, 5,000 attendance marks, in one transaction while /health/live stays responsive', async () => {
  const { cohort, trainees } = await cohortWithTrainees(api.db, 50, {
    cohort: { startDate: new Date(day(-120)), endDate: new Date(day(10)) },
    trainee: (i) => ({ phone: `1390000${String(i).padStart(4, '0')}` }),
  });
  await api.db.prisma.lesson.createMany({
    data: Array.from({ length: 100 }, (_, i) => ({
      cohortId: cohort.id,
      date: new Date(day(-110 + i)),
      startTime: '09:00',
      endTime: '11:00',
      topic: `第 ${i + 1} 课`,
      kind: 'CLASS' as const,
      location: '教室',
    })),
  });
  const rows = ['date,start,phone,status'];
  for (let l = 0; l < 100; l++)
    for (const t of trainees) rows.push(`${day(-110 + l)},09:00,${t.phone},${l % 7 === 0 ? 'absent' : 'present'}`);
  expect(rows.length - 1).toBe(5_000);

  // Watch /health/live while the import runs: the event loop is never held by the database.
  let watching = true;
  const latencies: number[] = [];
  const watcher = (async () => {
    while (watching) {
      const t = performance.now();
      await fetch(`${api.url}/health/live`);
      latencies.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const started = performance.now();
  const report = await imported(coordinator, MARKS, { i: { cohortId: cohort.id, csv: rows.join('\n') } });
  const took = performance.now() - started;
  watching = false;
  await watcher;
  expect(report).toEqual({ imported: 5_000, rows: 5_000, problems: [] });
  expect(await api.db.prisma.attendance.count({ where: { lesson: { cohortId: cohort.id } } })).toBe(5_000);
  expect(await api.db.prisma.attendance.count({ where: { lesson: { cohortId: cohort.id }, status: 'ABSENT' } })).toBe(
    15 * 50,
  );
  console.log(
    `5,000 marks on ${api.db.kind}: ${Math.round(took)} ms; /health/live max ${Math.round(Math.max(...latencies))} ms over ${latencies.length} probes`,
  );
  // Before the worker thread, PGlite held the event loop for the whole import (9–10 s of /health waits).
  expect(Math.max(...latencies)).toBeLessThan(2_000);

  // Importing the same marks again updates them in place (a re-sent file is not doubled).
  const again = await imported(coordinator, MARKS, {
    i: {
      cohortId: cohort.id,
      csv: rows
        .slice(0, 51)
        .join('\n')
        .replace(/,present$/gm, ',late'),
    },
  });
  expect(again.imported).toBe(50);
  expect(await api.db.prisma.attendance.count({ where: { lesson: { cohortId: cohort.id } } })).toBe(5_000);
});

it('counts the size cap in bytes: 700,000 Chinese characters (2.1 MB) are refused', async () => {
  const cohort = await createCohort(api.db.prisma);
  const r = await coordinator.request(LESSONS, { i: { cohortId: cohort.id, csv: `日期\n${'课'.repeat(700_000)}` } });
  expect(codeOf(r)).toBe('BAD_USER_INPUT');
  expect(JSON.stringify(r.errors)).toContain('larger than 2 MB');
});

it('shows a job to the person who started it only; anonymous callers are refused', async () => {
  const cohort = await createCohort(api.db.prisma, { startDate: new Date(day(-30)), endDate: new Date(day(30)) });
  const job = (
    await coordinator.ok(LESSONS, {
      i: { cohortId: cohort.id, csv: `date,start,end,topic,kind,location\n${day(-3)},09:00,10:00,开场,CLASS,教室` },
    })
  ).importLessons;
  expect(job.status).toMatch(/QUEUED|RUNNING|SUCCEEDED/);
  expect((await waitForJob(coordinator, job.id)).report.imported).toBe(1);

  const other = await api.signIn('COORDINATOR');
  expect(codeOf(await other.request(JOB, { id: job.id }))).toBe('NOT_FOUND');
  expect(codeOf(await new GqlClient(api.url).request(JOB, { id: job.id }))).toBe('UNAUTHENTICATED');
  // Someone else's cohort is refused when the import is started, not later in the job.
  const trainee = await api.signIn('TRAINEE');
  expect(codeOf(await trainee.request(LESSONS, { i: { cohortId: cohort.id, csv: 'date\n' } }))).toBe('FORBIDDEN');
  // The uploaded file is not kept once the job has finished.
  expect(
    (await api.db.prisma.job.findUniqueOrThrow({ where: { id: job.id }, select: { input: true } })).input,
  ).toBeNull();
});

it('retries a failing job with backoff, and its effects are written once', async () => {
  const cohort = await createCohort(api.db.prisma, { startDate: new Date(day(-30)), endDate: new Date(day(30)) });
  // A real database fault: the first two attempts to insert a lesson fail (a sequence is not rolled back).
  const sql = await api.db.sql();
  await sql.exec(`
    CREATE SEQUENCE lesson_fault;
    CREATE FUNCTION lesson_fault() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF nextval('lesson_fault') <= 2 THEN RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW; END $$;
    CREATE TRIGGER lesson_fault BEFORE INSERT ON "Lesson" FOR EACH ROW EXECUTE FUNCTION lesson_fault();`);
  try {
    const job = (
      await coordinator.ok(LESSONS, {
        i: { cohortId: cohort.id, csv: `date,start,end,topic,kind,location\n${day(-2)},09:00,10:00,重试,CLASS,教室` },
      })
    ).importLessons;
    const done = await waitForJob(coordinator, job.id, 90_000);
    expect([done.status, done.attempts, done.report?.imported]).toEqual(['SUCCEEDED', 3, 1]);
    expect(await api.db.prisma.lesson.count({ where: { cohortId: cohort.id } })).toBe(1);
  } finally {
    await sql.exec(`DROP TRIGGER lesson_fault ON "Lesson"; DROP FUNCTION lesson_fault(); DROP SEQUENCE lesson_fault;`);
  }
}, 120_000);

it('runs each job exactly once when two instances share the queue', async () => {
  const other = await api.startInstance();
  try {
    const cohorts = await Promise.all(
      Array.from({ length: 8 }, () =>
        createCohort(api.db.prisma, { startDate: new Date(day(-30)), endDate: new Date(day(30)) }),
      ),
    );
    const onB = other.client();
    onB.cookie = coordinator.cookie;
    const jobs = await Promise.all(
      cohorts.map(async (c, i) => {
        const client = i % 2 ? onB : coordinator; // started through either instance
        return (
          await client.ok(LESSONS, {
            i: {
              cohortId: c.id,
              csv: `date,start,end,topic,kind,location\n${day(-1)},14:00,15:00,并发 ${i},CLASS,教室`,
            },
          })
        ).importLessons.id as string;
      }),
    );
    const done = await Promise.all(jobs.map((id) => waitForJob(coordinator, id)));
    expect(done.map((j) => [j.status, j.attempts])).toEqual(jobs.map(() => ['SUCCEEDED', 1]));
    expect(await api.db.prisma.lesson.count({ where: { cohortId: { in: cohorts.map((c) => c.id) } } })).toBe(8);
  } finally {
    await other.close();
  }
});

it('fails (without retrying) the job of someone deactivated before it ran, and says why', async () => {
  const cohort = await createCohort(api.db.prisma, { startDate: new Date(day(-30)), endDate: new Date(day(30)) });
  const leaver = await createUser(api.db.prisma, {
    role: 'COORDINATOR',
    email: 'leaver-jobs@example.test',
    active: false,
  });
  // Queued for them as their (now ended) session would have: the job re-reads who they are when it runs.
  const actor = {
    id: leaver.id,
    email: leaver.email,
    name: leaver.name,
    role: 'COORDINATOR' as const,
    traineeId: null,
    sponsorId: null,
    sessionId: 'gone',
  };
  const csv = `date,start,end,topic,kind,location\n${day(-2)},09:00,10:00,离职,CLASS,教室`;
  const job = await api.app.get(JobsService).start(actor, 'import.lessons', { cohortId: cohort.id }, Buffer.from(csv));
  for (let row = job; ;) {
    row = await api.app.get(JobsService).find(actor, job.id);
    if (row.status === 'FAILED') {
      expect([row.attempts, row.error]).toEqual([1, 'The person who started this job can no longer do it']);
      break;
    }
    expect(row.status).not.toBe('SUCCEEDED');
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(await api.db.prisma.lesson.count({ where: { cohortId: cohort.id } })).toBe(0);
});

it('fails the job of someone whose role no longer allows it (checked when it runs, not only when it was queued)', async () => {
  const cohort = await createCohort(api.db.prisma, { startDate: new Date(day(-30)), endDate: new Date(day(30)) });
  const moved = await createUser(api.db.prisma, { role: 'QC_INSPECTOR', email: 'moved-to-qc@example.test' });
  // Queued while they were a coordinator; by the time it runs their account is a QC inspector's.
  const actor = {
    id: moved.id,
    email: moved.email,
    name: moved.name,
    role: 'COORDINATOR' as const,
    traineeId: null,
    sponsorId: null,
    sessionId: 'then',
  };
  const job = await api.app
    .get(JobsService)
    .start(
      actor,
      'import.lessons',
      { cohortId: cohort.id },
      Buffer.from(`date,start,end,topic,kind,location\n${day(-2)},09:00,10:00,转岗,CLASS,教室`),
    );
  for (;;) {
    const row = await api.app.get(JobsService).find(actor, job.id);
    if (row.status === 'FAILED' || row.status === 'SUCCEEDED') {
      expect([row.status, row.attempts, row.error]).toEqual([
        'FAILED',
        1,
        'The person who started this job can no longer do it',
      ]);
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(await api.db.prisma.lesson.count({ where: { cohortId: cohort.id } })).toBe(0);
});

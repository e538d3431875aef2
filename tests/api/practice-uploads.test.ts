import http from 'node:http';

import { createTeam, createUser } from '@grassroots/db/testing';
import { PRACTICE_FILES_PER_SUBMISSION, PRACTICE_VIDEO_MAX_BYTES } from '@grassroots/domain';

import { graphql } from '../gql';
import { useApi } from '../support/api';
import type { GqlClient } from '../support/client';
import { cohortWithTrainees } from '../support/world';

const SUBMIT_ASSIGNMENT = graphql(`
  mutation PracticeUploadsSubmitAssignment($i: SubmitAssignmentInput!) {
    submitAssignment(input: $i) {
      id
    }
  }
`);

/**
 * A trainee attaches a practice video or script to their own submission (issue 15 item 16): type from the bytes,
 * capped while received, stored like every other upload; only the trainee, their team's SUPPORT and
 * COORDINATOR/ADMIN may open it.
 */
const api = useApi();
let coordinator: GqlClient;
beforeAll(async () => {
  coordinator = await api.as('COORDINATOR');
});

const MP4 = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from('ftypisom'),
  Buffer.from([0, 0, 2, 0]),
  Buffer.from('isomiso2mp41'),
  Buffer.alloc(4096, 7),
]);
const MOV = Buffer.concat([
  Buffer.from([0, 0, 0, 0x14]),
  Buffer.from('ftypqt  '),
  Buffer.from([0, 0, 2, 0]),
  Buffer.from('qt  '),
  Buffer.alloc(2048, 1),
]);
const SCRIPT = Buffer.from('开场：家人们好，我是阿依古丽。\n今天带大家看疏附的杏干，先看果肉……\n');
const EXE = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00]), Buffer.alloc(512)]);

async function upload(
  c: GqlClient | null,
  submissionId: string,
  bytes: Buffer,
  name: string,
  type = 'application/octet-stream',
) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const res = await fetch(`${api.url}/files/practice/${submissionId}`, {
    method: 'POST',
    body: form,
    headers: c ? { cookie: c.cookie } : {},
  });
  return {
    status: res.status,
    body: (await res.json().catch(() => ({}))) as { id: string; contentType: string; size: number; message?: string },
  };
}
const download = (c: GqlClient | null, id: string) =>
  fetch(`${api.url}/files/${id}`, { headers: c ? { cookie: c.cookie } : {} });

async function setUp() {
  const {
    cohort,
    trainees: [a, b],
  } = await cohortWithTrainees(api.db, 2);
  await coordinator.ok(
    graphql(`
      mutation PracticeUploadsCreateAssignment($i: CreateAssignmentInput!) {
        createAssignment(input: $i) {
          id
        }
      }
    `),
    {
      i: {
        cohortId: cohort.id,
        title: '录一段 60 秒短视频预告',
        kind: 'PRACTICE_STREAM',
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
        maxScore: 20,
        rubric: [
          { name: '开场', points: 10 },
          { name: '卖点', points: 10 },
        ],
      },
    },
  );
  const support = await api.signIn('SUPPORT');
  const others = await Promise.all([
    createUser(api.db.prisma, { role: 'SUPPORT' }),
    createUser(api.db.prisma, { role: 'SUPPORT' }),
  ]);
  await createTeam(api.db.prisma, {
    cohortId: cohort.id,
    size: 3,
    memberIds: [support.userId, ...others.map((u) => u.id)],
    traineeIds: [a.id],
  });
  const me = await api.signIn('TRAINEE', { traineeId: a.id });
  const other = await api.signIn('TRAINEE', { traineeId: b.id });
  const [mine] = (
    await me.ok(
      graphql(`
        query PracticeUploadsMySubmissions {
          mySubmissions {
            id
            version
            assignment {
              rubric {
                name
                points
              }
            }
          }
        }
      `),
    )
  ).mySubmissions;
  const [theirs] = (
    await other.ok(
      graphql(`
        query PracticeUploadsMySubmissions2 {
          mySubmissions {
            id
          }
        }
      `),
    )
  ).mySubmissions;
  return { me, other, support, mine, theirs };
}

it('takes a practice video and a script on one’s own submission, sniffed from the bytes, and lists them on it', async () => {
  const { me, support, mine } = await setUp();
  expect(mine.assignment.rubric).toEqual([
    { name: '开场', points: 10 },
    { name: '卖点', points: 10 },
  ]); // visible before handing in
  const video = await upload(me, mine.id, MP4, '预告.mp4', 'video/mp4');
  expect(video.status).toBe(201);
  expect(video.body).toMatchObject({ contentType: 'video/mp4', size: MP4.length });
  const mov = await upload(me, mine.id, MOV, 'IMG_0001.MOV', 'video/quicktime');
  expect(mov.body.contentType).toBe('video/quicktime');
  const script = await upload(me, mine.id, SCRIPT, '脚本.txt', 'text/plain');
  expect(script.body.contentType).toBe('text/plain');

  const files = (
    await support.ok(
      graphql(`
        query PracticeUploadsSubmission($id: ID!) {
          submission(id: $id) {
            files {
              id
              originalName
              contentType
              size
            }
          }
        }
      `),
      {
        id: mine.id,
      },
    )
  ).submission.files;
  expect(files.map((f) => f.originalName)).toEqual(['预告.mp4', 'IMG_0001.MOV', '脚本.txt']);
  const got = await download(me, video.body.id);
  expect(got.status).toBe(200);
  expect(got.headers.get('content-type')).toBe('video/mp4');
  expect(got.headers.get('x-content-type-options')).toBe('nosniff');
  expect(Buffer.from(await got.arrayBuffer()).equals(MP4)).toBe(true);
  expect((await download(me, script.body.id)).headers.get('content-type')).toBe('text/plain; charset=utf-8');
  const audit = await api.db.prisma.auditLog.findMany({
    where: { action: 'file.upload', actorId: me.userId },
    select: { result: true },
  });
  expect(audit.map((a) => a.result)).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS']);
});

it('refuses a file whose bytes are not a video or script, a name that lies about its content, and more than the cap', async () => {
  const { me, mine } = await setUp();
  expect((await upload(me, mine.id, EXE, 'clip.mp4', 'video/mp4')).status).toBe(415); // declared video/mp4, bytes of an .exe
  expect((await upload(me, mine.id, SCRIPT, 'clip.mp4', 'video/mp4')).status).toBe(415); // text named .mp4
  expect(
    (await upload(me, mine.id, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5 * 1024 * 1024)]), 'script.pdf'))
      .status,
  ).toBe(413); // scripts ≤ 5 MB
  // Over the video cap: cut off while received (multer's limit), nothing stored.
  const huge = Buffer.concat([MP4, Buffer.alloc(PRACTICE_VIDEO_MAX_BYTES)]);
  expect((await upload(me, mine.id, huge, 'long.mp4', 'video/mp4')).status).toBe(413);
  expect(await api.db.prisma.storedFile.count({ where: { submissionId: mine.id } })).toBe(0);
  for (let i = 0; i < PRACTICE_FILES_PER_SUBMISSION; i++)
    expect((await upload(me, mine.id, SCRIPT, `v${i}.txt`)).status).toBe(201);
  expect((await upload(me, mine.id, SCRIPT, 'one-more.txt')).status).toBe(409);
});

it('lets only the trainee attach, only before handing in', async () => {
  const { me, other, support, mine, theirs } = await setUp();
  expect((await upload(other, mine.id, MP4, 'x.mp4')).status).toBe(404); // someone else's submission looks absent
  expect((await upload(support, mine.id, MP4, 'x.mp4')).status).toBe(403); // staff do not hand in work
  expect((await upload(coordinator, mine.id, MP4, 'x.mp4')).status).toBe(403);
  expect((await upload(await api.signIn('SPONSOR'), mine.id, MP4, 'x.mp4')).status).toBe(403);
  expect((await upload(null, mine.id, MP4, 'x.mp4')).status).toBe(401);
  expect((await upload(me, theirs.id, MP4, 'x.mp4')).status).toBe(404);
  expect((await upload(me, 'no-such-submission', MP4, 'x.mp4')).status).toBe(404);
  await me.ok(SUBMIT_ASSIGNMENT, {
    i: { submissionId: mine.id, version: mine.version, text: '见视频' },
  });
  expect((await upload(me, mine.id, MP4, 'late.mp4')).status).toBe(409);
});

it('serves a practice file to the trainee, their team’s SUPPORT, coordinators and admins; nobody else, as if absent', async () => {
  const { me, other, support, mine } = await setUp();
  const { body } = await upload(me, mine.id, MP4, '预告.mp4');
  for (const c of [me, support, coordinator, await api.signIn('ADMIN')])
    expect((await download(c, body.id)).status).toBe(200);
  const outsider = await api.signIn('SUPPORT'); // on no team of this trainee
  for (const c of [
    other,
    outsider,
    await api.signIn('SPONSOR'),
    await api.signIn('QC_INSPECTOR'),
    await api.signIn('AFTERSALES_AGENT'),
  ]) {
    expect((await download(c, body.id)).status).toBe(404);
  }
  expect((await download(null, body.id)).status).toBe(401);
  // Nor through the submission's files field: another trainee cannot reach the submission at all.
  const res = await other.request(
    graphql(`
      query PracticeUploadsSubmission2($id: ID!) {
        submission(id: $id) {
          files {
            id
          }
        }
      }
    `),
    { id: mine.id },
  );
  expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  const denied = await api.db.prisma.auditLog.count({
    where: { action: 'file.download', targetIds: { has: body.id }, result: 'DENIED' },
  });
  expect(denied).toBeGreaterThanOrEqual(5);
});

/**
 * An upload whose body is sent in part and then held: the multipart head and the first 64 KB of a `size`-byte video,
 * the rest only on `finish()`. `response` settles as soon as the server answers, whether or not the body is done.
 */
function slowUpload(c: GqlClient, submissionId: string, size: number, path = `/files/practice/${submissionId}`) {
  const boundary = `----slow${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="slow.mp4"\r\n` +
      'Content-Type: video/mp4\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const body = Buffer.concat([MP4, Buffer.alloc(size - MP4.length, 1)]);
  const url = new URL(`${api.url}${path}`);
  let finished = false;
  const req = http.request({
    host: url.hostname,
    port: url.port,
    path: url.pathname,
    method: 'POST',
    headers: {
      cookie: c.cookie,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(head.length + body.length + tail.length),
    },
  });
  req.on('error', () => undefined); // a refused upload's socket is closed under the rest of its body
  const response = new Promise<{
    status: number;
    bodyDone: boolean;
    json: Record<string, unknown>;
    headers: http.IncomingHttpHeaders;
  }>((resolve) =>
    req.on('response', (res) => {
      const status = res.statusCode!;
      const bodyDone = finished;
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () =>
        resolve({
          status,
          bodyDone,
          headers: res.headers,
          json: JSON.parse(Buffer.concat(chunks).toString() || '{}'),
        }),
      );
    }),
  );
  req.write(Buffer.concat([head, body.subarray(0, 64 * 1024)]));
  return {
    response,
    finish: () => {
      finished = true;
      req.end(Buffer.concat([body.subarray(64 * 1024), tail]));
    },
    abort: () => req.destroy(),
  };
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('refuses someone else’s submission before reading the body: the answer comes while the client is still sending', async () => {
  const { me, other, mine, theirs } = await setUp();
  for (const [c, id] of [
    [other, mine.id],
    [me, theirs.id],
    [me, 'no-such-submission'],
  ] as const) {
    const up = slowUpload(c, id, 20 * 1024 * 1024);
    const r = await Promise.race([up.response, sleep(10_000).then(() => null)]);
    expect(r).toMatchObject({ status: 404, bodyDone: false, json: { code: 'NOT_FOUND' } });
    expect(r!.headers.connection).toBe('close');
    up.abort();
  }
  // A submission already handed in is refused the same way, before its body.
  await me.ok(SUBMIT_ASSIGNMENT, {
    i: { submissionId: mine.id, version: mine.version, text: '见视频' },
  });
  const late = slowUpload(me, mine.id, 20 * 1024 * 1024);
  expect(await late.response).toMatchObject({ status: 409, bodyDone: false });
  late.abort();
  expect(await api.db.prisma.storedFile.count({ where: { submissionId: { in: [mine.id, theirs.id] } } })).toBe(0);
});

it('takes at most two uploads at a time from one trainee: a third is refused with 429 until one is over', async () => {
  const { me, other, mine, theirs } = await setUp();
  const first = slowUpload(me, mine.id, 2 * 1024 * 1024);
  const second = slowUpload(me, mine.id, 2 * 1024 * 1024);
  // Both are admitted (their slots taken) once the server has their heads; their bodies are still on the way.
  await sleep(1_000);
  const third = await upload(me, mine.id, SCRIPT, 'third.txt');
  expect(third.status).toBe(429);
  expect(third.body).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'USER_UPLOADS' });
  // Another trainee is not held up by them.
  expect((await upload(other, theirs.id, SCRIPT, 'theirs.txt')).status).toBe(201);

  first.finish();
  expect(await first.response).toMatchObject({ status: 201, bodyDone: true, json: { contentType: 'video/mp4' } });
  // A slot is free again once an upload is over; an abandoned upload gives its slot back too.
  second.abort();
  let next = await upload(me, mine.id, SCRIPT, 'next.txt');
  for (let i = 0; i < 20 && next.status === 429; i++) {
    await sleep(100);
    next = await upload(me, mine.id, SCRIPT, 'next.txt');
  }
  expect(next.status).toBe(201);
  expect(await api.db.prisma.storedFile.count({ where: { submissionId: mine.id } })).toBe(2);
});

it('gives a slot back when an admitted upload is abandoned mid-body, so the trainee is not locked out', async () => {
  const { me, mine } = await setUp();
  for (let round = 0; round < 3; round++) {
    const a = slowUpload(me, mine.id, 2 * 1024 * 1024);
    const b = slowUpload(me, mine.id, 2 * 1024 * 1024);
    await sleep(500); // both admitted: their slots are taken
    a.abort();
    b.abort();
    await sleep(500); // multer sees the aborts; the handler chain ends and gives the slots back
  }
  const next = slowUpload(me, mine.id, 2 * 1024 * 1024);
  await sleep(500);
  next.finish();
  expect((await next.response).status).toBe(201);
});

it('refuses an upload kind the caller may not use (or that does not exist) before reading the body', async () => {
  const sponsor = await api.signIn('SPONSOR');
  for (const [path, status] of [
    ['/files/licence-scans', 403],
    ['/files/constructor', 404],
    ['/files/no-such-kind', 404],
  ] as const) {
    const up = slowUpload(sponsor, '', 20 * 1024 * 1024, path);
    const r = await Promise.race([up.response, sleep(10_000).then(() => null)]);
    expect(r).toMatchObject({ status, bodyDone: false });
    expect(r!.headers.connection).toBe('close');
    up.abort();
  }
});

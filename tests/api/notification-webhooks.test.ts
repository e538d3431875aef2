import { createHmac } from 'node:crypto';
import http from 'node:http';

import { createProduct, createProgram, createSponsor, createTeam } from '@grassroots/db/testing';

import { graphql } from '../gql';
import { useApi } from '../support/api';
import { codeOf, GqlClient } from '../support/client';
import { cohortWithTrainees } from '../support/world';

/**
 * Group robots against a local receiver that checks what each platform checks: WeCom's markdown message (the key is
 * in the URL, no signature), DingTalk's markdown with timestamp & sign in the query (HmacSHA256 of
 * "timestamp\nsecret" keyed with the secret, base64, URL-encoded), Feishu's post with timestamp & sign in the body
 * (HmacSHA256 keyed with "timestamp\nsecret" over nothing). Deliveries retry with backoff; after the retries they are
 * dead letters that ADMIN sees and sends again.
 */
process.env.GRASSROOTS_NOTIFY_RETRY_LIMIT = '2';
// The local receiver below: webhooks otherwise go to the platforms' own hosts only.
process.env.GRASSROOTS_ROBOT_TEST_RECEIVER = '1';
process.env.GRASSROOTS_NOTIFY_RETRY_DELAY_SECONDS = '1';

interface Received {
  path: string;
  query: URLSearchParams;
  body: Record<string, any>;
  at: number;
}

const api = useApi();
let admin: GqlClient;
let coordinator: GqlClient;
let receiver: http.Server;
let base: string;
const received: Received[] = [];
/** Per path: how many requests to fail with 500 before accepting. */
const failures = new Map<string, number>();
const SECRET = 'SECtest-secret-1234567890';

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://127.0.0.1');
      const left = failures.get(url.pathname) ?? 0;
      if (left > 0) {
        failures.set(url.pathname, left - 1);
        received.push({ path: url.pathname, query: url.searchParams, body: JSON.parse(data), at: Date.now() });
        res.writeHead(500).end('boom');
        return;
      }
      const body = JSON.parse(data);
      received.push({ path: url.pathname, query: url.searchParams, body, at: Date.now() });
      const verdict = verify(url, body);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(verdict));
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(receiver.address() as { port: number }).port}`;
  admin = await api.as('ADMIN');
  coordinator = await api.as('COORDINATOR');
});
afterAll(() => receiver.close());

/** What the platforms answer: WeCom/DingTalk {errcode, errmsg}, Feishu {code, msg}. */
function verify(url: URL, body: Record<string, any>) {
  if (url.pathname.startsWith('/wecom')) {
    const ok =
      url.searchParams.get('key') === 'wecom-key' &&
      body.msgtype === 'markdown' &&
      typeof body.markdown?.content === 'string';
    return ok ? { errcode: 0, errmsg: 'ok' } : { errcode: 40008, errmsg: 'invalid message' };
  }
  if (url.pathname.startsWith('/dingtalk')) {
    const ts = url.searchParams.get('timestamp')!;
    const expected = createHmac('sha256', SECRET).update(`${ts}\n${SECRET}`).digest('base64');
    const fresh = Math.abs(Date.now() - Number(ts)) < 3_600_000;
    if (url.searchParams.get('sign') !== expected || !fresh) return { errcode: 310000, errmsg: 'sign not match' };
    const ok =
      url.searchParams.get('access_token') === 'ding-token' &&
      body.msgtype === 'markdown' &&
      body.markdown?.title &&
      body.markdown?.text;
    return ok ? { errcode: 0, errmsg: 'ok' } : { errcode: 40035, errmsg: 'bad message' };
  }
  if (url.pathname.startsWith('/feishu')) {
    const expected = createHmac('sha256', `${body.timestamp}\n${SECRET}`).update('').digest('base64');
    if (
      body.sign !== expected ||
      typeof body.timestamp !== 'string' ||
      Math.abs(Date.now() / 1000 - Number(body.timestamp)) > 3600
    )
      return { code: 19021, msg: 'sign match fail' };
    const ok =
      body.msg_type === 'post' && body.content?.post?.zh_cn?.title && Array.isArray(body.content.post.zh_cn.content);
    return ok ? { code: 0, msg: 'success' } : { code: 9499, msg: 'bad request' };
  }
  return { errcode: 404 };
}

const SAVE = graphql(`
  mutation NotificationWebhooksSaveNotificationChannel($i: SaveNotificationChannelInput!) {
    saveNotificationChannel(input: $i) {
      id
      name
      platform
      teamId
      programId
      webhookMasked
      hasSecret
      kinds
    }
  }
`);
const CHANNELS = graphql(`
  query NotificationWebhooksNotificationChannels {
    notificationChannels {
      id
      name
      webhookMasked
      hasSecret
    }
  }
`);
const DEAD = graphql(`
  query NotificationWebhooksDeadLetters {
    deadLetters(pageSize: 50) {
      total
      items {
        id
        kind
        title
        target
        targetName
        status
        attempts
        lastError
      }
    }
  }
`);
const RETRY = graphql(`
  mutation NotificationWebhooksRetryDelivery($id: ID!) {
    retryDelivery(id: $id) {
      id
      status
    }
  }
`);

/** A team and a trainee with an account; returns a function that schedules a session for them (an event for the team's robots). */
async function teamWithTrainee() {
  const { cohort, trainees } = await cohortWithTrainees(api.db, 1, {
    trainee: () => ({ platformAccounts: [{ platform: 'DOUYIN', handle: `w${Date.now()}` }] }),
  });
  const team = await createTeam(api.db.prisma, { cohortId: cohort.id, traineeIds: [trainees[0]!.id] });
  await api.signIn('TRAINEE', { traineeId: trainees[0]!.id });
  const product = await createProduct(api.db.prisma);
  let day = 3;
  const schedule = async () =>
    (
      await coordinator.ok(
        graphql(`
          mutation NotificationWebhooksScheduleSession($i: ScheduleSessionInput!) {
            scheduleSession(input: $i) {
              id
            }
          }
        `),
        {
          i: {
            traineeId: trainees[0]!.id,
            platform: 'DOUYIN',
            scheduledStart: new Date(Date.now() + day++ * 86_400_000).toISOString(),
            plannedMinutes: 60,
            title: '红枣专场',
            items: [{ productId: product.id, livePrice: '39.90', commissionPct: '25' }],
          },
        },
      )
    ).scheduleSession.id as string;
  return { team, schedule };
}

async function deliveries(
  sessionId: string,
  until: (rows: { status: string; attempts: number; target: string }[]) => boolean,
  ms = 60_000,
) {
  const deadline = Date.now() + ms;
  for (;;) {
    const rows = await api.db.prisma.notificationDelivery.findMany({
      where: { eventKey: `session:${sessionId}:scheduled` },
      select: { id: true, status: true, attempts: true, target: true, lastError: true },
    });
    if (until(rows) || Date.now() > deadline) return rows;
    await new Promise((r) => setTimeout(r, 250));
  }
}

it('posts each platform its documented, signed message; secrets are stored encrypted and never shown again', async () => {
  const { team, schedule } = await teamWithTrainee();
  const wecom = (
    await admin.ok(SAVE, {
      i: { name: '企微群', platform: 'WECOM', teamId: team.id, webhookUrl: `${base}/wecom/send?key=wecom-key` },
    })
  ).saveNotificationChannel;
  const ding = (
    await admin.ok(SAVE, {
      i: {
        name: '钉钉群',
        platform: 'DINGTALK',
        teamId: team.id,
        webhookUrl: `${base}/dingtalk/robot/send?access_token=ding-token`,
        secret: SECRET,
      },
    })
  ).saveNotificationChannel;
  const feishu = (
    await admin.ok(SAVE, {
      i: {
        name: '飞书群',
        platform: 'FEISHU',
        teamId: team.id,
        webhookUrl: `${base}/feishu/open-apis/bot/v2/hook/abc`,
        secret: SECRET,
      },
    })
  ).saveNotificationChannel;
  expect(ding).toMatchObject({ hasSecret: true, webhookMasked: `http://127.0.0.1:${new URL(base).port}/…oken` });
  const listed = JSON.stringify((await admin.ok(CHANNELS)).notificationChannels);
  expect(listed).not.toContain('ding-token');
  expect(listed).not.toContain(SECRET);
  const stored = await api.db.prisma.notificationChannel.findUniqueOrThrow({ where: { id: ding.id } });
  expect(stored.webhookCipher).toMatch(/^v2:/);
  expect(stored.secretCipher).toMatch(/^v2:/);
  expect(JSON.stringify(stored)).not.toContain(SECRET);

  received.length = 0;
  const sessionId = await schedule();
  const rows = await deliveries(sessionId, (r) => r.length === 3 && r.every((d) => d.status === 'DELIVERED'));
  expect(rows.map((r) => [r.target, r.status, r.attempts]).sort()).toEqual(
    [
      [`robot:${wecom.id}`, 'DELIVERED', 1],
      [`robot:${ding.id}`, 'DELIVERED', 1],
      [`robot:${feishu.id}`, 'DELIVERED', 1],
    ].sort(),
  );
  const byPath = (p: string) => received.filter((r) => r.path.startsWith(p));
  expect(byPath('/wecom')).toHaveLength(1);
  expect(byPath('/wecom')[0]!.body.markdown.content).toContain('新直播安排：红枣专场');
  expect(byPath('/dingtalk')[0]!.body.markdown.title).toBe('新直播安排：红枣专场');
  expect(byPath('/feishu')[0]!.body.content.post.zh_cn.title).toBe('新直播安排：红枣专场');
  // The same event recorded again (a retried transaction) posts nothing more.
  expect(
    await api.db.prisma.notificationDelivery.count({ where: { eventKey: `session:${sessionId}:scheduled` } }),
  ).toBe(3);

  // A wrong secret is a refusal by the platform (HTTP 200 with an error code), not a success.
  await admin.ok(SAVE, {
    i: { id: ding.id, name: '钉钉群', platform: 'DINGTALK', teamId: team.id, secret: 'SECwrong' },
  });
  const again = await schedule();
  const bad = await deliveries(
    again,
    (r) => r.some((d) => d.target === `robot:${ding.id}` && d.status === 'FAILED'),
    60_000,
  );
  expect(bad.find((d) => d.target === `robot:${ding.id}`)).toMatchObject({
    status: 'FAILED',
    attempts: 3,
    lastError: 'DINGTALK 310000: sign not match',
  });
}, 120_000);

it('retries with backoff after the receiver fails twice, then delivers once; after the retries, a dead letter ADMIN can send again', async () => {
  const { team, schedule } = await teamWithTrainee();
  const robot = (
    await admin.ok(SAVE, {
      i: { name: '重试群', platform: 'WECOM', teamId: team.id, webhookUrl: `${base}/wecom/retry?key=wecom-key` },
    })
  ).saveNotificationChannel;
  failures.set('/wecom/retry', 2);
  received.length = 0;
  const s1 = await schedule();
  const [d1] = await deliveries(s1, (r) => r[0]?.status === 'DELIVERED', 60_000);
  expect(d1).toMatchObject({ status: 'DELIVERED', attempts: 3 });
  const hits = received.filter((r) => r.path === '/wecom/retry');
  expect(hits).toHaveLength(3);
  // Backoff: the second retry waits longer than the first (pg-boss: retryDelay × 2^n, with jitter).
  expect(hits[1]!.at - hits[0]!.at).toBeGreaterThanOrEqual(900);
  expect(hits[2]!.at - hits[1]!.at).toBeGreaterThanOrEqual(1_500);

  // Fails more often than the retries allow: a dead letter.
  failures.set('/wecom/retry', 3);
  const s2 = await schedule();
  const [d2] = await deliveries(s2, (r) => r[0]?.status === 'FAILED', 60_000);
  expect(d2).toMatchObject({ status: 'FAILED', attempts: 3, lastError: 'HTTP 500' });
  const dead = (await admin.ok(DEAD)).deadLetters.items.find((x: { id: string }) => x.id === d2!.id);
  expect(dead).toMatchObject({
    kind: 'SESSION_SCHEDULED',
    target: 'ROBOT',
    targetName: '重试群',
    status: 'FAILED',
    attempts: 3,
    lastError: 'HTTP 500',
  });
  // Only ADMIN sees or resends dead letters.
  expect(codeOf(await coordinator.request(DEAD))).toBe('FORBIDDEN');
  expect(codeOf(await coordinator.request(RETRY, { id: d2!.id }))).toBe('FORBIDDEN');
  expect(codeOf(await new GqlClient(api.url).request(RETRY, { id: d2!.id }))).toBe('UNAUTHENTICATED');
  // The receiver is back: ADMIN's retry sends it, once.
  expect((await admin.ok(RETRY, { id: d2!.id })).retryDelivery.status).toBe('PENDING');
  const [d3] = await deliveries(s2, (r) => r[0]?.status === 'DELIVERED', 30_000);
  expect(d3).toMatchObject({ status: 'DELIVERED', attempts: 4 });
  expect(codeOf(await admin.request(RETRY, { id: d2!.id }))).toBe('NOT_FOUND'); // delivered: nothing to resend
  expect(robot.id).toBeTruthy();
}, 150_000);

it('program robots get report events; webhook URLs must be https to a public address (http only to 127.0.0.1 outside production)', async () => {
  const sponsor = await createSponsor(api.db.prisma);
  const program = await createProgram(api.db.prisma, { sponsorId: sponsor.id });
  await api.signIn('SPONSOR', { sponsorId: sponsor.id });
  const robot = (
    await admin.ok(SAVE, {
      i: {
        name: '项目群',
        platform: 'FEISHU',
        programId: program.id,
        webhookUrl: `${base}/feishu/program`,
        secret: SECRET,
        kinds: ['REPORT_SUBMITTED'],
      },
    })
  ).saveNotificationChannel;
  const draft = (
    await coordinator.ok(
      graphql(`
        mutation NotificationWebhooksPrepareReport($i: PrepareReportInput!) {
          prepareReport(input: $i) {
            id
            version
          }
        }
      `),
      {
        i: { programId: program.id, period: '2026-10' },
      },
    )
  ).prepareReport;
  received.length = 0;
  await coordinator.ok(
    graphql(`
      mutation NotificationWebhooksSubmitReport($i: SubmitReportInput!) {
        submitReport(input: $i) {
          id
        }
      }
    `),
    {
      i: { reportId: draft.id, version: draft.version },
    },
  );
  const deadline = Date.now() + 30_000;
  while (!received.some((r) => r.path === '/feishu/program') && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 200));
  const hit = received.find((r) => r.path === '/feishu/program')!;
  expect(hit.body.content.post.zh_cn.title).toMatch(/^待审阅报告：/);
  expect(robot.kinds).toEqual(['REPORT_SUBMITTED']);

  const bad = (url: string) =>
    admin.request(SAVE, { i: { name: '坏的', platform: 'WECOM', programId: program.id, webhookUrl: url } });
  for (const url of [
    'http://example.com/hook',
    'https://10.0.0.5/hook',
    'https://169.254.169.254/latest',
    'https://[::1]/x',
    'https://[::ffff:7f00:1]/x',
    'https://192.168.1.1/x',
    'ftp://x.example/y',
    'https://example.com/hook',
    'https://qyapi.weixin.qq.com:8443/x',
    'http://localhost:9/x',
  ]) {
    expect([url, codeOf(await bad(url))]).toEqual([url, 'BAD_USER_INPUT']);
  }
  // A kind that never goes to a program's group is refused.
  expect(
    codeOf(
      await admin.request(SAVE, {
        i: {
          name: '坏的',
          platform: 'WECOM',
          programId: program.id,
          webhookUrl: `${base}/x`,
          kinds: ['SESSION_SCHEDULED'],
        },
      }),
    ),
  ).toBe('BAD_USER_INPUT');
  // Only ADMIN manages robots.
  expect(codeOf(await coordinator.request(CHANNELS))).toBe('FORBIDDEN');
  expect(
    codeOf(
      await coordinator.request(SAVE, {
        i: { name: '群', platform: 'WECOM', programId: program.id, webhookUrl: `${base}/x` },
      }),
    ),
  ).toBe('FORBIDDEN');
}, 60_000);

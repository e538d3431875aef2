import http from 'node:http';

import { NotificationsService } from '@grassroots/api/modules/notifications/notifications.service';

import { useApi } from '../support/api';
import { cohortWithTrainees } from '../support/world';

/**
 * GRASSROOTS_SMS_DRIVER=aliyun: a trainee's text goes to Aliyun SMS SendSms over real HTTP — here a local endpoint
 * standing in for dysmsapi.aliyuncs.com, answering as Aliyun does (`{"Code":"OK",…}` or an isv.* refusal). The
 * signature itself is checked against Aliyun's own SDK in sms.spec.ts; this checks what the app sends and what it does
 * with the answer: delivered on "OK", retried and then a failed delivery naming Aliyun's code otherwise.
 */
process.env.GRASSROOTS_NOTIFY_RETRY_LIMIT = '1';
process.env.GRASSROOTS_NOTIFY_RETRY_DELAY_SECONDS = '1';
const HOUR = 3_600_000;
const LIMITED = '13900009999';
const REFUSED = '13900008888';

interface Received {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
}
const received: Received[] = [];
let endpoint: http.Server;
const saved = { ...process.env };

beforeAll(async () => {
  endpoint = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://127.0.0.1');
      received.push({ method: req.method!, path: url.pathname, query: url.searchParams, headers: req.headers, body });
      const phone = url.searchParams.get('PhoneNumbers');
      // Aliyun's refusals may echo the number; the app must not keep it as given.
      const answer =
        phone === LIMITED
          ? { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: `触发天级流控Permits:10\n${phone}`, RequestId: 'REQ-LIMIT' }
          : phone === REFUSED
            ? { Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: `非法手机号 ${phone}`, RequestId: 'REQ-ILLEGAL' }
            : { Code: 'OK', Message: 'OK', BizId: '900619746936498440^0', RequestId: 'REQ-OK' };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((r) => endpoint.listen(0, '127.0.0.1', r));
});
// Started after the endpoint above listens (its port is a setting); closed before it stops.
const api = useApi(() => ({
  env: {
    GRASSROOTS_SMS_DRIVER: 'aliyun',
    GRASSROOTS_SMS_ACCESS_KEY_ID: 'LTAI5tTestAccessKeyId',
    GRASSROOTS_SMS_ACCESS_KEY_SECRET: 'TestAccessKeySecret0123456789',
    GRASSROOTS_SMS_ENDPOINT: `http://127.0.0.1:${(endpoint.address() as { port: number }).port}/`,
    GRASSROOTS_SMS_SIGN_NAME: '草根直播',
    GRASSROOTS_SMS_TEMPLATE_CODE: 'SMS_480000001',
  },
}));
afterAll(() => {
  endpoint.close();
  process.env = { ...saved };
});

async function textTo(phone: string, title: string) {
  const { trainees } = await cohortWithTrainees(api.db, 1, { trainee: () => ({ phone }) });
  const user = await api.signIn('TRAINEE', { traineeId: trainees[0].id });
  const key = `sms-aliyun:${phone}:${Date.now()}`;
  // 10:00 in China: not quiet hours, so the text goes out at once.
  const now = new Date(Date.now() - (Date.now() % (24 * HOUR)) + 2 * HOUR);
  await api.app.get(NotificationsService).recordNow(
    [
      {
        kind: 'ASSIGNMENT_DUE_24H',
        key,
        params: { title, dueAt: new Date(now.getTime() + 20 * HOUR).toISOString(), trainee: '—' },
        recipients: [user.userId],
      },
    ],
    now,
  );
  await (
    await api.db.sql()
  ).exec(`UPDATE pgboss.job SET start_after = now() WHERE name = 'notifications.deliver' AND state = 'created'`);
  return key;
}

async function delivery(key: string, done: (status: string) => boolean) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const d = await api.db.prisma.notificationDelivery.findFirstOrThrow({
      where: { notification: { eventKey: key }, channel: 'SMS' },
      select: { status: true, attempts: true, lastError: true },
    });
    if (done(d.status) || Date.now() > deadline) return d;
    await new Promise((r) => setTimeout(r, 250));
  }
}

it('sends SendSms, signed, with the template and its variables cut to Aliyun’s limit; "OK" is delivered', async () => {
  const title = '直播脚本：红枣专场的开场三分钟与产地故事讲法（第二版，含福利品与憋单节奏安排）';
  const key = await textTo('13900001111', title);
  expect(await delivery(key, (s) => s === 'DELIVERED')).toMatchObject({ status: 'DELIVERED', attempts: 1 });
  const sent = received.filter((r) => r.query.get('PhoneNumbers') === '13900001111');
  expect(sent).toHaveLength(1);
  const r = sent[0]!;
  expect([r.method, r.path, r.body]).toEqual(['POST', '/', '']);
  expect(r.query.get('SignName')).toBe('草根直播');
  expect(r.query.get('TemplateCode')).toBe('SMS_480000001');
  // OutId traces the text to its delivery (Aliyun echoes it in its receipts).
  const row = await api.db.prisma.notificationDelivery.findFirstOrThrow({
    where: { notification: { eventKey: key }, channel: 'SMS' },
    select: { id: true },
  });
  expect(r.query.get('OutId')).toBe(row.id);
  const vars = JSON.parse(r.query.get('TemplateParam')!) as { title: string; body: string };
  expect(Object.keys(vars)).toEqual(['title', 'body']);
  for (const v of Object.values(vars)) expect([...v].length).toBeLessThanOrEqual(35);
  expect(vars.title).toMatch(/…$/); // the assignment's long title, cut
  expect(r.headers).toMatchObject({
    'x-acs-action': 'SendSms',
    'x-acs-version': '2017-05-25',
    'x-acs-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  });
  expect(r.headers['x-acs-date']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  expect(r.headers['x-acs-signature-nonce']).toMatch(/^[0-9a-f]{32}$/);
  expect(r.headers.authorization).toMatch(
    /^ACS3-HMAC-SHA256 Credential=LTAI5tTestAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=[0-9a-f]{64}$/,
  );
  // The secret never travels.
  expect(JSON.stringify(r)).not.toContain('TestAccessKeySecret');
}, 90_000);

it('retries a refusal, then keeps it as a failed delivery with Aliyun’s code and its message, number masked', async () => {
  const key = await textTo(LIMITED, '作业提醒');
  const d = await delivery(key, (s) => s === 'FAILED');
  expect(d).toMatchObject({ status: 'FAILED', attempts: 2 });
  expect(d.lastError).toBe(
    'Aliyun SMS refused: isv.BUSINESS_LIMIT_CONTROL 触发天级流控Permits:10 139****99 (request REQ-LIMIT)',
  );
  expect(received.filter((r) => r.query.get('PhoneNumbers') === LIMITED)).toHaveLength(2);
}, 90_000);

it('does not retry a refusal that sending again cannot change (a number Aliyun will not text)', async () => {
  const key = await textTo(REFUSED, '作业提醒');
  const d = await delivery(key, (s) => s === 'FAILED');
  expect(d).toMatchObject({ status: 'FAILED', attempts: 1 });
  expect(d.lastError).toBe('Aliyun SMS refused: isv.MOBILE_NUMBER_ILLEGAL 非法手机号 139****88 (request REQ-ILLEGAL)');
  await new Promise((r) => setTimeout(r, 2_500)); // longer than the retry delay: no second attempt comes
  expect(received.filter((r) => r.query.get('PhoneNumbers') === REFUSED)).toHaveLength(1);
}, 90_000);

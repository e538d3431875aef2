import net from 'node:net';

import { AliyunSmsProvider, createSmsProvider, signAliyunRequest, smsTemplateParam } from './sms';

describe('Aliyun SMS', () => {
  it('signs SendSms exactly as Aliyun’s own SDK does (ACS3-HMAC-SHA256)', () => {
    const headers = signAliyunRequest({
      method: 'POST',
      host: 'dysmsapi.aliyuncs.com',
      action: 'SendSms',
      version: '2017-05-25',
      query: {
        PhoneNumbers: '13900001111',
        SignName: '草根直播',
        TemplateCode: 'SMS_123456789',
        TemplateParam: JSON.stringify({ title: '新直播安排', body: '阿依古丽·买买提，11-27 20:00 开播（DOUYIN）。' }),
      },
      body: '',
      accessKeyId: 'LTAI5tTestAccessKeyId',
      accessKeySecret: 'TestAccessKeySecret0123456789',
      date: new Date('2026-11-30T10:30:00.000Z'),
      nonce: '3156853299f313e23d1673dc12e1703d',
    });
    // Computed for the same request by @alicloud/openapi-util 0.3.3 `getAuthorization` (Aliyun's TypeScript SDK core),
    // which is not a dependency of this project: a change in our canonical request breaks this.
    expect(headers.authorization).toBe(
      'ACS3-HMAC-SHA256 Credential=LTAI5tTestAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=e8230bbaddb6704147e169a478e86bd4048afe4f411a0a9637b39c2dc83c1de4',
    );
    expect(headers).toMatchObject({
      'x-acs-date': '2026-11-30T10:30:00Z',
      'x-acs-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    });
  });

  it('cuts each template variable to the provider’s limit, counting characters', () => {
    const long = '阿依古丽·买买提的红枣专场将于明天晚上八点在抖音开播，请提前半小时到直播间调试灯光和声卡并确认库存';
    const p = JSON.parse(smsTemplateParam({ title: '新直播安排', body: long }, 35)) as { title: string; body: string };
    expect(p.title).toBe('新直播安排');
    expect([...p.body]).toHaveLength(35);
    expect(p.body.endsWith('…')).toBe(true);
    expect(long.startsWith(p.body.slice(0, -1))).toBe(true);
    // A character outside the BMP is not split in half.
    expect(JSON.parse(smsTemplateParam({ title: '😀'.repeat(40), body: 'x' }, 35)).title).toBe(`${'😀'.repeat(34)}…`);
  });

  it('refuses to start the Aliyun driver without credentials, or towards plain http outside loopback', () => {
    expect(() => createSmsProvider({ GRASSROOTS_SMS_DRIVER: 'aliyun' })).toThrow(/GRASSROOTS_SMS_ACCESS_KEY_ID/);
    const creds = {
      GRASSROOTS_SMS_DRIVER: 'aliyun',
      GRASSROOTS_SMS_ACCESS_KEY_ID: 'id',
      GRASSROOTS_SMS_ACCESS_KEY_SECRET: 'secret',
    };
    expect(() => createSmsProvider({ ...creds, GRASSROOTS_SMS_ENDPOINT: 'http://sms.example.com/' })).toThrow(
      /must be https/,
    );
    for (const endpoint of ['https://user:pw@dysmsapi.aliyuncs.com/', 'https://h.example/x', 'https://h.example/?a=1'])
      expect(() => createSmsProvider({ ...creds, GRASSROOTS_SMS_ENDPOINT: endpoint })).toThrow(/just https:\/\/<host>/);
    expect(() => createSmsProvider({ ...creds, GRASSROOTS_NOTIFY_TIMEOUT_MS: 'soon' })).toThrow(/whole number/);
    expect(() => createSmsProvider({ ...creds, GRASSROOTS_SMS_PARAM_MAX_CHARS: '1' })).toThrow(/at least 2/);
    expect(createSmsProvider(creds).name).toBe('aliyun');
    expect(() => createSmsProvider({ GRASSROOTS_SMS_DRIVER: 'twilio' })).toThrow(/"log" or "aliyun"/);
  });

  it('says an unreachable endpoint without quoting the URL (it carries the number and the text)', async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise((r) => closed.close(r)); // nothing listens there now
    const endpoint = `http://127.0.0.1:${port}/`;
    const sms = new AliyunSmsProvider({ accessKeyId: 'id', accessKeySecret: 'secret', endpoint });
    const sent = sms.send({ PhoneNumbers: '13900001111', SignName: 's', TemplateCode: 't', TemplateParam: '{}' });
    await expect(sent).rejects.toThrow('Aliyun SMS unreachable: ECONNREFUSED');
  });
});

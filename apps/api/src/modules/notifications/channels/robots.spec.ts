import { createHmac } from 'node:crypto';

import {
  checkWebhookUrl,
  dingtalkSign,
  feishuSign,
  isPrivateAddress,
  maskWebhook,
  robotAccepted,
  robotRequest,
} from './robots';

describe('group robots', () => {
  const m = { title: '新直播安排：红枣专场', body: '11-27 20:00 开播', link: null };

  it('signs DingTalk in the query (ms timestamp + "\\n" + secret, keyed with the secret) and Feishu in the body', () => {
    const d = robotRequest(
      'DINGTALK',
      'https://oapi.dingtalk.com/robot/send?access_token=t',
      'SECx',
      m,
      1_700_000_000_123,
    );
    const sign = createHmac('sha256', 'SECx').update('1700000000123\nSECx').digest('base64');
    expect(d.url).toBe(
      `https://oapi.dingtalk.com/robot/send?access_token=t&timestamp=1700000000123&sign=${encodeURIComponent(sign)}`,
    );
    expect(d.body).toEqual({ msgtype: 'markdown', markdown: { title: m.title, text: `#### ${m.title}\n\n${m.body}` } });
    const f = robotRequest('FEISHU', 'https://open.feishu.cn/open-apis/bot/v2/hook/x', 'sec', m, 1_700_000_000_999);
    expect(f.body).toMatchObject({
      timestamp: '1700000000',
      sign: createHmac('sha256', '1700000000\nsec').update('').digest('base64'),
      msg_type: 'post',
    });
    expect(dingtalkSign(1, 's')).not.toBe(feishuSign('1', 's'));
    expect(robotRequest('WECOM', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', null, m).body).toEqual({
      msgtype: 'markdown',
      markdown: { content: `**${m.title}**\n${m.body}` },
    });
  });

  it('escapes what people wrote so it cannot add links, headings or coloured text to a group message', () => {
    const hostile = {
      title: '周报\n# 紧急',
      body: '**点此** [领奖](https://evil.example) <font color="warning">退款</font>\n# 标题\n11-27 20:00 ¥3.50',
      link: null,
    };
    const w = robotRequest('WECOM', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', null, hostile).body as {
      markdown: { content: string };
    };
    expect(w.markdown.content).toBe(
      '**周报 # 紧急**\n\\*\\*点此\\*\\* \\[领奖\\](https://evil.example) &lt;font color="warning"&gt;退款&lt;/font&gt;\n\\# 标题\n11-27 20:00 ¥3.50',
    );
    const d = robotRequest('DINGTALK', 'https://oapi.dingtalk.com/robot/send?access_token=t', null, hostile).body as {
      markdown: { title: string; text: string };
    };
    expect(d.markdown.title).toBe('周报 # 紧急');
    expect(d.markdown.text.startsWith('#### 周报 # 紧急\n\n\\*\\*点此')).toBe(true);
  });

  it('reads the platforms’ refusals in an HTTP 200', () => {
    expect(robotAccepted('DINGTALK', 200, { errcode: 310000, errmsg: 'sign not match' })).toBe(
      'DINGTALK 310000: sign not match',
    );
    expect(robotAccepted('FEISHU', 200, { code: 19021, msg: 'sign match fail' })).toBe('Feishu 19021: sign match fail');
    expect(robotAccepted('WECOM', 200, { errcode: 0 })).toBeNull();
    expect(robotAccepted('WECOM', 502, null)).toBe('HTTP 502');
  });

  it('posts only to the platform’s own webhook host over https (a local receiver only when the tests ask for it)', () => {
    for (const ip of [
      '10.1.2.3',
      '127.0.0.1',
      '169.254.169.254',
      '172.20.0.1',
      '192.168.0.9',
      '100.64.1.1',
      '::1',
      'fd00::1',
      '::ffff:10.0.0.1',
    ])
      expect([ip, isPrivateAddress(ip)]).toEqual([ip, true]);
    for (const ip of ['8.8.8.8', '203.119.128.1', '2408:4000::1'])
      expect([ip, isPrivateAddress(ip)]).toEqual([ip, false]);
    expect(checkWebhookUrl('https://oapi.dingtalk.com/robot/send?access_token=x', 'DINGTALK').hostname).toBe(
      'oapi.dingtalk.com',
    );
    expect(checkWebhookUrl('https://open.feishu.cn/open-apis/bot/v2/hook/x', 'FEISHU').hostname).toBe('open.feishu.cn');
    for (const [url, platform] of [
      ['http://oapi.dingtalk.com/robot/send', 'DINGTALK'],
      ['https://oapi.dingtalk.com:8443/robot/send', 'DINGTALK'],
      ['https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x', 'DINGTALK'],
      ['https://10.0.0.1/x', 'WECOM'],
      ['https://[::ffff:7f00:1]/x', 'WECOM'],
      ['https://[::ffff:a9fe:a9fe]/latest', 'FEISHU'],
      ['https://evil.example/qyapi.weixin.qq.com', 'WECOM'],
      ['https://user:pw@qyapi.weixin.qq.com/x', 'WECOM'],
      ['http://127.0.0.1:8080/x', 'WECOM'],
    ] as const)
      expect(() => checkWebhookUrl(url, platform)).toThrow();
    process.env.GRASSROOTS_ROBOT_TEST_RECEIVER = '1';
    try {
      expect(checkWebhookUrl('http://127.0.0.1:8080/x', 'WECOM').port).toBe('8080');
    } finally {
      delete process.env.GRASSROOTS_ROBOT_TEST_RECEIVER;
    }
    expect(maskWebhook('https://oapi.dingtalk.com/robot/send?access_token=abcd1234')).toBe(
      'https://oapi.dingtalk.com/…1234',
    );
  });
});

import { createHmac } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

import { DomainError, msg, type RobotPlatform } from '@grassroots/domain';

/**
 * Group robots: the message each platform expects and how it is signed. From the platforms' documentation (as found
 * and cross-checked, 2026-11):
 * - WeCom (企业微信) group robot: POST {"msgtype":"markdown","markdown":{"content":…}} to
 *   https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…; no signature, the key in the URL is the credential.
 * - DingTalk (钉钉) custom robot (open.dingtalk.com "custom robot access" / robot-message-type): POST
 *   {"msgtype":"markdown","markdown":{"title":…,"text":…}} to https://oapi.dingtalk.com/robot/send?access_token=…;
 *   with 加签: string to sign = timestamp (ms) + "\n" + secret, HmacSHA256 keyed with the secret, Base64, then
 *   URL-encoded, appended as &timestamp=…&sign=….
 * - Feishu (飞书) custom bot (open.feishu.cn bot v2 hook): POST {"timestamp":"<seconds>","sign":…,"msg_type":"post",
 *   "content":{"post":{"zh_cn":{"title":…,"content":[[{"tag":"text","text":…}]]}}}}; sign = Base64(HmacSHA256 with
 *   key = timestamp + "\n" + secret over an empty message); the timestamp must be within an hour of Feishu's clock.
 */
export interface RobotMessage {
  title: string;
  body: string;
  /** An absolute link to the record in the admin, when the app knows its public URL. */
  link?: string | null;
}

export interface RobotRequest {
  url: string;
  body: Record<string, unknown>;
}

/**
 * Text people wrote (a sponsor's return comment, a session title, a trainee's name) goes into WeCom's and DingTalk's
 * markdown as text: the characters that make emphasis, links, code or headings are backslash-escaped, angle brackets
 * become entities (WeCom reads `<font>` tags) and a title stays on one line, so nobody can add a link, a heading or a
 * coloured warning to a group's message. Ordinary punctuation (dates, prices) is left alone so it reads as written.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(\s*)([#+=-]|\d+\.)/gm, (_, space: string, mark: string) => `${space}\\${mark}`);
}
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ');

export function robotRequest(
  platform: RobotPlatform,
  webhookUrl: string,
  secret: string | null,
  m: RobotMessage,
  now = Date.now(),
): RobotRequest {
  const title = escapeMarkdown(oneLine(m.title));
  const body = escapeMarkdown(m.body);
  // The link is the app's own address of the record, not user text.
  const text = m.link ? `${body}\n\n[${m.link}](${m.link})` : body;
  switch (platform) {
    case 'WECOM':
      return { url: webhookUrl, body: { msgtype: 'markdown', markdown: { content: `**${title}**\n${text}` } } };
    case 'DINGTALK': {
      const body = { msgtype: 'markdown', markdown: { title: oneLine(m.title), text: `#### ${title}\n\n${text}` } };
      if (!secret) return { url: webhookUrl, body };
      return {
        url: `${webhookUrl}${webhookUrl.includes('?') ? '&' : '?'}timestamp=${now}&sign=${encodeURIComponent(dingtalkSign(now, secret))}`,
        body,
      };
    }
    case 'FEISHU': {
      const line = [{ tag: 'text', text: m.body }, ...(m.link ? [{ tag: 'a', text: m.link, href: m.link }] : [])];
      const content = { post: { zh_cn: { title: m.title, content: [line] } } };
      if (!secret) return { url: webhookUrl, body: { msg_type: 'post', content } };
      const timestamp = String(Math.floor(now / 1000));
      return { url: webhookUrl, body: { timestamp, sign: feishuSign(timestamp, secret), msg_type: 'post', content } };
    }
  }
}

export const dingtalkSign = (timestampMs: number, secret: string): string =>
  createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
export const feishuSign = (timestampS: string, secret: string): string =>
  createHmac('sha256', `${timestampS}\n${secret}`).update('').digest('base64');

/** The platforms answer HTTP 200 with an error code in the body when they refuse a message. */
export function robotAccepted(platform: RobotPlatform, status: number, json: unknown): string | null {
  if (status < 200 || status >= 300) return `HTTP ${status}`;
  const j = (json ?? {}) as { errcode?: number; errmsg?: string; code?: number; msg?: string; StatusCode?: number };
  if (platform === 'FEISHU') {
    const code = j.code ?? j.StatusCode ?? 0;
    return code === 0 ? null : `Feishu ${code}: ${j.msg ?? ''}`.trim();
  }
  return (j.errcode ?? 0) === 0 ? null : `${platform} ${j.errcode}: ${j.errmsg ?? ''}`.trim();
}

// ---- where a webhook may point (SSRF) ----

const PRIVATE_V4 = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const;
const v4 = (ip: string) => ip.split('.').reduce((n, p) => (n << 8) + Number(p), 0) >>> 0;

/** Loopback, private, link-local, CGNAT, multicast and reserved addresses (v4, v6 and v4-mapped v6). */
export function isPrivateAddress(ip: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return isPrivateAddress(mapped[1]);
  if (isIP(ip) === 4) return PRIVATE_V4.some(([net, bits]) => v4(ip) >>> (32 - bits) === v4(net) >>> (32 - bits));
  const s = ip.toLowerCase();
  return (
    s === '::' ||
    s === '::1' ||
    s.startsWith('fc') ||
    s.startsWith('fd') ||
    s.startsWith('fe8') ||
    s.startsWith('fe9') ||
    s.startsWith('fea') ||
    s.startsWith('feb') ||
    s.startsWith('ff')
  );
}

/**
 * The hosts each platform's group robots post to (their documented webhook addresses), on the https port: a webhook
 * can point nowhere else, whatever the address checks below would allow (SSRF).
 */
export const ROBOT_HOSTS: Record<RobotPlatform, readonly string[]> = {
  WECOM: ['qyapi.weixin.qq.com'],
  DINGTALK: ['oapi.dingtalk.com'],
  FEISHU: ['open.feishu.cn', 'open.larksuite.com'],
};

/** A local receiver (the tests'): only with GRASSROOTS_ROBOT_TEST_RECEIVER=1, never by default. */
const testReceiver = (u: URL) =>
  process.env.GRASSROOTS_ROBOT_TEST_RECEIVER === '1' && u.protocol === 'http:' && u.hostname === '127.0.0.1';

/**
 * Whether the app may post to `raw` for `platform`: https, on the platform's own webhook host and port 443, no
 * credentials in the URL; at send time its address must also be public (checked after DNS).
 */
export function checkWebhookUrl(raw: string, platform: RobotPlatform): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw DomainError.field('webhookUrl', msg('notifications.webhookUrlRequired'));
  }
  if (testReceiver(u)) return u;
  if (u.protocol !== 'https:') throw DomainError.field('webhookUrl', msg('notifications.webhookNotHttps'));
  if (u.username || u.password) throw DomainError.field('webhookUrl', msg('notifications.credentialsInUrl'));
  if (!ROBOT_HOSTS[platform].includes(u.hostname.toLowerCase()) || (u.port !== '' && u.port !== '443')) {
    throw DomainError.field('webhookUrl', msg('notifications.webhookWrongHost', { host: ROBOT_HOSTS[platform][0] }));
  }
  return u;
}

/** At send time: the URL's host must still resolve only to public addresses. */
export async function assertPublicTarget(u: URL): Promise<void> {
  if (testReceiver(u)) return;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  if (addresses.length === 0 || addresses.some(isPrivateAddress))
    throw new Error(`refused: ${host} resolves to a private address`);
}

/** What the admin shows instead of a stored URL: scheme, host and the last four characters. */
export function maskWebhook(raw: string): string {
  const u = new URL(raw);
  return `${u.protocol}//${u.host}/…${raw.slice(-4)}`;
}

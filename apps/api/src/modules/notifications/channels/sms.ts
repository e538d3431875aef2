import { createHash, createHmac, randomBytes } from 'node:crypto';

import { Logger } from '@nestjs/common';

/**
 * One text message, in the shape of Aliyun SMS SendSms (dysmsapi 2017-05-25): PhoneNumbers, SignName, TemplateCode
 * and TemplateParam (a JSON object of the template's variables). `GRASSROOTS_SMS_DRIVER=aliyun` posts it to Aliyun
 * SMS; the default driver, `log`, only logs it (the delivery is still recorded, so the dead-letter view and the tests
 * see it).
 */
export interface SendSmsRequest {
  PhoneNumbers: string;
  SignName: string;
  TemplateCode: string;
  TemplateParam: string;
  /** Our delivery's id, echoed in Aliyun's receipts and console: one text traced to one delivery. */
  OutId?: string;
}

/**
 * A refusal that sending again cannot change (a number Aliyun will not text, a template or sign it rejects): the
 * delivery fails at once instead of being retried.
 */
export class PermanentSmsError extends Error {}

export interface SmsProvider {
  readonly name: string;
  send(req: SendSmsRequest): Promise<void>;
}

/** GRASSROOTS_SMS_DRIVER=log (the default): writes the request to the log, phone number masked. */
export class LogSmsProvider implements SmsProvider {
  readonly name = 'log';
  readonly sent: SendSmsRequest[] = [];
  private readonly logger = new Logger('Sms');
  async send(req: SendSmsRequest): Promise<void> {
    this.sent.push(req);
    this.logger.log(
      `SMS (log only) to ${req.PhoneNumbers.replace(/^(\d{3})\d{4}/, '$1****')} ${req.TemplateCode} ${req.TemplateParam}`,
    );
  }
}

/** The configured SMS settings: sign name and one template (title + body as its variables). */
export function smsConfig(env: NodeJS.ProcessEnv = process.env) {
  return {
    driver: env.GRASSROOTS_SMS_DRIVER ?? 'log',
    signName: env.GRASSROOTS_SMS_SIGN_NAME ?? '草根直播',
    templateCode: env.GRASSROOTS_SMS_TEMPLATE_CODE ?? 'SMS_GRASSROOTS_NOTICE',
    /** Aliyun caps each variable of a notification template (35 characters for free text, by its rules). */
    maxParamChars: wholeNumber(env, 'GRASSROOTS_SMS_PARAM_MAX_CHARS', 35, 2),
  };
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`${name} must be a whole number of at least ${min}, not "${raw}"`);
  return n;
}

/**
 * The template's variables for one notification: its title and body, each cut to the provider's limit with an ellipsis
 * (a text is a nudge; the whole message is in the inbox). Counted in characters, not UTF-16 units.
 */
export function smsTemplateParam(text: { title: string; body: string }, max = smsConfig().maxParamChars): string {
  const cut = (s: string) => {
    const chars = [...s];
    return chars.length <= max ? s : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
  };
  return JSON.stringify({ title: cut(text.title), body: cut(text.body) });
}

/** What the Aliyun driver needs besides the message: credentials, endpoint and how long to wait. */
export interface AliyunSmsOptions {
  accessKeyId: string;
  accessKeySecret: string;
  /** Default https://dysmsapi.aliyuncs.com (plain http only to a loopback address outside production). */
  endpoint?: string;
  timeoutMs?: number;
  /** For signatures that must be reproducible (tests). */
  now?: () => Date;
  nonce?: () => string;
}

const ACS3 = 'ACS3-HMAC-SHA256';
const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
/** RFC 3986 percent-encoding, as Aliyun's canonical query string wants it (encodeURIComponent leaves !'()* alone). */
const rfc3986 = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Signs an Aliyun OpenAPI request with the V3 signature (ACS3-HMAC-SHA256): the canonical request (method, path,
 * sorted query, the host/x-acs-* headers, the body's SHA-256) hashed, then HMAC-SHA256 with the AccessKey secret.
 * Returns every header to send, Authorization included. Checked against Aliyun's own implementation
 * (@alicloud/openapi-util getAuthorization) in sms.spec.ts.
 */
export function signAliyunRequest(opts: {
  method: 'GET' | 'POST';
  host: string;
  action: string;
  version: string;
  query: Record<string, string>;
  body: string;
  accessKeyId: string;
  accessKeySecret: string;
  date: Date;
  nonce: string;
}): Record<string, string> {
  const headers: Record<string, string> = {
    host: opts.host,
    'x-acs-action': opts.action,
    'x-acs-content-sha256': sha256Hex(opts.body),
    'x-acs-date': opts.date.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'x-acs-signature-nonce': opts.nonce,
    'x-acs-version': opts.version,
  };
  const signed = Object.keys(headers).sort();
  const canonical = [
    opts.method,
    '/',
    Object.keys(opts.query)
      .sort()
      .map((k) => `${rfc3986(k)}=${rfc3986(opts.query[k])}`)
      .join('&'),
    signed.map((k) => `${k}:${headers[k].trim()}\n`).join(''),
    signed.join(';'),
    headers['x-acs-content-sha256'],
  ].join('\n');
  const signature = createHmac('sha256', opts.accessKeySecret)
    .update(`${ACS3}\n${sha256Hex(canonical)}`)
    .digest('hex');
  return {
    ...headers,
    authorization: `${ACS3} Credential=${opts.accessKeyId},SignedHeaders=${signed.join(';')},Signature=${signature}`,
  };
}

/**
 * GRASSROOTS_SMS_DRIVER=aliyun: Aliyun SMS SendSms (dysmsapi 2017-05-25) over HTTPS with the V3 signature, the message
 * in the query and an empty body. A refusal (HTTP error, or `Code` other than "OK", e.g. isv.BUSINESS_LIMIT_CONTROL)
 * is thrown with Aliyun's code and message, so the delivery is retried and then shown among the failed deliveries.
 * No redirects are followed; the request times out after `timeoutMs`.
 */
export class AliyunSmsProvider implements SmsProvider {
  readonly name = 'aliyun';
  private readonly endpoint: URL;
  constructor(private readonly opts: AliyunSmsOptions) {
    this.endpoint = new URL(opts.endpoint ?? 'https://dysmsapi.aliyuncs.com/');
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(this.endpoint.hostname);
    if (
      this.endpoint.protocol !== 'https:' &&
      !(this.endpoint.protocol === 'http:' && loopback && process.env.NODE_ENV !== 'production')
    )
      throw new Error(
        `GRASSROOTS_SMS_ENDPOINT must be https:// (got ${this.endpoint.protocol}//${this.endpoint.host})`,
      );
    // Only a host (and port): the message goes in the query, so nothing else may be in the URL — a user or password
    // there would also end up in fetch's error, with the number and the text (security review).
    if (
      this.endpoint.username ||
      this.endpoint.password ||
      this.endpoint.search ||
      this.endpoint.hash ||
      this.endpoint.pathname !== '/'
    )
      throw new Error('GRASSROOTS_SMS_ENDPOINT must be just https://<host>[:port]/ (no user, password, path or query)');
  }

  async send(req: SendSmsRequest): Promise<void> {
    // Only the parameters that are set (OutId is optional): the same ones signed and sent.
    const query = Object.fromEntries(Object.entries(req).filter(([, v]) => v !== undefined)) as Record<string, string>;
    const headers = signAliyunRequest({
      method: 'POST',
      host: this.endpoint.host,
      action: 'SendSms',
      version: '2017-05-25',
      query,
      body: '',
      accessKeyId: this.opts.accessKeyId,
      accessKeySecret: this.opts.accessKeySecret,
      date: this.opts.now?.() ?? new Date(),
      nonce: this.opts.nonce?.() ?? randomBytes(16).toString('hex'),
    });
    const url = new URL(this.endpoint);
    url.pathname = '/';
    url.search = Object.keys(query)
      .sort()
      .map((k) => `${rfc3986(k)}=${rfc3986(query[k])}`)
      .join('&');
    const { host: _host, ...sent } = headers; // fetch sets Host itself, to the same value
    let res: Response;
    let json: { Code?: unknown; Message?: unknown; RequestId?: unknown } | null;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: sent,
        redirect: 'error',
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 5_000),
      });
      json = (await res.json().catch(() => null)) as typeof json;
    } catch (e) {
      // Never fetch's own message: it may quote the URL, and with it the number and the text.
      const err = e as Error & { cause?: { code?: string } };
      throw new Error(
        `Aliyun SMS unreachable: ${err.name === 'TimeoutError' ? 'timed out' : (err.cause?.code ?? err.name)}`,
      );
    }
    if (res.ok && json?.Code === 'OK') return;
    const code = typeof json?.Code === 'string' ? clean(json.Code, 60) : `HTTP ${res.status}`;
    const message = typeof json?.Message === 'string' ? ` ${clean(json.Message, 120)}` : '';
    const request = typeof json?.RequestId === 'string' ? ` (request ${clean(json.RequestId, 60)})` : '';
    const refusal = `Aliyun SMS refused: ${code}${message}${request}`;
    throw PERMANENT.has(code) ? new PermanentSmsError(refusal) : new Error(refusal);
  }
}

/**
 * Aliyun's codes that sending the same text again cannot fix (the number, the sign, the template or its variables are
 * wrong). Rate limits (isv.BUSINESS_LIMIT_CONTROL), an empty balance (isv.AMOUNT_NOT_ENOUGH) and outages are retried.
 */
const PERMANENT = new Set([
  'isv.MOBILE_NUMBER_ILLEGAL',
  'isv.MOBILE_COUNT_OVER_LIMIT',
  'isv.SMS_SIGNATURE_ILLEGAL',
  'isv.SMS_TEMPLATE_ILLEGAL',
  'isv.TEMPLATE_MISSING_PARAMETERS',
  'isv.INVALID_JSON_PARAM',
  'isv.PARAM_LENGTH_LIMIT',
  'isv.BLACK_KEY_CONTROL_LIMIT',
  'isv.DENY_IP_RANGE',
]);

/**
 * Text from Aliyun's answer as it is kept (shown to ADMIN among failed deliveries, and logged): one line, no control
 * characters, any run of seven or more digits masked (a number it might echo), at most `max` characters.
 */
function clean(text: string, max: number): string {
  const line = text
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\d{7,}/g, (d) => `${d.slice(0, 3)}****${d.slice(-2)}`)
    .trim();
  const chars = [...line];
  return chars.length <= max ? line : `${chars.slice(0, max - 1).join('')}…`;
}

/** The configured driver; refuses to start on a setting it cannot use (credentials, endpoint, numbers). */
export function createSmsProvider(env: NodeJS.ProcessEnv = process.env): SmsProvider {
  const { driver } = smsConfig(env);
  if (driver === 'log') return new LogSmsProvider();
  if (driver === 'aliyun') {
    const accessKeyId = env.GRASSROOTS_SMS_ACCESS_KEY_ID;
    const accessKeySecret = env.GRASSROOTS_SMS_ACCESS_KEY_SECRET;
    if (!accessKeyId || !accessKeySecret)
      throw new Error(
        'GRASSROOTS_SMS_DRIVER=aliyun needs GRASSROOTS_SMS_ACCESS_KEY_ID and GRASSROOTS_SMS_ACCESS_KEY_SECRET (a RAM user allowed dysmsapi:SendSms)',
      );
    return new AliyunSmsProvider({
      accessKeyId,
      accessKeySecret,
      endpoint: env.GRASSROOTS_SMS_ENDPOINT,
      timeoutMs: wholeNumber(env, 'GRASSROOTS_NOTIFY_TIMEOUT_MS', 5_000, 1),
    });
  }
  throw new Error(`GRASSROOTS_SMS_DRIVER=${driver} is not available ("log" or "aliyun")`);
}

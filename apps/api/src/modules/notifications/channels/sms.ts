import { Logger } from '@nestjs/common';

/**
 * One text message, in the shape of Aliyun SMS SendSms (dysmsapi 2017-05-25): PhoneNumbers, SignName, TemplateCode
 * and TemplateParam (a JSON object of the template's variables). A real driver posts it to the provider; the
 * default one only logs it (the delivery is still recorded, so the dead-letter view and the tests see it).
 */
export interface SendSmsRequest {
  PhoneNumbers: string;
  SignName: string;
  TemplateCode: string;
  TemplateParam: string;
}

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
export function smsConfig() {
  return {
    driver: process.env.GRASSROOTS_SMS_DRIVER ?? 'log',
    signName: process.env.GRASSROOTS_SMS_SIGN_NAME ?? '草根直播',
    templateCode: process.env.GRASSROOTS_SMS_TEMPLATE_CODE ?? 'SMS_GRASSROOTS_NOTICE',
  };
}

export function createSmsProvider(): SmsProvider {
  const { driver } = smsConfig();
  if (driver === 'log') return new LogSmsProvider();
  // An Aliyun driver needs its SDK and credentials (GRASSROOTS_SMS_ACCESS_KEY_ID/_SECRET); not built yet.
  throw new Error(`GRASSROOTS_SMS_DRIVER=${driver} is not available (only "log")`);
}

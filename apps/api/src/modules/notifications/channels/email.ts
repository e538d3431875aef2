import nodemailer from 'nodemailer';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(m: EmailMessage): Promise<void>;
}

/**
 * Email through SMTP, only when GRASSROOTS_SMTP_URL is set (smtps://user:pass@smtp.example.com:465); the sender is
 * GRASSROOTS_SMTP_FROM. Without it no email deliveries are created at all.
 */
export function createMailer(): Mailer | null {
  const url = process.env.GRASSROOTS_SMTP_URL;
  if (!url) return null;
  const transport = nodemailer.createTransport(url, {
    from: process.env.GRASSROOTS_SMTP_FROM ?? 'Grassroots <no-reply@grassroots.local>',
  });
  return {
    async send(m) {
      await transport.sendMail({ to: m.to, subject: m.subject, text: m.text });
    },
  };
}

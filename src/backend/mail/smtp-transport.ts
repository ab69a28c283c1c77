// E-mail through a plain SMTP server (MailHog, Mailpit, a relay on the LAN): no auth for now.
import nodemailer from 'nodemailer';
import type { EmailTransport } from './transports.js';

export interface SmtpOptions {
  host: string;
  port: number;
}

export const MAIL_FROM = 'Cyber Security Management <ne-pas-repondre@csm.invalid>';

export function createSmtpTransport({ host, port }: SmtpOptions): EmailTransport {
  const transporter = nodemailer.createTransport({
    host,
    port,
    secure: false,
    // Short timeouts: a stuck relay must not hold the backend's shutdown for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(message) {
      await transporter.sendMail({
        from: MAIL_FROM,
        to: message.to,
        subject: message.subject,
        text: message.body,
        messageId: `<${message.id}@csm.invalid>`,
        date: new Date(message.sentAt),
      });
    },
    close: () => transporter.close(),
  };
}

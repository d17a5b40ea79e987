import "server-only";
import nodemailer from "nodemailer";

export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Stable per outbox row, so a retried send is recognised as a duplicate by receiving servers. */
  messageId: string;
}

/** Anything that can send one message; the SMTP transport in production, a fake in tests. */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
}

/** nodemailer over SMTP, from a URL such as smtp://user:pass@host:587 or smtps://…:465. */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(m) {
      await transporter.sendMail({
        from: m.from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html,
        messageId: m.messageId,
      });
    },
  };
}

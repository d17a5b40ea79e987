import "server-only";
import type { AppDb } from "@/db/client";
import { claimNextEmail, markEmailFailed, markEmailSent, storeQueuedEmails } from "@/lib/dal/internal/outbox";
import type { MailTransport } from "./transport";

export interface DeliveryOptions {
  /** null: no SMTP configured; queued mail is marked "stored" and kept in the outbox. */
  transport: MailTransport | null;
  from: string;
  /** Domain for Message-IDs (the sender's). */
  messageIdDomain: string;
  now?: () => Date;
  /** How long a claimed row is reserved before another run may retry it. */
  leaseMs?: number;
  maxAttempts?: number;
  /** Stop after this many messages in one run. */
  limit?: number;
}

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
  stored: number;
}

export const DEFAULT_LEASE_MS = 10 * 60 * 1000;
export const DEFAULT_MAX_ATTEMPTS = 8;

/** 1, 2, 4, 8 … minutes after each failed attempt, at most 6 hours. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600 * 1000);
}

export function messageIdFor(id: number, createdAt: Date, domain: string): string {
  return `<outbox-${id}-${createdAt.getTime()}@${domain}>`;
}

/**
 * Sends every e-mail that is due, one claimed row at a time. Safe to run in several processes at
 * once: a row is claimed by one atomic update, and a row whose sender died is retried after its
 * lease with the same Message-ID.
 */
export async function deliverDueEmails(db: AppDb, options: DeliveryOptions): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, stored: 0 };
  if (!options.transport) {
    report.stored = storeQueuedEmails(db);
    return report;
  }
  const now = options.now ?? (() => new Date());
  const lease = options.leaseMs ?? DEFAULT_LEASE_MS;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const limit = options.limit ?? 500;
  for (let i = 0; i < limit; i++) {
    const email = claimNextEmail(db, now(), lease);
    if (!email) break;
    try {
      await options.transport.send({
        from: options.from,
        to: email.toAddress,
        subject: email.subject,
        text: email.textBody,
        html: email.htmlBody ?? undefined,
        messageId: messageIdFor(email.id, email.createdAt, options.messageIdDomain),
      });
      markEmailSent(db, email.id, now());
      report.sent++;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const giveUp = email.attempts >= maxAttempts;
      markEmailFailed(db, email.id, message, giveUp ? null : new Date(now().getTime() + backoffMs(email.attempts)));
      if (giveUp) report.failed++;
      else report.retrying++;
    }
  }
  return report;
}

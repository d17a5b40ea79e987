// E-mail for the whole app. Small on purpose:
//
//   queueEmail(tx, { to, subject, text, html?, dedupeKey? })
//       Inserts into email_outbox inside your transaction; nothing is sent unless it commits.
//       A dedupeKey makes it idempotent (the second queueEmail with the same key is ignored).
//   mail.*(…)            ready-made messages (lib/email/templates.ts) to pass to queueEmail
//   deliverDueEmails(db, options)   sends what is due (used by `npm run jobs` and the kick below)
//   kickDelivery(db)     starts delivery in this process after the current transaction;
//                        installed automatically for the web app by installAutoDelivery().
//
// SMTP_URL set: real SMTP through nodemailer, retried with exponential backoff, Message-ID fixed
// per row. Unset: rows are marked "stored" and kept for admins (/admin/outbox) and tests.
import "server-only";
import type { AppDb } from "@/db/client";
import { nextRetryAt, setMailQueuedHook } from "@/lib/dal/internal/outbox";
import { env } from "@/lib/env";
import { deliverDueEmails, type DeliveryOptions } from "./deliver";
import { smtpTransport, type MailTransport } from "./transport";

export { queueEmail } from "@/lib/dal/internal/outbox";
export { type OutgoingEmail } from "@/lib/dal/types";
export { mail } from "./templates";
export { deliverDueEmails, backoffMs, messageIdFor, type DeliveryOptions, type DeliveryReport } from "./deliver";
export type { MailTransport, MailMessage } from "./transport";

interface DeliveryState {
  transport?: { url: string; transport: MailTransport };
  running: boolean;
  again: boolean;
  timer?: ReturnType<typeof setTimeout>;
}
const g = globalThis as unknown as { __atlasDelivery?: DeliveryState };
const state = (): DeliveryState => (g.__atlasDelivery ??= { running: false, again: false });

/** Delivery options from the environment (SMTP_URL, MAIL_FROM). */
export function appDeliveryOptions(): DeliveryOptions {
  const e = env();
  const s = state();
  let transport: MailTransport | null = null;
  if (e.SMTP_URL) {
    if (s.transport?.url !== e.SMTP_URL) s.transport = { url: e.SMTP_URL, transport: smtpTransport(e.SMTP_URL) };
    transport = s.transport.transport;
  }
  const domain = /@([^>\s]+)>?\s*$/.exec(e.MAIL_FROM)?.[1] ?? "expertise-atlas.local";
  return { transport, from: e.MAIL_FROM, messageIdDomain: domain };
}

/** Delivers due mail in the background of this process; runs are never concurrent in one process. */
export function kickDelivery(db: AppDb): void {
  const s = state();
  if (s.running) {
    s.again = true;
    return;
  }
  s.running = true;
  void (async () => {
    try {
      do {
        s.again = false;
        await deliverDueEmails(db, appDeliveryOptions());
      } while (s.again);
      scheduleRetry(db);
    } catch (err) {
      console.error("E-mail delivery failed:", err);
    } finally {
      s.running = false;
    }
  })();
}

/** Wakes this process when the earliest retry is due (npm run jobs covers restarts). */
function scheduleRetry(db: AppDb): void {
  const s = state();
  const at = nextRetryAt(db);
  if (s.timer) clearTimeout(s.timer);
  s.timer = undefined;
  if (!at) return;
  s.timer = setTimeout(() => kickDelivery(db), Math.max(1000, at.getTime() - Date.now()));
  s.timer.unref?.();
}

/** Makes every queued e-mail kick delivery after its transaction (called once by the web app). */
export function installAutoDelivery(db: AppDb): void {
  setMailQueuedHook(() => kickDelivery(db));
}

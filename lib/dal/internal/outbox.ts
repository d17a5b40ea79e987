import "server-only";
import { and, eq, inArray, lte, or, sql, isNull, min } from "drizzle-orm";
import type { AppDb } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import type { DbOrTx } from "../db-types";
import type { OutgoingEmail } from "../types";

type MailHook = { onQueued?: () => void };
const globalMail = globalThis as unknown as { __atlasMailHook?: MailHook };

/**
 * Installs what runs after an e-mail is queued (the app kicks delivery). Stored on globalThis
 * because Next.js may load this module once per route bundle.
 */
export function setMailQueuedHook(onQueued: (() => void) | undefined): void {
  globalMail.__atlasMailHook = { onQueued };
}

/**
 * Queues an e-mail inside the caller's transaction: it is sent only if the transaction commits.
 * Returns the outbox id, or null when `dedupeKey` was already used.
 */
export function queueEmail(tx: DbOrTx, email: OutgoingEmail): number | null {
  const row = tx
    .insert(emailOutbox)
    .values({
      toAddress: email.to.trim().toLowerCase(),
      subject: email.subject.slice(0, 300),
      textBody: email.text,
      htmlBody: email.html ?? null,
      dedupeKey: email.dedupeKey ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: emailOutbox.id })
    .get();
  const hook = globalMail.__atlasMailHook?.onQueued;
  // A timer, not a call: it cannot run before the caller's synchronous transaction has finished.
  if (row && hook) setTimeout(hook, 0);
  return row?.id ?? null;
}

export interface ClaimedEmail {
  id: number;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  attempts: number;
  createdAt: Date;
}

/**
 * Atomically claims the oldest e-mail that is due: queued and past its retry time, or stuck in
 * "sending" past its lease (the process sending it died). The lease is recorded in
 * next_attempt_at, so a crash mid-send means a later retry, never a lost e-mail.
 */
export function claimNextEmail(db: AppDb, now: Date, leaseMs: number): ClaimedEmail | null {
  const due = or(
    and(eq(emailOutbox.status, "queued"), or(isNull(emailOutbox.nextAttemptAt), lte(emailOutbox.nextAttemptAt, now))),
    and(eq(emailOutbox.status, "sending"), lte(emailOutbox.nextAttemptAt, now)),
  );
  const next = db.select({ id: emailOutbox.id }).from(emailOutbox).where(due).orderBy(emailOutbox.id).limit(1);
  const row = db
    .update(emailOutbox)
    .set({
      status: "sending",
      attempts: sql`${emailOutbox.attempts} + 1`,
      nextAttemptAt: new Date(now.getTime() + leaseMs),
    })
    .where(and(inArray(emailOutbox.id, next), due))
    .returning()
    .get();
  if (!row) return null;
  const { id, toAddress, subject, textBody, htmlBody, attempts, createdAt } = row;
  return { id, toAddress, subject, textBody, htmlBody, attempts, createdAt };
}

export function markEmailSent(db: AppDb, id: number, now: Date): void {
  db.update(emailOutbox)
    .set({ status: "sent", sentAt: now, lastError: null, nextAttemptAt: null })
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, "sending")))
    .run();
}

/** Records a failed attempt: retried at `retryAt`, or given up ("failed") when it is null. */
export function markEmailFailed(db: AppDb, id: number, error: string, retryAt: Date | null): void {
  db.update(emailOutbox)
    .set({ status: retryAt ? "queued" : "failed", nextAttemptAt: retryAt, lastError: error.slice(0, 1000) })
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, "sending")))
    .run();
}

/** When the next queued e-mail becomes due (for scheduling an in-process retry), or null. */
export function nextRetryAt(db: AppDb): Date | null {
  const row = db
    .select({ at: min(emailOutbox.nextAttemptAt) })
    .from(emailOutbox)
    .where(eq(emailOutbox.status, "queued"))
    .get();
  return row?.at ?? null;
}

/** Without SMTP, queued mail is kept ("stored") for admins and tests. Returns how many. */
export function storeQueuedEmails(db: AppDb): number {
  return db
    .update(emailOutbox)
    .set({ status: "stored", nextAttemptAt: null })
    .where(eq(emailOutbox.status, "queued"))
    .run().changes;
}

import "server-only";
import { count, desc } from "drizzle-orm";
import { emailOutbox } from "@/db/schema";
import { forbidden } from "@/lib/errors";
import { canReadOutbox } from "@/lib/policy";
import type { DalContext } from "./context";

export interface OutboxEntry {
  id: number;
  toAddress: string;
  subject: string;
  /** Body with sign-in tokens (verification, reset links) hidden: an admin must not be able to act as the user. */
  textBody: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

const TOKEN_LINK = /(token=|\/reset-password\/)[A-Za-z0-9._~%-]+/g;
export function redactTokens(text: string): string {
  return text.replace(TOKEN_LINK, "$1[hidden]");
}

export const OUTBOX_PAGE_SIZE = 50;

export function listOutbox(ctx: DalContext, page = 1): { items: OutboxEntry[]; total: number; pageCount: number } {
  if (!canReadOutbox(ctx.viewer)) throw forbidden();
  const total = ctx.db.select({ n: count() }).from(emailOutbox).get()?.n ?? 0;
  const rows = ctx.db
    .select()
    .from(emailOutbox)
    .orderBy(desc(emailOutbox.id))
    .limit(OUTBOX_PAGE_SIZE)
    .offset((page - 1) * OUTBOX_PAGE_SIZE)
    .all();
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)),
    items: rows.map((r) => ({
      id: r.id,
      toAddress: r.toAddress,
      subject: r.subject,
      textBody: redactTokens(r.textBody),
      status: r.status,
      attempts: r.attempts,
      lastError: r.lastError,
      createdAt: r.createdAt,
      sentAt: r.sentAt,
    })),
  };
}

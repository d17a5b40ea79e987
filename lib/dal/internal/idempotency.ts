import "server-only";
import { createHash } from "node:crypto";
import { and, eq, lt } from "drizzle-orm";
import type { AppDb } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";
import { conflict } from "@/lib/errors";
import type { DbOrTx } from "../db-types";

/** How long a key is remembered: far longer than any retry, short enough to keep the table small. */
export const IDEMPOTENCY_KEEP_MS = 7 * 24 * 3600 * 1000;

export interface Once {
  userId: string;
  /** The form's key; undefined for callers that are not forms (scripts, seeds): no replay. */
  key: string | undefined;
  action: string;
  /** What was asked (without the key): a reused key with other input is a conflict. */
  input: unknown;
}

const fingerprintOf = (input: unknown) =>
  createHash("sha256")
    .update(JSON.stringify(input ?? null))
    .digest("hex");

/**
 * Runs `create` once per (user, key), inside the caller's transaction: the key is recorded with
 * the result in the same commit as the write, so either both happened or neither. A repeat gets
 * the first result and `repeat: true`, and nothing is written again.
 */
export function once<T>(tx: DbOrTx, o: Once, create: () => T): { result: T; repeat: boolean } {
  if (o.key === undefined) return { result: create(), repeat: false };
  const fingerprint = fingerprintOf(o.input);
  const seen = tx
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, o.userId), eq(idempotencyKeys.key, o.key)))
    .get();
  if (seen) {
    if (seen.action !== o.action || seen.fingerprint !== fingerprint)
      throw conflict("This form was already sent with other content. Reload the page to start again.");
    return { result: JSON.parse(seen.result) as T, repeat: true };
  }
  const result = create();
  tx.insert(idempotencyKeys)
    .values({
      userId: o.userId,
      key: o.key,
      action: o.action,
      fingerprint,
      result: JSON.stringify(result ?? null),
      createdAt: Date.now(),
    })
    .run();
  return { result, repeat: false };
}

/** Forgets keys older than a week (run by the jobs script). */
export function pruneIdempotencyKeys(db: AppDb, now = Date.now()): number {
  return db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, now - IDEMPOTENCY_KEEP_MS))
    .run().changes;
}

import "server-only";
import { lt, sql } from "drizzle-orm";
import type { AppDb } from "@/db/client";
import type { DbOrTx } from "../db-types";
import { rateLimits } from "@/db/schema";
import { recordSecurityEvent } from "../accounts/internal/security-events";

export interface RateRule {
  /** Window length in seconds. */
  window: number;
  max: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the window reopens, when not allowed. */
  retryAfter: number | null;
}

/**
 * Counts one attempt against `key` and says whether it is within the rule. Given a transaction,
 * the count commits (or rolls back) with the write it guards. One SQL statement
 * (an upsert), so concurrent requests in any number of processes cannot slip past the count.
 */
export function consumeRateLimit(db: DbOrTx, key: string, rule: RateRule, now = Date.now()): RateDecision {
  const windowMs = rule.window * 1000;
  const expired = sql`${rateLimits.windowStart} <= ${now - windowMs}`;
  const row = db
    .insert(rateLimits)
    .values({ key, count: 1, windowStart: now })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
        windowStart: sql`case when ${expired} then ${now} else ${rateLimits.windowStart} end`,
      },
    })
    .returning({ count: rateLimits.count, windowStart: rateLimits.windowStart })
    .get();
  if (row.count <= rule.max) return { allowed: true, retryAfter: null };
  // Once per window and key, when the limit is first passed: a log line, not one per refusal.
  if (row.count === rule.max + 1) reportLimitHit(db, key);
  return { allowed: false, retryAfter: Math.max(1, Math.ceil((row.windowStart + windowMs - now) / 1000)) };
}

/** Deletes counters whose window ended long ago (run by the jobs script). */
export function pruneRateLimits(db: AppDb, olderThanMs = 24 * 3600 * 1000, now = Date.now()): number {
  return db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, now - olderThanMs))
    .run().changes;
}

/**
 * "sign-up:ip:203.0.113.7" → bucket "sign-up:ip" and the address (stored only as a hash);
 * the auth library's "auth:203.0.113.7|/sign-in/email" → bucket "auth|/sign-in/email".
 */
export function limitBucket(key: string): { bucket: string; subject: string | null } {
  if (key.startsWith("auth:")) {
    const bar = key.lastIndexOf("|");
    return bar > 0
      ? { bucket: `auth${key.slice(bar)}`.slice(0, 80), subject: key.slice(5, bar) }
      : { bucket: "auth", subject: key.slice(5) };
  }
  const [action = "", kind = ""] = key.split(":");
  const bucket = kind ? `${action}:${kind}` : action;
  return { bucket: bucket.slice(0, 80), subject: key.slice(bucket.length + 1) || null };
}

function reportLimitHit(db: DbOrTx, key: string): void {
  const { bucket, subject } = limitBucket(key);
  const byAddress = bucket.startsWith("auth") || bucket.endsWith(":ip");
  recordSecurityEvent(db, {
    event: "rate_limit.hit",
    ...(byAddress ? { ip: subject } : { account: subject }),
    detail: { bucket },
  });
}

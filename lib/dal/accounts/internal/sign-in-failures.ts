// Counters of failed sign-ins (never successes), for lib/auth/sign-in-guard.ts. One upsert per
// failure, so every process on the database sees the same counts.
import "server-only";
import { eq, lt, sql } from "drizzle-orm";
import type { AppDb } from "@/db/client";
import { signInFailures } from "@/db/schema";

export interface FailureState {
  count: number;
  /** Epoch ms of the latest failure, or null when none is remembered. */
  lastAt: number | null;
}

/** A key's failures, forgetting them once `forgetMs` have passed since the last one. */
export function failureState(db: AppDb, key: string, forgetMs: number, now = Date.now()): FailureState {
  const row = db.select().from(signInFailures).where(eq(signInFailures.key, key)).get();
  if (!row || row.lastAt <= now - forgetMs) return { count: 0, lastAt: null };
  return { count: row.count, lastAt: row.lastAt };
}

export function recordFailure(db: AppDb, key: string, forgetMs: number, now = Date.now()): number {
  const stale = sql`${signInFailures.lastAt} <= ${now - forgetMs}`;
  return db
    .insert(signInFailures)
    .values({ key, count: 1, lastAt: now })
    .onConflictDoUpdate({
      target: signInFailures.key,
      set: { count: sql`case when ${stale} then 1 else ${signInFailures.count} + 1 end`, lastAt: now },
    })
    .returning({ count: signInFailures.count })
    .get().count;
}

export function clearFailures(db: AppDb, key: string): void {
  db.delete(signInFailures).where(eq(signInFailures.key, key)).run();
}

/** Deletes counters nobody has failed on for a day (run by the jobs script). */
export function pruneSignInFailures(db: AppDb, olderThanMs = 24 * 3600 * 1000, now = Date.now()): number {
  return db
    .delete(signInFailures)
    .where(lt(signInFailures.lastAt, now - olderThanMs))
    .run().changes;
}

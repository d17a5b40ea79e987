import "server-only";
import { and, count, desc, eq, gt, inArray, min, or } from "drizzle-orm";
import { emailOutbox, searchChanges, teams } from "@/db/schema";
import type { DalContext } from "./context";
import { publiclyLive } from "./teams/live";
import { registerCached } from "./register-cache";

export interface Health {
  ok: boolean;
  database: { ok: boolean; journalMode?: string; publishedTeams?: number; error?: string };
}

// Counted once per register version, not on every health check (a full count at 100,000 teams
// made the health check itself the slowest route); reading the version still touches the database.
const countPublishedTeams = registerCached(
  "publishedTeamCount",
  (ctx: DalContext) => ctx.db.select({ n: count() }).from(teams).where(publiclyLive()).get()?.n ?? 0,
);

export function checkHealth(ctx: DalContext): Health {
  try {
    const journalMode = String(ctx.db.$client.pragma("journal_mode", { simple: true }));
    const publishedTeams = countPublishedTeams(ctx);
    return { ok: true, database: { ok: true, journalMode, publishedTeams } };
  } catch (err) {
    // Report the kind of failure without internals (paths, SQL) to an anonymous caller.
    const message = err instanceof Error && /no such table/.test(err.message) ? "not migrated" : "unavailable";
    return { ok: false, database: { ok: false, error: message } };
  }
}

export interface SiteStatus {
  checkedAt: Date;
  database: Health["database"];
  search: {
    /** The newest entry of the search index's to-do list (search_changes). */
    latestChangeAt: Date | null;
    /** Changes this process's index has not applied yet; null when it is not loaded. */
    pending: { count: number; oldestAt: Date | null } | null;
  };
  /** failed: e-mails given up on (after every retry) that were queued in the last 24 hours. */
  outbox: { queued: number; sending: number; failed: number; oldestQueuedAt: Date | null };
}

/**
 * The facts the human status page shows: the database, how far the search index lags behind
 * the register (given the last change it applied, or null before it is loaded), and e-mail waiting.
 */
export function getSiteStatus(ctx: DalContext, indexPosition: number | null, now = new Date()): SiteStatus {
  const health = checkHealth(ctx);
  if (!health.database.ok)
    return {
      checkedAt: now,
      database: health.database,
      search: { latestChangeAt: null, pending: null },
      outbox: { queued: 0, sending: 0, failed: 0, oldestQueuedAt: null },
    };
  const latest = ctx.db
    .select({ at: searchChanges.createdAt })
    .from(searchChanges)
    .orderBy(desc(searchChanges.id))
    .limit(1)
    .get();
  const pending =
    indexPosition === null
      ? null
      : ctx.db
          .select({ count: count(), oldestAt: min(searchChanges.createdAt) })
          .from(searchChanges)
          .where(gt(searchChanges.id, indexPosition))
          .get();
  const dayAgo = new Date(now.getTime() - 24 * 3600 * 1000);
  const byStatus = new Map(
    ctx.db
      .select({ status: emailOutbox.status, n: count() })
      .from(emailOutbox)
      .where(
        or(
          inArray(emailOutbox.status, ["queued", "sending"]),
          and(eq(emailOutbox.status, "failed"), gt(emailOutbox.createdAt, dayAgo)),
        ),
      )
      .groupBy(emailOutbox.status)
      .all()
      .map((r) => [r.status, r.n]),
  );
  const oldestQueued = ctx.db
    .select({ at: min(emailOutbox.createdAt) })
    .from(emailOutbox)
    .where(eq(emailOutbox.status, "queued"))
    .get()?.at;
  return {
    checkedAt: now,
    database: health.database,
    search: {
      latestChangeAt: latest?.at ?? null,
      pending: pending ? { count: pending.count, oldestAt: pending.oldestAt ?? null } : null,
    },
    outbox: {
      queued: byStatus.get("queued") ?? 0,
      sending: byStatus.get("sending") ?? 0,
      failed: byStatus.get("failed") ?? 0,
      oldestQueuedAt: oldestQueued ?? null,
    },
  };
}

import "server-only";
import { count } from "drizzle-orm";
import { teams } from "@/db/schema";
import type { DalContext } from "./context";
import { publiclyLive } from "./live-teams";

export interface Health {
  ok: boolean;
  database: { ok: boolean; journalMode?: string; publishedTeams?: number; error?: string };
}

export function checkHealth(ctx: DalContext): Health {
  try {
    const journalMode = String(ctx.db.$client.pragma("journal_mode", { simple: true }));
    const publishedTeams = ctx.db.select({ n: count() }).from(teams).where(publiclyLive()).get()?.n ?? 0;
    return { ok: true, database: { ok: true, journalMode, publishedTeams } };
  } catch (err) {
    // Report the kind of failure without internals (paths, SQL) to an anonymous caller.
    const message = err instanceof Error && /no such table/.test(err.message) ? "not migrated" : "unavailable";
    return { ok: false, database: { ok: false, error: message } };
  }
}

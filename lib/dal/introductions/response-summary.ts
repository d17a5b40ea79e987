import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { introductionRequests, teams } from "@/db/schema";
import { median } from "@/lib/introductions/response-stats";
import type { DalContext } from "../context";
import { DEMO_HISTORY_KEY_PREFIX } from "../seed/internal/demo-request-history";

export interface RegisterResponseSummary {
  /** Requests that reached a published team and got a first answer. */
  answered: number;
  /** Median time from reaching the team to its first answer, in ms. */
  medianFirstResponseMs: number;
  /** How many of them are the seeded demonstration history. */
  demo: number;
}

/**
 * "How fast teams answer", register-wide: the median first response over every answered request
 * to a published team. Public: an aggregate with nothing about any firm. Null before any answer.
 */
export function getRegisterResponseSummary(ctx: DalContext): RegisterResponseSummary | null {
  const rows = ctx.db
    .select({
      forwardedAt: introductionRequests.forwardedAt,
      firstResponseAt: introductionRequests.firstResponseAt,
      key: introductionRequests.idempotencyKey,
    })
    .from(introductionRequests)
    .innerJoin(teams, eq(teams.id, introductionRequests.teamId))
    .where(
      and(
        eq(teams.status, "published"),
        isNotNull(introductionRequests.forwardedAt),
        isNotNull(introductionRequests.firstResponseAt),
      ),
    )
    .all();
  const m = median(rows.map((r) => r.firstResponseAt!.getTime() - r.forwardedAt!.getTime()));
  if (m === null) return null;
  return {
    answered: rows.length,
    medianFirstResponseMs: m,
    demo: rows.filter((r) => r.key.startsWith(DEMO_HISTORY_KEY_PREFIX)).length,
  };
}

import "server-only";
import { and, count, inArray } from "drizzle-orm";
import { introductionRequests } from "@/db/schema";
import { canViewBrokerQueue } from "@/lib/policy";
import type { DalContext } from "../context";

/** What the /broker queue shows first: requests waiting for triage (new or picked up). */
const WAITING = ["submitted", "triaged"] as const;

/**
 * How many requests wait in the queues the viewer triages (every queue, for curators), for the
 * site header; null when the viewer has no queue (no triage link at all). One indexed count.
 */
export function countWaitingForTriage(ctx: DalContext): number | null {
  const v = ctx.viewer;
  if (v.kind !== "user") return null;
  const staff = canViewBrokerQueue(v, null);
  const mine = v.intermediaryIds.filter((id) => canViewBrokerQueue(v, id));
  if (!staff && mine.length === 0) return null;
  return (
    ctx.db
      .select({ n: count() })
      .from(introductionRequests)
      .where(
        and(
          inArray(introductionRequests.status, [...WAITING]),
          staff ? undefined : inArray(introductionRequests.brokerId, mine),
        ),
      )
      .get()?.n ?? 0
  );
}

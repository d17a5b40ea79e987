import "server-only";
import { inArray } from "drizzle-orm";
import { teamEngagementModes } from "@/db/schema";
import { ENGAGEMENT_MODES } from "@/lib/reference/engagement";
import type { DalContext } from "../context";
import { getTeamResponseStats } from "../introductions/dashboards";
import type { TeamListItem } from "./dto";

const ORDER = new Map<string, number>(ENGAGEMENT_MODES.map((m, i) => [m.code, i]));

/**
 * Adds what a result card shows (ways of working with cost bands, the response figure) to
 * published teams already read. Lists are a page long, so the few queries per page stay small.
 */
export function withCardDetails<T extends TeamListItem>(ctx: DalContext, items: T[]): T[] {
  if (items.length === 0) return items;
  const modes = new Map<number, { mode: string; costBand: string; duration: string }[]>();
  for (const m of ctx.db
    .select()
    .from(teamEngagementModes)
    .where(
      inArray(
        teamEngagementModes.teamId,
        items.map((t) => t.id),
      ),
    )
    .all()) {
    const list = modes.get(m.teamId) ?? [];
    list.push({ mode: m.mode, costBand: m.costBand, duration: m.duration });
    modes.set(m.teamId, list);
  }
  return items.map((t) => ({
    ...t,
    card: {
      engagementModes: (modes.get(t.id) ?? []).sort((a, b) => (ORDER.get(a.mode) ?? 99) - (ORDER.get(b.mode) ?? 99)),
      medianFirstResponseMs: getTeamResponseStats(ctx, t.id)?.medianFirstResponseMs ?? null,
    },
  }));
}

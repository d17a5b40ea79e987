import "server-only";
import { and, eq, isNull, type SQL } from "drizzle-orm";
import { teams } from "@/db/schema";

// "Publicly live": what the public may see of a team. One definition for every query and check,
// so search, browse, counts, sitemaps and exports can never disagree about a merged listing.

/** SQL: the team is published and has not been merged into another listing. */
export function publiclyLive(): SQL {
  return and(eq(teams.status, "published"), isNull(teams.mergedIntoId))!;
}

/** The same rule for a row already loaded. */
export function isPubliclyLive(team: { status: string; mergedIntoId: number | null }): boolean {
  return team.status === "published" && team.mergedIntoId === null;
}

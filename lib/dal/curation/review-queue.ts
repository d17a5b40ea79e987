import "server-only";
import { asc, count, eq } from "drizzle-orm";
import { institutions, teams, type Team } from "@/db/schema";
import { notFound } from "@/lib/errors";
import { canModerateTeams } from "@/lib/policy";
import type { DalContext } from "../context";

export interface QueueItem {
  slug: string;
  name: string;
  summary: string;
  institutionName: string;
  institutionVerified: boolean;
  /** When it was last changed, i.e. submitted or edited while waiting. */
  waitingSince: Date;
  everPublished: boolean;
}

/** Listings waiting for review, oldest first: the curators' queue. */
export function listReviewQueue(ctx: DalContext): QueueItem[] {
  if (!canModerateTeams(ctx.viewer)) throw notFound();
  return ctx.db
    .select({ team: teams, institution: institutions })
    .from(teams)
    .innerJoin(institutions, eq(institutions.id, teams.institutionId))
    .where(eq(teams.status, "pending"))
    .orderBy(asc(teams.updatedAt), asc(teams.id))
    .limit(500)
    .all()
    .map(({ team, institution }) => ({
      slug: team.slug,
      name: team.name,
      summary: team.summary,
      institutionName: institution.name,
      institutionVerified: institution.verifiedAt !== null,
      waitingSince: team.updatedAt,
      everPublished: team.publishedAt !== null,
    }));
}

export function countTeamsByStatus(ctx: DalContext): Partial<Record<Team["status"], number>> {
  if (!canModerateTeams(ctx.viewer)) throw notFound();
  const rows = ctx.db.select({ status: teams.status, n: count() }).from(teams).groupBy(teams.status).all();
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

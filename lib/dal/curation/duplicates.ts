import "server-only";
import { and, asc, eq, isNull, notInArray } from "drizzle-orm";
import { institutions, teams, type Team } from "@/db/schema";
import { findDuplicatePairs, tokenOverlap } from "@/lib/curation/duplicates";
import { notFound } from "@/lib/errors";
import { canMergeTeams, canViewTeam } from "@/lib/policy";
import type { DalContext } from "../context";

export interface CandidateTeam {
  id: number;
  slug: string;
  name: string;
  status: Team["status"];
  institutionId: number;
  institutionName: string;
  updatedAt: Date;
}

export interface DuplicateCandidate {
  a: CandidateTeam;
  b: CandidateTeam;
  score: number;
  reason: "same name" | "similar name";
}

/** Listings still in play: not archived, rejected or merged. */
function liveTeams(ctx: DalContext, institutionId?: number): CandidateTeam[] {
  const where = [notInArray(teams.status, ["archived", "rejected"]), isNull(teams.mergedIntoId)];
  if (institutionId !== undefined) where.push(eq(teams.institutionId, institutionId));
  return ctx.db
    .select({
      id: teams.id,
      slug: teams.slug,
      name: teams.name,
      status: teams.status,
      institutionId: teams.institutionId,
      institutionName: institutions.name,
      updatedAt: teams.updatedAt,
    })
    .from(teams)
    .innerJoin(institutions, eq(institutions.id, teams.institutionId))
    .where(and(...where))
    .orderBy(asc(teams.id))
    .all();
}

/** Likely duplicates across the register, most alike first (curators only). */
export function listDuplicateCandidates(ctx: DalContext, limit = 200): DuplicateCandidate[] {
  if (!canMergeTeams(ctx.viewer)) throw notFound();
  return findDuplicatePairs(liveTeams(ctx), limit);
}

/**
 * Listings a given one could be merged into: the others at its institution, most similar name
 * first. Any other listing can still be named by its address on the merge page.
 */
export function listMergeTargets(ctx: DalContext, slug: string): CandidateTeam[] {
  if (!canMergeTeams(ctx.viewer)) throw notFound();
  const team = ctx.db.select().from(teams).where(eq(teams.slug, slug)).get();
  if (!team) throw notFound();
  return liveTeams(ctx, team.institutionId)
    .filter((t) => t.id !== team.id)
    .map((t) => ({ t, score: tokenOverlap(team.name, t.name) }))
    .sort((x, y) => y.score - x.score || x.t.name.localeCompare(y.t.name))
    .map(({ t }) => t);
}

/**
 * Where a merged listing's address leads now: the survivor's slug, when the viewer may see it.
 * Null for listings that were not merged, so callers show their usual "not found".
 */
export function resolveMergedSlug(ctx: DalContext, slug: string): string | null {
  let current = ctx.db.select().from(teams).where(eq(teams.slug, slug)).get();
  // Merges never form chains (see team-merge.ts), but a hand-edited database might: follow a few
  // hops at most and never loop.
  const seen = new Set<number>();
  while (current?.mergedIntoId != null && !seen.has(current.id) && seen.size < 5) {
    seen.add(current.id);
    current = ctx.db.select().from(teams).where(eq(teams.id, current.mergedIntoId)).get();
  }
  if (!current || seen.size === 0 || current.mergedIntoId != null) return null;
  return canViewTeam(ctx.viewer, current) ? current.slug : null;
}

import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { institutions, shortlists, teams } from "@/db/schema";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { LIMITS } from "@/lib/introductions/vocabulary";
import { canKeepShortlist } from "@/lib/policy";
import type { DalContext } from "../context";
import { once } from "../internal/idempotency";
import { getTeamResponseStats } from "../introductions/dashboards";
import { toTeamListItem, type TeamListItem, type TeamProfile } from "./dto";
import { resolveMergedSlug } from "../curation/duplicates";
import { getTeam } from "./public";
import type { ResponseStats } from "@/lib/introductions/response-stats";
import { publiclyLive } from "./live";

// The firm's own repository of sourced knowledge: teams it keeps, with private notes. Nobody
// else ever reads a shortlist.

export interface ShortlistEntry {
  team: TeamListItem;
  note: string;
  addedAt: Date;
}

function requireKeeper(ctx: DalContext): string {
  const v = ctx.viewer;
  if (v.kind !== "user") throw new AppError("unauthenticated", "Sign in to keep a shortlist.");
  if (!canKeepShortlist(v)) throw forbidden("This account cannot keep a shortlist.");
  return v.id;
}

function publishedTeamId(ctx: DalContext, slug: string): number {
  const t = ctx.db.select({ id: teams.id, status: teams.status }).from(teams).where(eq(teams.slug, slug)).get();
  if (!t || t.status !== "published") throw notFound("That team is not on the register.");
  return t.id;
}

/** Newest first. Teams that have since been unpublished are kept but not shown. */
export function listShortlist(ctx: DalContext): ShortlistEntry[] {
  const userId = requireKeeper(ctx);
  return ctx.db
    .select({ s: shortlists, team: teams, institution: institutions })
    .from(shortlists)
    .innerJoin(teams, eq(teams.id, shortlists.teamId))
    .innerJoin(institutions, eq(institutions.id, teams.institutionId))
    .where(and(eq(shortlists.userId, userId), publiclyLive()))
    .orderBy(desc(shortlists.createdAt), asc(teams.name))
    .all()
    .map(({ s, team, institution }) => ({
      team: toTeamListItem(team, institution),
      note: s.note,
      addedAt: s.createdAt,
    }));
}

/** Adds a team (keeping an existing note unless a new one is given). */
export function addToShortlist(ctx: DalContext, slug: string, note = "", idempotencyKey?: string): void {
  const userId = requireKeeper(ctx);
  const teamId = publishedTeamId(ctx, slug);
  const set = note ? { note, updatedAt: new Date() } : { updatedAt: new Date() };
  ctx.db.transaction((tx) => {
    once(tx, { userId, key: idempotencyKey, action: "shortlist.add", input: { slug, note } }, () => {
      tx.insert(shortlists)
        .values({ userId, teamId, note })
        .onConflictDoUpdate({ target: [shortlists.userId, shortlists.teamId], set })
        .run();
    });
  });
}

export function updateShortlistNote(ctx: DalContext, slug: string, note: string): void {
  const userId = requireKeeper(ctx);
  const teamId = publishedTeamId(ctx, slug);
  const r = ctx.db
    .update(shortlists)
    .set({ note: note.slice(0, LIMITS.shortlistNoteMax), updatedAt: new Date() })
    .where(and(eq(shortlists.userId, userId), eq(shortlists.teamId, teamId)))
    .run();
  if (r.changes === 0) throw notFound("That team is not on your shortlist.");
}

export function removeFromShortlist(ctx: DalContext, slug: string): void {
  const userId = requireKeeper(ctx);
  const t = ctx.db.select({ id: teams.id }).from(teams).where(eq(teams.slug, slug)).get();
  if (!t) return;
  ctx.db
    .delete(shortlists)
    .where(and(eq(shortlists.userId, userId), eq(shortlists.teamId, t.id)))
    .run();
}

/** Whether the viewer has shortlisted this team (false for visitors). */
export function isShortlisted(ctx: DalContext, teamId: number): boolean {
  const v = ctx.viewer;
  if (v.kind !== "user" || !canKeepShortlist(v)) return false;
  return !!ctx.db
    .select({ t: shortlists.teamId })
    .from(shortlists)
    .where(and(eq(shortlists.userId, v.id), eq(shortlists.teamId, teamId)))
    .get();
}

export interface ComparedTeam {
  profile: TeamProfile;
  stats: ResponseStats | null;
  /** The viewer's private note, when the team is on their shortlist. */
  note: string | null;
}

/** Up to four published teams side by side, in the order asked, with the viewer's notes. */
export function compareTeams(ctx: DalContext, slugs: readonly string[]): ComparedTeam[] {
  // A merged listing's old address stands for the listing it was merged into.
  const wanted = [...new Set(slugs.map((slug) => resolveMergedSlug(ctx, slug) ?? slug))].slice(0, LIMITS.compareMax);
  const profiles = wanted
    .map((slug) => getTeam(ctx, slug))
    .filter((p): p is TeamProfile => p !== null && p.status === "published");
  const v = ctx.viewer;
  const notes =
    v.kind === "user" && canKeepShortlist(v) && profiles.length > 0
      ? new Map(
          ctx.db
            .select({ teamId: shortlists.teamId, note: shortlists.note })
            .from(shortlists)
            .where(
              and(
                eq(shortlists.userId, v.id),
                inArray(
                  shortlists.teamId,
                  profiles.map((p) => p.id),
                ),
              ),
            )
            .all()
            .map((r) => [r.teamId, r.note]),
        )
      : new Map<number, string>();
  return profiles.map((profile) => ({
    profile,
    stats: getTeamResponseStats(ctx, profile.id),
    note: notes.get(profile.id) ?? null,
  }));
}

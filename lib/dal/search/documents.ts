import "server-only";
import { and, asc, eq, gt, inArray, max } from "drizzle-orm";
import {
  caseStudies,
  institutions,
  searchChanges,
  searchEvents,
  searchSynonyms,
  teamEngagementModes,
  teams,
} from "@/db/schema";
import type { CaseStudy, Institution, Team, TeamEngagementMode } from "@/db/schema";
import type { DalContext } from "../context";
import { withCardDetails } from "../teams/cards";
import { toTeamListItem, type TeamListItem } from "../teams/dto";
import { publiclyLive } from "../teams/live";

import { registerCached } from "../register-cache";

// Search reads only published listings, which every viewer may see, so these functions need no
// policy check beyond "published". Curators write synonym groups through ./synonyms.ts.
// The DAL returns a team's rows; what a team looks like to search is lib/search/document.ts's call.

/** One published team's rows, as the search index needs them. */
export interface SearchTeamRows {
  team: Pick<
    Team,
    | "id"
    | "slug"
    | "name"
    | "summary"
    | "description"
    | "keywords"
    | "fields"
    | "sectors"
    | "knowledgeTypes"
    | "facilities"
    | "languages"
    | "availability"
    | "confirmedAt"
    | "publishedAt"
    | "createdAt"
    | "updatedAt"
  >;
  institution: Pick<Institution, "name" | "aliases" | "acronyms" | "countryCode" | "city" | "verifiedAt">;
  modes: readonly Pick<TeamEngagementMode, "mode" | "costBand">[];
  cases: readonly Pick<CaseStudy, "partnerKind" | "challenge" | "whatWasDone" | "outcome">[];
}

const CHUNK = 500;

function chunks<T>(xs: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

function groupBy<T extends { teamId: number }>(rows: T[]): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const r of rows) {
    const list = m.get(r.teamId);
    if (list) list.push(r);
    else m.set(r.teamId, [r]);
  }
  return m;
}

function loadBatch(ctx: DalContext, ids: readonly number[] | null): SearchTeamRows[] {
  const live = publiclyLive();
  const rows = ctx.db
    .select({ team: teams, institution: institutions })
    .from(teams)
    .innerJoin(institutions, eq(teams.institutionId, institutions.id))
    .where(ids ? and(live, inArray(teams.id, [...ids])) : live)
    .orderBy(asc(teams.id))
    .all();
  if (rows.length === 0) return [];
  const teamIds = ids ? rows.map((r) => r.team.id) : null;
  const modes = groupBy(
    ctx.db
      .select({
        teamId: teamEngagementModes.teamId,
        mode: teamEngagementModes.mode,
        costBand: teamEngagementModes.costBand,
      })
      .from(teamEngagementModes)
      .where(teamIds ? inArray(teamEngagementModes.teamId, teamIds) : undefined)
      .all(),
  );
  const cases = groupBy(
    ctx.db
      .select({
        teamId: caseStudies.teamId,
        partnerKind: caseStudies.partnerKind,
        challenge: caseStudies.challenge,
        whatWasDone: caseStudies.whatWasDone,
        outcome: caseStudies.outcome,
      })
      .from(caseStudies)
      .where(teamIds ? inArray(caseStudies.teamId, teamIds) : undefined)
      .orderBy(asc(caseStudies.teamId), asc(caseStudies.position))
      .all(),
  );
  return rows.map(({ team, institution }) => ({
    team,
    institution,
    modes: modes.get(team.id) ?? [],
    cases: cases.get(team.id) ?? [],
  }));
}

/** Every published team's rows (a full index rebuild). */
export function loadAllSearchRows(ctx: DalContext): SearchTeamRows[] {
  return loadBatch(ctx, null);
}

/** The rows of those teams among `ids` that are published; the others are absent. */
export function loadSearchRows(ctx: DalContext, ids: readonly number[]): SearchTeamRows[] {
  return chunks([...new Set(ids)]).flatMap((c) => loadBatch(ctx, c));
}

/** The rows of the published, live team at `slug`, or null (unknown, draft, archived, merged). */
export function getSearchRowsBySlug(ctx: DalContext, slug: string): SearchTeamRows | null {
  const row = ctx.db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.slug, slug), publiclyLive()))
    .get();
  return row ? (loadBatch(ctx, [row.id])[0] ?? null) : null;
}

export interface SearchResultTeam extends TeamListItem {
  /** For the snippet when the match is in the description. */
  description: string;
}

/** Hydrates search hits in the given order; ids that are no longer public are dropped. */
function readSearchResultTeams(ctx: DalContext, ids: readonly number[]): SearchResultTeam[] {
  if (ids.length === 0) return [];
  const rows = ctx.db
    .select({ team: teams, institution: institutions })
    .from(teams)
    .innerJoin(institutions, eq(teams.institutionId, institutions.id))
    .where(and(inArray(teams.id, [...ids]), publiclyLive()))
    .all();
  const byId = new Map(
    rows.map((r) => [r.team.id, { ...toTeamListItem(r.team, r.institution), description: r.team.description }]),
  );
  return withCardDetails(
    ctx,
    ids.flatMap((id) => byId.get(id) ?? []),
  );
}

/** The id of the newest outbox entry (0 when empty): the position a full rebuild starts from. */
export function latestSearchChange(ctx: DalContext): number {
  return (
    ctx.db
      .select({ id: max(searchChanges.id) })
      .from(searchChanges)
      .get()?.id ?? 0
  );
}

export interface SearchChanges {
  /** The id of the last entry read (or `after` when there were none). */
  position: number;
  /** Distinct team ids written since `after`. */
  teamIds: number[];
}

/** Outbox entries after `after`, oldest first, at most `limit` of them. */
export function readSearchChanges(ctx: DalContext, after: number, limit = 10_000): SearchChanges {
  const rows = ctx.db
    .select({ id: searchChanges.id, teamId: searchChanges.teamId })
    .from(searchChanges)
    .where(gt(searchChanges.id, after))
    .orderBy(asc(searchChanges.id))
    .limit(limit)
    .all();
  return { position: rows.at(-1)?.id ?? after, teamIds: [...new Set(rows.map((r) => r.teamId))] };
}

export interface SearchEventInput {
  query: string;
  filters: Record<string, string[]>;
  resultCount: number;
  /** How many of them matched strongly (lib/demand/match-strength.ts). */
  strongResultCount?: number;
}

/** Records what was searched for and how much was found; nothing about who searched. */
export function recordSearchEvent(ctx: DalContext, e: SearchEventInput): void {
  const filters = Object.fromEntries(
    Object.entries(e.filters)
      .filter(([, v]) => v.length > 0)
      .map(([k, v]) => [k.slice(0, 40), v.slice(0, 20).map((x) => x.slice(0, 40))]),
  );
  ctx.db
    .insert(searchEvents)
    .values({
      query: e.query.slice(0, 500),
      filters,
      resultCount: Math.max(0, Math.floor(e.resultCount)),
      strongResultCount:
        e.strongResultCount === undefined
          ? null
          : Math.max(0, Math.min(e.resultCount, Math.floor(e.strongResultCount))),
    })
    .run();
}

/** Curators' synonym groups (merged with the built-in map by the search engine). */
export function listSynonymGroups(ctx: DalContext): string[][] {
  return ctx.db
    .select({ terms: searchSynonyms.terms })
    .from(searchSynonyms)
    .orderBy(asc(searchSynonyms.id))
    .all()
    .map((r) => r.terms.filter((t) => typeof t === "string" && t.trim().length > 0))
    .filter((g) => g.length >= 2);
}

export const getSearchResultTeams = registerCached("searchResultTeams", readSearchResultTeams);

import "server-only";
// "Teams with similar expertise" as the profile page and the JSON API need them: computed from
// this process's index (lib/search/similar.ts), hydrated through the DAL, with the same "why it
// matched" as a search result (matched fields, highlighted name and snippet, shared terms).
import type { DalContext } from "@/lib/dal/context";
import { getSearchResultTeams, getSearchRowsBySlug } from "@/lib/dal/search/documents";
import { toSearchDocument } from "./document";
import { highlight, snippet } from "./highlight";
import { searchIndexManager, type TeamSearchHit } from "./service";
import { findSimilar, SIMILAR } from "./similar";

export interface SimilarTeam extends TeamSearchHit {
  /** The telling words of the profile's team that this team shares, as written, best first. */
  sharedTerms: string[];
}

export interface SimilarTeams {
  /** The profile team's telling words the similarity was computed from, best first. */
  basedOn: string[];
  teams: SimilarTeam[];
}

/**
 * Up to `limit` (1–12, default 6) published, live teams with expertise like the team at `slug`,
 * never the team itself. Null when there is no published, live team at that address.
 */
export async function findSimilarTeams(
  ctx: DalContext,
  slug: string,
  limit: number = SIMILAR.maxResults,
): Promise<SimilarTeams | null> {
  const rows = getSearchRowsBySlug(ctx, slug);
  if (!rows) return null;
  const doc = toSearchDocument(rows);
  const engine = await searchIndexManager().current();
  const { hits, terms } = findSimilar(engine, doc, Math.max(1, Math.min(12, Math.floor(limit))));
  const teams = new Map(
    getSearchResultTeams(
      ctx,
      hits.map((h) => h.id),
    ).map((t) => [t.id, t]),
  );
  return {
    basedOn: terms.map((t) => t.word),
    teams: hits.flatMap((h): SimilarTeam[] => {
      const team = teams.get(h.id);
      if (!team || team.id === doc.id) return [];
      const matched = new Set(h.matchedTerms);
      return [
        {
          team,
          score: h.score,
          matchedFields: h.matchedFields,
          name: highlight(team.name, matched),
          snippet: snippet([team.summary, ...team.description.split(/\n\s*\n/)], matched),
          sharedTerms: terms.filter((t) => matched.has(t.term)).map((t) => t.word),
        },
      ];
    }),
  };
}

import "server-only";
// The process-wide search index and what the app calls:
//
//   runTeamSearch(ctx, params, { record })  search + hydrate + snippets (+ a search_events row)
//   searchTeams(params)                     the raw SearchResult (ids, scores, facets)
//   suggestSearch(q, limit)                 typeahead suggestions
//   syncSearchIndex()                       call after any write to teams, engagement modes,
//                                           case studies or institutions: applies the outbox to
//                                           this process's index at once (other processes
//                                           follow within a second on their next search)
//
// The index lives on globalThis (one per process, surviving dev hot reloads), loads lazily on the
// first search, and snapshots to SEARCH_SNAPSHOT_PATH, or to "<DATABASE_PATH>.search/".
import { resolve } from "node:path";
import type { DalContext } from "@/lib/dal/context";
import { appDb } from "@/lib/dal/context";
import {
  getSearchResultTeams,
  latestSearchChange,
  listSynonymGroups,
  loadAllSearchRows,
  loadSearchRows,
  readSearchChanges,
  recordSearchEvent,
  type SearchResultTeam,
} from "@/lib/dal/search/documents";
import { FEW_RESULTS } from "@/lib/demand/aggregate";
import { strongResultCount } from "@/lib/demand/match-strength";
import { env } from "@/lib/env";
import { ANONYMOUS } from "@/lib/viewer";
import { toSearchDocuments } from "./document";
import { snippet, highlight, type Segment } from "./highlight";
import { IndexManager, type IndexSource } from "./index-manager";
import type { SearchParams, SearchResult, Suggestion } from "./types";

/** The index's view of the database, through the DAL. */
export function dalIndexSource(ctx: () => DalContext): IndexSource {
  return {
    loadAll: () => {
      const position = latestSearchChange(ctx());
      return { docs: toSearchDocuments(loadAllSearchRows(ctx())), position };
    },
    load: (ids) => toSearchDocuments(loadSearchRows(ctx(), ids)),
    changesAfter: (position, limit) => readSearchChanges(ctx(), position, limit),
    synonyms: () => listSynonymGroups(ctx()),
  };
}

export function searchSnapshotPath(): string | null {
  const e = env();
  if (e.SEARCH_SNAPSHOT_PATH) return resolve(e.SEARCH_SNAPSHOT_PATH);
  if (e.DATABASE_PATH === ":memory:") return null;
  return `${resolve(e.DATABASE_PATH)}.search`;
}

const globalForSearch = globalThis as unknown as { __atlasSearch?: { key: string; manager: IndexManager } };

export function searchIndexManager(): IndexManager {
  const path = searchSnapshotPath();
  const key = `${env().DATABASE_PATH}\u0000${path}`;
  if (globalForSearch.__atlasSearch?.key === key) return globalForSearch.__atlasSearch.manager;
  const manager = new IndexManager({
    source: dalIndexSource(() => ({ db: appDb(), viewer: ANONYMOUS })),
    snapshotPath: path,
  });
  globalForSearch.__atlasSearch = { key, manager };
  return manager;
}

export async function searchTeams(params: SearchParams): Promise<SearchResult> {
  return (await searchIndexManager().current()).search(params);
}

export async function suggestSearch(q: string, limit?: number): Promise<Suggestion[]> {
  return (await searchIndexManager().current()).suggest(q, limit);
}

/** Applies pending search_changes to this process's index now (no-op before the first search). */
export function syncSearchIndex(): number {
  return globalForSearch.__atlasSearch?.manager.sync() ?? 0;
}

export interface TeamSearchHit {
  team: SearchResultTeam;
  score: number;
  matchedFields: string[];
  /** Matched only through typo tolerance (a near spelling of the words typed). */
  typoOnly?: boolean;
  name: Segment[];
  snippet: Segment[];
}

export interface TeamSearchPage extends Omit<SearchResult, "hits"> {
  hits: TeamSearchHit[];
}

/** This process's index position (the last search_changes id it applied); 0 before it is loaded. */
export function searchIndexPosition(): number {
  return globalForSearch.__atlasSearch?.manager.position ?? 0;
}

/** One search as the page and the API need it: hits hydrated through the DAL, with snippets. */
export async function runTeamSearch(
  ctx: DalContext,
  params: SearchParams,
  options: { record: boolean },
): Promise<TeamSearchPage> {
  const { result, recordDemand } = await searchWithDemand(ctx, params);
  if (options.record) recordDemand?.();
  return result;
}

/**
 * The search, and a function that adds the search_events row it counts as (null when it is not
 * demand: no words and no filters), for the caller to call when (and as often as) it decides.
 */
export async function searchWithDemand(
  ctx: DalContext,
  params: SearchParams,
): Promise<{ result: TeamSearchPage; recordDemand: (() => void) | null }> {
  const result = await searchTeams(params);
  const teams = new Map(
    getSearchResultTeams(
      ctx,
      result.hits.map((h) => h.id),
    ).map((t) => [t.id, t]),
  );
  const hits = result.hits.flatMap((h): TeamSearchHit[] => {
    const team = teams.get(h.id);
    if (!team) return [];
    const terms = new Set(h.matchedTerms);
    const texts = [team.summary, ...team.description.split(/\n\s*\n/)];
    return [
      {
        team,
        score: h.score,
        matchedFields: h.matchedFields,
        ...(h.typoOnly ? { typoOnly: true } : {}),
        name: highlight(team.name, terms),
        snippet: snippet(texts, terms),
      },
    ];
  });
  const hasFilters = Object.values(params.filters).some((v) => v && v.length > 0);
  let recordDemand: (() => void) | null = null;
  if (params.q.trim() !== "" || hasFilters) {
    const filters = Object.fromEntries(Object.entries(params.filters).filter(([, v]) => v && v.length > 0)) as Record<
      string,
      string[]
    >;
    const event = {
      query: params.q.trim(),
      filters,
      resultCount: result.total,
      // Weak matches (only an institution's name, only typo tolerance) do not meet a need.
      strongResultCount: strongResultCount(result.hits, result.total, params.q.trim() !== "", FEW_RESULTS + 1),
    };
    recordDemand = () => {
      try {
        recordSearchEvent(ctx, event);
      } catch (err) {
        console.error("search event not recorded", err);
      }
    };
  }
  return { result: { ...result, hits }, recordDemand };
}

// Demand insight from search_events, as pure functions over rows already grouped in SQL by exact
// text and filters. Here they are grouped again the way a person reads them (case, spacing and
// accents ignored), so "Battery recycling" and "battery  recycling" are one need.
import { canonicalFilters, normaliseQuery, searchKey } from "./query-key";

/** "Very little": a search that found this many teams or fewer did not meet the need. */
export const FEW_RESULTS = 2;

export const DEMAND_PERIODS = [7, 30, 90] as const;
export type DemandPeriod = (typeof DEMAND_PERIODS)[number];

export interface SearchGroupRow {
  query: string;
  filters: Record<string, string[]>;
  searches: number;
  /** Searches in the group that found nothing. */
  zeroResults: number;
  /** What the most recent of them found (teams may have been added since the first). */
  latestResults: number;
  /** How many of those matched strongly (lib/demand/match-strength.ts); absent = all of them. */
  latestStrong?: number;
  /** Epoch ms of the most recent. */
  lastAt: number;
}

export interface QueryDemand {
  /** The spelling people used most. */
  query: string;
  searches: number;
  zeroResults: number;
}

export interface UnmetSearch {
  query: string;
  filters: Record<string, string[]>;
  searches: number;
  latestResults: number;
  /** Of the latest results, how many matched strongly; fewer than latestResults = weak matches. */
  latestStrong: number;
  lastAt: Date;
}

export interface DayCount {
  /** YYYY-MM-DD, UTC. */
  day: string;
  searches: number;
  zeroResults: number;
}

function mostUsed(spellings: Map<string, number>): string {
  let best = "";
  let bestN = -1;
  for (const [s, n] of spellings) if (n > bestN || (n === bestN && s < best)) [best, bestN] = [s, n];
  return best;
}

/** The most frequent searched-for words (filters aside), most searched first. */
export function topQueries(rows: readonly SearchGroupRow[], limit = 20): QueryDemand[] {
  const groups = new Map<string, { spellings: Map<string, number>; searches: number; zeroResults: number }>();
  for (const r of rows) {
    const key = normaliseQuery(r.query);
    if (!key) continue;
    const g = groups.get(key) ?? { spellings: new Map(), searches: 0, zeroResults: 0 };
    const spelling = r.query.trim().replace(/\s+/g, " ");
    g.spellings.set(spelling, (g.spellings.get(spelling) ?? 0) + r.searches);
    g.searches += r.searches;
    g.zeroResults += r.zeroResults;
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => ({ query: mostUsed(g.spellings), searches: g.searches, zeroResults: g.zeroResults }))
    .sort((a, b) => b.searches - a.searches || a.query.localeCompare(b.query))
    .slice(0, limit);
}

/**
 * Searches (words and filters) whose latest run found nothing or very little — counting only
 * strong matches, so a search that found many teams only by their institution's name or only
 * through typo tolerance is unmet too: the needs the register does not meet yet. Most searched
 * first, then those that found least, then latest.
 */
export function unmetSearches(rows: readonly SearchGroupRow[], limit = 25, few = FEW_RESULTS): UnmetSearch[] {
  const groups = new Map<
    string,
    { spellings: Map<string, number>; filters: Record<string, string[]>; searches: number; latest: SearchGroupRow }
  >();
  for (const r of rows) {
    const key = searchKey(r.query, r.filters);
    const g = groups.get(key) ?? { spellings: new Map(), filters: canonicalFilters(r.filters), searches: 0, latest: r };
    const spelling = r.query.trim().replace(/\s+/g, " ");
    g.spellings.set(spelling, (g.spellings.get(spelling) ?? 0) + r.searches);
    g.searches += r.searches;
    if (r.lastAt > g.latest.lastAt) g.latest = r;
    groups.set(key, g);
  }
  return [...groups.values()]
    .filter((g) => strongOf(g.latest) <= few)
    .map((g) => ({
      query: mostUsed(g.spellings),
      filters: g.filters,
      searches: g.searches,
      latestResults: g.latest.latestResults,
      latestStrong: strongOf(g.latest),
      lastAt: new Date(g.latest.lastAt),
    }))
    .sort(
      (a, b) =>
        b.searches - a.searches ||
        a.latestStrong - b.latestStrong ||
        a.latestResults - b.latestResults ||
        b.lastAt.getTime() - a.lastAt.getTime() ||
        a.query.localeCompare(b.query),
    )
    .slice(0, limit);
}

const strongOf = (r: SearchGroupRow) => Math.min(r.latestResults, r.latestStrong ?? r.latestResults);

const DAY_MS = 24 * 3600 * 1000;

/** Midnight (UTC) starting the last `days` days, today included. */
export function periodStart(now: Date, days: number): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today - (days - 1) * DAY_MS);
}

/** One entry per day from `start`, with zeros where nobody searched. */
export function daySeries(start: Date, days: number, counts: readonly DayCount[]): DayCount[] {
  const byDay = new Map(counts.map((c) => [c.day, c]));
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(start.getTime() + i * DAY_MS).toISOString().slice(0, 10);
    const c = byDay.get(day);
    return { day, searches: c?.searches ?? 0, zeroResults: c?.zeroResults ?? 0 };
  });
}

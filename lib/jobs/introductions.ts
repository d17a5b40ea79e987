// Jobs of the introductions feature, run by `npm run jobs`: escalate requests nobody answered,
// and send saved-search digests. Each is safe to run again or concurrently.
import "server-only";
import type { DalContext } from "@/lib/dal/context";
import {
  escalateOverdueRequests,
  listDueSavedSearches,
  listTeamsPublishedBetween,
  recordSavedSearchDigest,
  teamUpdatedAt,
  type DueSavedSearch,
  type RecentTeam,
} from "@/lib/dal/introductions/jobs";
import { appUrl } from "@/lib/env";
import { savedSearchDigest } from "@/lib/introductions/alert-mail";
import { savedSearchQuery } from "@/lib/introductions/search-link";
import { countryName } from "@/lib/reference/countries";
import { normalizeParams } from "@/lib/search/run-search";
import { searchTeams } from "@/lib/search/service";
import type { SearchParams, SearchResult } from "@/lib/search/types";

/** Runs one search: the app's shared index in production; tests pass their own engine. */
export type SearchFn = (params: SearchParams) => SearchResult | Promise<SearchResult>;

export function runEscalations(ctx: DalContext, now = new Date()): { escalated: number } {
  return { escalated: escalateOverdueRequests(ctx, now).length };
}

/** How far down a search's "recently updated" results we look for new teams. */
const MAX_PAGES = 50;

/**
 * The new teams (published in the window) that this saved search finds. Results sorted by last
 * update put new teams first, so paging stops at the first result updated before the window.
 */
export async function newMatches(
  ctx: DalContext,
  search: SearchFn,
  saved: Pick<DueSavedSearch, "query" | "filters">,
  fresh: ReadonlyMap<number, RecentTeam>,
  since: Date,
): Promise<number[]> {
  if (fresh.size === 0) return [];
  const base = normalizeParams({
    q: saved.query,
    filters: saved.filters as SearchParams["filters"],
    sort: "updated",
    pageSize: 100,
  });
  const found: number[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const r = await search({ ...base, page });
    const updated = teamUpdatedAt(
      ctx,
      r.hits.map((h) => h.id),
    );
    let older = false;
    for (const hit of r.hits) {
      if (fresh.has(hit.id)) found.push(hit.id);
      else if ((updated.get(hit.id) ?? Infinity) < since.getTime()) older = true;
    }
    if (older || page >= r.pageCount) break;
  }
  return found;
}

export async function runSavedSearchAlerts(
  ctx: DalContext,
  now = new Date(),
  search: SearchFn = searchTeams,
): Promise<{ checked: number; sent: number }> {
  const due = listDueSavedSearches(ctx, now);
  if (due.length === 0) return { checked: 0, sent: 0 };
  const earliest = new Date(Math.min(...due.map((d) => d.since.getTime())));
  const recent = listTeamsPublishedBetween(ctx, earliest, now);
  const base = appUrl();
  let sent = 0;
  for (const s of due) {
    const fresh = new Map(recent.filter((t) => t.publishedAt > s.since).map((t) => [t.id, t]));
    const ids = await newMatches(ctx, search, s, fresh, s.since);
    const teams = ids.map((id) => fresh.get(id)!);
    const email =
      teams.length === 0
        ? null
        : savedSearchDigest(
            s.email,
            {
              id: s.id,
              name: s.name,
              frequency: s.frequency,
              searchUrl: `${base}/search${savedSearchQuery(s.query, s.filters)}`,
              manageUrl: `${base}/saved-searches`,
            },
            teams.map((t) => ({
              name: t.name,
              institutionName: t.institutionName,
              country: countryName(t.countryCode),
              url: `${base}/teams/${t.slug}`,
            })),
            teams.length,
            now,
          );
    if (recordSavedSearchDigest(ctx, s, now, email) && email) sent++;
  }
  return { checked: due.length, sent };
}

/**
 * Both jobs, for scripts/jobs.ts. `--now=<ISO date>` runs them as if at that moment (a dry run of
 * what the clock will do; the end-to-end tests use it to make 10 working days pass).
 */
export async function runIntroductionJobs(
  ctx: DalContext,
  argv: readonly string[],
): Promise<{ escalated: number; alerts: { checked: number; sent: number } }> {
  const now = jobClock(argv);
  return { escalated: runEscalations(ctx, now).escalated, alerts: await runSavedSearchAlerts(ctx, now) };
}

/** The moment the jobs run as: `--now=<ISO date>` when given (a dry run of the clock), else now. */
export function jobClock(argv: readonly string[]): Date {
  const flag = argv.find((a) => a.startsWith("--now="));
  const now = flag ? new Date(flag.slice("--now=".length)) : new Date();
  if (Number.isNaN(now.getTime()))
    throw new Error(`--now must be an ISO date, e.g. --now=2026-12-01T09:00:00Z (got "${flag}")`);
  return now;
}

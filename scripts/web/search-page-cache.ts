// Search pages, rendered once per query and served many times: anonymous GETs of /search are kept
// in a page cache of their own (scripts/web/page-cache.ts: the same rules on cookies, statuses and
// nonces; keyed by the exact query string and Next.js's navigation headers; cleared when the
// register version changes) so that a popular search costs one render, not one per visitor.
//
// Two things make a search page different from the register pages:
// - Its results follow the search index, which catches up with the register at most every 250 ms:
//   a copy is stored only when the index the page searched was at least as new as the register
//   version it is stored under (the page reports its index position, lib/search/page-handoff.ts).
// - A view of it is demand. A view served from a stored copy records exactly what the render
//   recorded (the page hands over the function that adds its search_events row), decided by the
//   same rules as the page (lib/demand/search-view.ts: crawlers, paging and re-sorting the same
//   search are not counted).
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { searchViewIsDemand } from "@/lib/demand/search-view";
import { paramsRecord } from "@/lib/own";
import { RENDER_ID_HEADER, takeRenderedSearch, type RenderedSearch } from "@/lib/search/page-handoff";
import { parseSearchPageParams } from "@/lib/validation/search";
import { PageCache } from "./page-cache";

export const SEARCH_PAGES: readonly RegExp[] = [/^\/search$/];

/** Removes a render id a client sent: only the server names renders. */
export function stripRenderId(req: IncomingMessage): void {
  delete req.headers[RENDER_ID_HEADER];
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/** Records the demand of a view served from a stored copy, when the page's rules count it. */
export function recordServedSearch(req: IncomingMessage, rendered: RenderedSearch): boolean {
  if (!rendered.recordDemand) return false;
  const url = new URL(req.url ?? "/", "http://x");
  const { params } = parseSearchPageParams(paramsRecord(url.searchParams));
  const demand = searchViewIsDemand(params, {
    userAgent: header(req, "user-agent"),
    referer: header(req, "referer"),
    host: header(req, "host"),
    forwardedHost: header(req, "x-forwarded-host"),
  });
  if (demand) rendered.recordDemand();
  return demand;
}

/** The search_changes id in a register version ("<search>.<register>"). */
function searchPart(version: string): number {
  return Number(version.split(".")[0]) || 0;
}

export function searchPageCache(options: { version: () => string; maxBytes: number; ttlMs?: number }): PageCache {
  return new PageCache({
    ...options,
    paths: SEARCH_PAGES,
    onMiss: (req) => {
      const id = randomUUID();
      req.headers[RENDER_ID_HEADER] = id;
      return id;
    },
    admit: (token, version) => {
      const rendered = typeof token === "string" ? takeRenderedSearch(token) : undefined;
      if (!rendered || rendered.indexPosition < searchPart(version)) return null;
      return rendered;
    },
    onHit: (req, kept) => {
      if (kept) recordServedSearch(req, kept as RenderedSearch);
    },
  });
}

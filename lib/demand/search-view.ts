// Whether one view of /search is demand, from what the request says about itself. Shared by the
// page (which records its own render) and the web server's page cache (which records a view it
// serves from a stored copy), so that both follow exactly the same rules.
import { isCrawler } from "@/lib/demand/crawler";
import { startsNewSearch } from "@/lib/demand/distinct-search";
import type { SearchParams } from "@/lib/search/types";

/** The request headers the decision reads (as Next.js's `headers()` or Node's request give them). */
export interface SearchViewRequest {
  userAgent: string | null | undefined;
  referer: string | null | undefined;
  host: string | null | undefined;
  forwardedHost: string | null | undefined;
}

/**
 * True when this view should add a search_events row: not a crawler (robots.txt lets them read
 * search pages, but they are not firms looking for expertise), and the start of a search rather
 * than paging, re-sorting or coming back to the same words and filters.
 */
export function searchViewIsDemand(params: SearchParams, request: SearchViewRequest): boolean {
  if (isCrawler(request.userAgent)) return false;
  return startsNewSearch(params, request.referer, [request.host, request.forwardedHost]);
}

// One search_events row per distinct search, not per page view. Paging on, changing the sort
// order or coming back to page 1 of the same words and filters continues a search already
// counted; without this the demand figures grow with every click through the results.
import { searchKey } from "@/lib/demand/query-key";
import { parseSearchPageParams } from "@/lib/validation/search";
import type { SearchParams } from "@/lib/search/types";
import { paramsRecord } from "@/lib/own";

/**
 * Whether this view of /search starts a search (and should be recorded). The page it came from is
 * the Referer the browser sends on same-site navigation (the site's Referrer-Policy is
 * strict-origin-when-cross-origin); it is compared here and never stored. `hosts` are the names
 * this request was addressed to (Host, X-Forwarded-Host): a Referer from elsewhere is a new search.
 * A search opened from the curators' own pages is not demand and is not recorded.
 */
export function startsNewSearch(
  params: SearchParams,
  referer: string | null | undefined,
  hosts: readonly (string | null | undefined)[],
): boolean {
  if (params.page > 1) return false;
  if (!referer) return true;
  let from: URL;
  try {
    from = new URL(referer);
  } catch {
    return true;
  }
  const sameSite = hosts.some((h) => h && h.toLowerCase() === from.host.toLowerCase());
  // Curators re-running searches from the demand page would feed their own figures.
  if (sameSite && from.pathname.startsWith("/curate/")) return false;
  if (from.pathname !== "/search" || !sameSite) return true;
  const previous = parseSearchPageParams(paramsRecord(from.searchParams)).params;
  return searchKey(previous.q, previous.filters) !== searchKey(params.q, params.filters);
}

// A saved search as a link to the search page, and back: the page's own format (`q` plus one
// parameter per facet, repeated for several values; lib/validation/search.ts).
import { FACET_NAMES, type FacetName, type SearchParams } from "@/lib/search/types";
import { searchQueryString } from "@/lib/validation/search";

/** "?q=…&country=…" for a saved search's query and filters ("" when both are empty). */
export function savedSearchQuery(query: string, filters: Partial<Record<string, readonly string[]>>): string {
  const s = searchQueryString({ q: query, filters: filters as SearchParams["filters"] });
  return s ? `?${s}` : "";
}

/** Facet selections from page search params (unknown keys ignored; validation happens later). */
export function filtersFromParams(
  raw: Record<string, string | string[] | undefined>,
): Partial<Record<FacetName, string[]>> {
  const out: Partial<Record<FacetName, string[]>> = {};
  for (const f of FACET_NAMES) {
    const v = raw[f];
    const list = (Array.isArray(v) ? v : v === undefined ? [] : [v])
      .flatMap((x) => x.split(","))
      .map((x) => x.trim())
      .filter(Boolean);
    if (list.length > 0) out[f] = [...new Set(list)];
  }
  return out;
}

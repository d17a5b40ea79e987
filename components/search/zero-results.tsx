import Link from "next/link";
import type { FacetName, SearchParams, SearchResult } from "@/lib/search/types";
import { searchQueryString } from "@/lib/validation/search";
import { askCuratorHref } from "./ask-curator";
import { facetTitle } from "./facet-labels";

/** No dead ends: other spellings, the filter to drop, and a person who can help. */
export function ZeroResults({
  params,
  result,
}: {
  params: SearchParams;
  result: Pick<SearchResult, "didYouMean" | "withoutFacet">;
}) {
  const drop = (Object.entries(result.withoutFacet ?? {}) as [FacetName, number][])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])[0];
  const hasFilters = Object.values(params.filters).some((v) => v && v.length > 0);
  const need = params.q.trim();
  return (
    <section aria-labelledby="no-results-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="no-results-heading" className="text-lg font-semibold">
        No teams found{need ? ` for “${need.length > 120 ? `${need.slice(0, 100).trimEnd()}…` : need}”` : ""}
      </h2>
      <ul className="list-disc space-y-2 pl-5">
        {result.didYouMean.length > 0 && (
          <li>
            Did you mean{" "}
            {result.didYouMean.map((s, i) => (
              <span key={s}>
                {i > 0 && " or "}
                <Link href={`/search?${searchQueryString({ ...params, q: s, page: 1 })}`}>{s}</Link>
              </span>
            ))}
            ?
          </li>
        )}
        {drop && (
          <li>
            <Link
              href={`/search?${searchQueryString({ ...params, filters: { ...params.filters, [drop[0]]: [] }, page: 1 })}`}
            >
              Remove the {facetTitle(drop[0]).toLowerCase()} filter
            </Link>{" "}
            to see {drop[1]} team{drop[1] === 1 ? "" : "s"}.
          </li>
        )}
        {hasFilters && !drop && (
          <li>
            <Link href={`/search?${searchQueryString({ q: params.q, sort: params.sort })}`}>Clear all filters</Link>.
          </li>
        )}
        <li>Try fewer or more general words, or describe the problem instead of the technique.</li>
        <li>
          <Link href={askCuratorHref(need)}>Ask a curator to find a team for this need</Link>: people who know the
          register will look for you.
        </li>
      </ul>
    </section>
  );
}

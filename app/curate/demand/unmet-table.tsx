import Link from "next/link";
import { facetTitle, facetValueLabel } from "@/components/search/facet-labels";
import type { UnmetSearch } from "@/lib/demand/aggregate";
import { FACET_NAMES, type FacetName } from "@/lib/search/types";
import { searchQueryString } from "@/lib/validation/search";

const isFacet = (name: string): name is FacetName => (FACET_NAMES as readonly string[]).includes(name);
const th = "p-2";

function describeFilters(filters: Record<string, string[]>): string {
  return Object.entries(filters)
    .filter(([name]) => isFacet(name))
    .map(
      ([name, values]) =>
        `${facetTitle(name as FacetName)}: ${values.map((v) => facetValueLabel(name as FacetName, v)).join(" or ")}`,
    )
    .join("; ");
}

/** The searches that found nothing or very little, each with what to do about it. */
export function UnmetTable({ rows }: { rows: UnmetSearch[] }) {
  if (rows.length === 0) return <p className="text-slate-700">Every search in this period found teams.</p>;
  return (
    <table className="w-full border-collapse bg-white text-left text-sm">
      <caption className="sr-only">
        Unmet demand: searches that found nothing, very little, or only weak matches
      </caption>
      <thead className="border-b border-slate-300">
        <tr>
          <th scope="col" className={th}>
            Search
          </th>
          <th scope="col" className={`${th} text-right`}>
            Searches
          </th>
          <th scope="col" className={`${th} text-right`}>
            Teams found last time
          </th>
          <th scope="col" className={th}>
            Last searched
          </th>
          <th scope="col" className={th}>
            Act on it
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((u) => {
          const filters = describeFilters(u.filters);
          const name = u.query || filters;
          const typed = Object.fromEntries(Object.entries(u.filters).filter(([k]) => isFacet(k)));
          return (
            <tr key={`${u.query}\u0000${JSON.stringify(u.filters)}`} className="border-b border-slate-100 align-top">
              <th scope="row" className={`${th} font-normal`}>
                <span className="font-medium">{u.query ? `“${u.query}”` : "Filters only"}</span>
                {filters && <span className="block text-slate-600">{filters}</span>}
              </th>
              <td className={`${th} text-right`}>{u.searches}</td>
              <td className={`${th} text-right`}>
                {u.latestResults}
                {u.latestStrong < u.latestResults && (
                  <span className="block text-xs text-amber-900">
                    {u.latestStrong === 0 ? "all weak matches" : `only ${u.latestStrong} strong`}
                  </span>
                )}
              </td>
              <td className={th}>
                {u.lastAt.toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" })}
              </td>
              <td className={th}>
                <ul className="space-y-1">
                  <li>
                    <Link href={`/search?${searchQueryString({ q: u.query, filters: typed })}`}>
                      Run this search<span className="sr-only"> for {name}</span>
                    </Link>
                  </li>
                  <li>
                    <Link
                      href={`/curate/collections?${new URLSearchParams({ title: (u.query || filters).slice(0, 120) })}#new-collection`}
                    >
                      Start a collection<span className="sr-only"> for {name}</span>
                    </Link>
                  </li>
                </ul>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

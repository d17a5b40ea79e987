import type { Metadata } from "next";
import { IgnoredParamsAlert } from "@/components/ignored-params-alert";
import { headers } from "next/headers";
import Link from "next/link";
import { Pagination } from "@/components/pagination";
import { FacetFilters, SelectedFilters } from "@/components/search/facet-filters";
import { SearchBox } from "@/components/search/search-box";
import { QueryFeedback } from "@/components/search/query-feedback";
import { FiltersDisclosure } from "@/components/search/filters-disclosure";
import { ResultList } from "@/components/search/result-list";
import { SortLinks } from "@/components/search/sort-links";
import { ZeroResults } from "@/components/search/zero-results";
import { FewResultsHelp } from "@/components/search/ask-curator";
import { FEW_RESULTS } from "@/lib/demand/aggregate";
import { publicContext } from "@/lib/dal/context";
import { searchViewIsDemand } from "@/lib/demand/search-view";
import { handOverRenderedSearch, RENDER_ID_HEADER } from "@/lib/search/page-handoff";
import { searchIndexPosition, searchWithDemand } from "@/lib/search/service";
import { parseSearchPageParams, searchParamsRecord, searchQueryString } from "@/lib/validation/search";

export const dynamic = "force-dynamic";

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { params } = parseSearchPageParams(await searchParams);
  const q = params.q.slice(0, 80);
  return {
    title: q ? `“${q}” — search teams` : "Search teams",
    description: q
      ? `University research teams worldwide that can help with “${q}”.`
      : "Search university research teams worldwide in your own words, and filter by country, field, sector, cost and more.",
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const { params, problems } = parseSearchPageParams(await searchParams);
  const h = await headers();
  // Paging or re-sorting the same search is not another search: count it once (demand insight).
  // Crawlers may read search pages (robots.txt) but their searches are not demand.
  const record = searchViewIsDemand(params, {
    userAgent: h.get("user-agent"),
    referer: h.get("referer"),
    host: h.get("host"),
    forwardedHost: h.get("x-forwarded-host"),
  });
  // Read before the search: a copy the web server stores is never newer than this claims.
  const indexPosition = searchIndexPosition();
  const { result, recordDemand } = await searchWithDemand(publicContext(), params);
  if (record) recordDemand?.();
  // The web server may store this (anonymous) page and serve it again: it then records the demand
  // of each later view by the same rules (scripts/web/search-page-cache.ts).
  handOverRenderedSearch(h.get(RENDER_ID_HEADER), { indexPosition, recordDemand });
  const beyondLast = result.total > 0 && result.hits.length === 0;
  const q = params.q.trim();
  return (
    <div className="space-y-6">
      <header className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">Search teams</h1>
        <form method="get" action="/search" role="search" className="rounded-lg border border-slate-200 bg-white p-4">
          <SearchBox key={params.q} defaultValue={params.q} label="What do you need help with?" />
          {Object.entries(params.filters).flatMap(([name, values]) =>
            (values ?? []).map((v) => <input key={`${name}:${v}`} type="hidden" name={name} value={v} />),
          )}
          {params.sort !== "relevance" && <input type="hidden" name="sort" value={params.sort} />}
        </form>
      </header>

      <IgnoredParamsAlert problems={problems} />

      <div className="grid gap-6 md:grid-cols-[17rem_1fr]">
        <aside aria-label="Filters">
          <FiltersDisclosure params={params}>
            <FacetFilters params={params} facets={result.facets} />
          </FiltersDisclosure>
        </aside>
        <section aria-labelledby="results-heading" className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="results-heading" className="text-xl font-semibold">
              {result.total} team{result.total === 1 ? "" : "s"}
              {q ? ` for “${q.length > 120 ? `${q.slice(0, 100).trimEnd()}…` : q}”` : ""}
            </h2>
            {result.total > 1 && <SortLinks params={params} />}
          </div>
          <SelectedFilters params={params} />
          {(q || Object.values(params.filters).some((v) => v && v.length > 0)) && (
            <p className="text-sm">
              <Link href={`/saved-searches?${searchQueryString({ ...params, page: 1 })}`}>Save this search</Link> and be
              e-mailed when new teams match.
            </p>
          )}
          {result.ignoredTerms && result.ignoredTerms.length > 0 && (result.usedTerms?.length ?? 0) > 0 && (
            <p className="text-sm text-slate-700">
              Left out as too common to help: {result.ignoredTerms.slice(0, 12).join(", ")}
              {result.ignoredTerms.length > 12 ? "…" : ""}.
            </p>
          )}
          <QueryFeedback params={params} result={result} />
          {result.total === 0 ? (
            <ZeroResults params={params} result={result} />
          ) : beyondLast ? (
            <p className="rounded-lg border border-slate-200 bg-white p-5">
              There is no page {params.page}: this search has {result.pageCount} page{result.pageCount === 1 ? "" : "s"}
              . <Link href={`/search?${searchQueryString({ ...params, page: 1 })}`}>Go to the first page</Link>.
            </p>
          ) : (
            <ResultList hits={result.hits} />
          )}
          {result.total > 0 && result.total <= FEW_RESULTS && <FewResultsHelp need={q} total={result.total} />}
          {!beyondLast && (
            <Pagination
              page={result.page}
              pageCount={result.pageCount}
              basePath="/search"
              params={searchParamsRecord(params)}
            />
          )}
        </section>
      </div>
    </div>
  );
}

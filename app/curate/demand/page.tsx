import type { Metadata } from "next";
import Link from "next/link";
import { SearchesChart } from "@/components/demand/searches-chart";
import { IgnoredParamsAlert } from "@/components/ignored-params-alert";
import { facetTitle, facetValueLabel } from "@/components/search/facet-labels";
import { requestContext } from "@/lib/dal/request-context";
import { getDemandReport } from "@/lib/dal/curation/demand";
import { DEMAND_PERIODS, FEW_RESULTS } from "@/lib/demand/aggregate";
import { FACET_NAMES, type FacetName } from "@/lib/search/types";
import { parseDemandParams } from "@/lib/validation/demand";
import { searchQueryString } from "@/lib/validation/search";
import { orNotFound } from "../or-not-found";
import { UnmetTable } from "./unmet-table";

export const metadata: Metadata = { title: "Demand insight" };

const isFacet = (name: string): name is FacetName => (FACET_NAMES as readonly string[]).includes(name);
const th = "p-2";

export default async function DemandPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { days, problems } = parseDemandParams(await searchParams);
  const ctx = await requestContext();
  const report = orNotFound(() => getDemandReport(ctx, { days }));
  const share = report.searches > 0 ? Math.round((100 * report.zeroResultSearches) / report.searches) : 0;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Demand insight</h1>
        <p className="max-w-3xl text-slate-700">
          What people look for on the register, and what they do not find. Each distinct search (words and filters)
          counts once — paging through its results or re-sorting them does not count again. Nothing about who searched
          is recorded.
        </p>
        <nav aria-label="Period" className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-600">Show the last</span>
          {DEMAND_PERIODS.map((d) =>
            d === days ? (
              <span key={d} aria-current="page" className="rounded bg-brand-600 px-2 py-1 font-semibold text-white">
                {d} days
              </span>
            ) : (
              <Link
                key={d}
                href={`/curate/demand?days=${d}`}
                className="rounded border border-slate-300 bg-white px-2 py-1"
              >
                {d} days
              </Link>
            ),
          )}
        </nav>
      </header>
      <IgnoredParamsAlert problems={problems} />

      <dl className="grid gap-3 sm:grid-cols-3">
        {[
          ["Searches", report.searches.toLocaleString("en-GB")],
          ["Found nothing", report.zeroResultSearches.toLocaleString("en-GB")],
          ["Share that found nothing", `${share}%`],
        ].map(([k, v]) => (
          <div key={k} className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">{k}</dt>
            <dd className="text-2xl font-bold">{v}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="unmet" className="space-y-3">
        <h2 id="unmet" className="text-xl font-semibold">
          Unmet demand
        </h2>
        <p className="max-w-3xl text-sm text-slate-700">
          Searches whose latest run found nothing or at most {FEW_RESULTS} teams that matched strongly: needs the
          register does not meet yet. A weak match is a team found only by its institution&apos;s name or place, or only
          through typo tolerance. Recruit teams for them, or gather the nearest ones into a collection.
        </p>
        <UnmetTable rows={report.unmet} />
      </section>

      <section aria-labelledby="per-day" className="space-y-3">
        <h2 id="per-day" className="text-xl font-semibold">
          Searches per day
        </h2>
        <SearchesChart days={report.perDay} />
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="top" className="space-y-3">
          <h2 id="top" className="text-xl font-semibold">
            Most frequent searches
          </h2>
          {report.topQueries.length === 0 ? (
            <p className="text-slate-700">No searches with words in this period.</p>
          ) : (
            <table className="w-full border-collapse bg-white text-left text-sm">
              <caption className="sr-only">Most frequent searches, last {days} days</caption>
              <thead className="border-b border-slate-300">
                <tr>
                  <th scope="col" className={th}>
                    Words
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    Searches
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    Found nothing
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.topQueries.map((q) => (
                  <tr key={q.query} className="border-b border-slate-100">
                    <th scope="row" className={`${th} font-normal`}>
                      <Link href={`/search?${searchQueryString({ q: q.query })}`}>{q.query}</Link>
                    </th>
                    <td className={`${th} text-right`}>{q.searches}</td>
                    <td className={`${th} text-right`}>{q.zeroResults}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section aria-labelledby="filters" className="space-y-3">
          <h2 id="filters" className="text-xl font-semibold">
            Most used filters
          </h2>
          {report.filters.length === 0 ? (
            <p className="text-slate-700">No filters were used in this period.</p>
          ) : (
            <table className="w-full border-collapse bg-white text-left text-sm">
              <caption className="sr-only">Most used filters, last {days} days</caption>
              <thead className="border-b border-slate-300">
                <tr>
                  <th scope="col" className={th}>
                    Filter
                  </th>
                  <th scope="col" className={th}>
                    Value
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    Searches
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.filters.map((f) => (
                  <tr key={`${f.facet}:${f.value}`} className="border-b border-slate-100">
                    <td className={th}>{isFacet(f.facet) ? facetTitle(f.facet) : f.facet}</td>
                    <td className={th}>{isFacet(f.facet) ? facetValueLabel(f.facet, f.value) : f.value}</td>
                    <td className={`${th} text-right`}>{f.searches}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import { IgnoredParamsAlert } from "@/components/ignored-params-alert";
import Link from "next/link";
import { Pagination } from "@/components/pagination";
import { TeamCard } from "@/components/team-card";
import { publicContext } from "@/lib/dal/context";
import { getRegisterStats } from "@/lib/dal/register/stats";
import { listTeams } from "@/lib/dal/teams/public";
import { countryName } from "@/lib/reference/countries";
import { FIELDS, fieldName } from "@/lib/reference/fields";
import { parseBrowseQuery } from "@/lib/validation/browse";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Browse teams",
  description: "Every published university research team on Expertise Atlas, filtered by country and field of science.",
};

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function BrowsePage({ searchParams }: Props) {
  const sp = await searchParams;
  const { value: q, problems } = parseBrowseQuery(sp);
  const ctx = publicContext();
  const result = listTeams(ctx, { country: q.country, field: q.field }, q.page ?? 1);
  const countries = getRegisterStats(ctx)
    .byCountry.map((c) => ({ code: c.countryCode, name: countryName(c.countryCode) }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
  const beyondLast = result.total > 0 && result.page > result.pageCount;
  const select = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2";
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Browse teams</h1>
        <p className="mt-2 text-slate-700">
          {result.total} published team{result.total === 1 ? "" : "s"}
          {q.country ? ` in ${countryName(q.country)}` : ""}
          {q.field ? ` in ${fieldName(q.field)}` : ""}. Looking for something specific?{" "}
          <Link href="/search">Search in your own words</Link>.
        </p>
      </header>

      <form
        method="get"
        action="/teams"
        className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      >
        <div>
          <label htmlFor="country" className="text-sm font-medium">
            Country
          </label>
          <select id="country" name="country" defaultValue={q.country ?? ""} className={select}>
            <option value="">All countries</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="field" className="text-sm font-medium">
            Field of science
          </label>
          <select id="field" name="field" defaultValue={q.field ?? ""} className={select}>
            <option value="">All fields</option>
            {FIELDS.map((f) => (
              <option key={f.code} value={f.code}>
                {f.parent ? `\u00a0\u00a0${f.name}` : f.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          Apply filters
        </button>
      </form>

      <IgnoredParamsAlert problems={problems} />

      {beyondLast ? (
        <p className="rounded-lg border border-slate-200 bg-white p-5">
          There is no page {result.page}: these filters have {result.pageCount} page{result.pageCount === 1 ? "" : "s"}.{" "}
          <Link href="/teams">Start again from page 1</Link>.
        </p>
      ) : result.total === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-5">
          No published teams match these filters. <Link href="/teams">Clear the filters</Link> or{" "}
          <Link href="/search">search in your own words</Link>.
        </p>
      ) : (
        <section aria-labelledby="teams-heading">
          {/* The cards' names are level-3 headings: this level-2 one keeps the outline unbroken. */}
          <h2 id="teams-heading" className="sr-only">
            Teams
          </h2>
          <div className="grid gap-4 md:grid-cols-2">
            {result.items.map((t) => (
              <TeamCard key={t.slug} team={t} />
            ))}
          </div>
        </section>
      )}
      <Pagination
        page={Math.min(result.page, result.pageCount)}
        pageCount={result.pageCount}
        basePath="/teams"
        params={sp}
      />
    </div>
  );
}

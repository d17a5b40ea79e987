import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/pagination";
import { TeamCard } from "@/components/team-card";
import { WorldMap } from "@/components/world-map";
import { publicContext } from "@/lib/dal/context";
import { listInstitutionsWithTeams } from "@/lib/dal/institutions/public";
import { listMapPoints } from "@/lib/dal/register/stats";
import { listTeams } from "@/lib/dal/teams/public";
import { continentName, continentOf, countryName } from "@/lib/reference/countries";
import { areaParam, countryParam, pageParam } from "@/lib/validation/browse";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const code = countryParam.safeParse((await params).code);
  if (!code.success) return { title: "Country not found" };
  return {
    title: `University expertise in ${countryName(code.data)}`,
    description: `Research teams in ${countryName(code.data)} that work with small and medium-sized firms, on Expertise Atlas.`,
  };
}

export default async function CountryPage({ params, searchParams }: Props) {
  const parsed = countryParam.safeParse((await params).code);
  if (!parsed.success) notFound();
  const code = parsed.data;
  const sp = await searchParams;
  const ctx = publicContext();
  const page = pageParam.safeParse(sp.page).data ?? 1;
  const teams = listTeams(ctx, { country: code }, page);
  const institutions = listInstitutionsWithTeams(ctx, code);
  const points = listMapPoints(ctx, code);
  const continent = continentOf(code);
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-slate-600">
          <Link href="/countries">Countries</Link>
          {continent ? ` · ${continentName(continent)}` : ""}
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">{countryName(code)}</h1>
        <p className="mt-2 text-slate-700">
          {teams.total} team{teams.total === 1 ? "" : "s"} at {institutions.length} institution
          {institutions.length === 1 ? "" : "s"}.{" "}
          <Link href={`/search?country=${code}`}>Search within {countryName(code)}</Link>
        </p>
      </header>
      {teams.total === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-5 text-slate-700">
          No teams in {countryName(code)} are listed yet. <Link href="/search">Search every country</Link> — the right
          team may be just across a border.
        </p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <section aria-labelledby="teams-h">
            <h2 id="teams-h" className="mb-3 text-xl font-semibold">
              Teams
            </h2>
            <div className="grid gap-4">
              {teams.items.map((t) => (
                <TeamCard key={t.slug} team={t} />
              ))}
            </div>
            <Pagination
              page={teams.page}
              pageCount={teams.pageCount}
              basePath={`/countries/${code.toLowerCase()}`}
              params={sp}
            />
          </section>
          <aside className="space-y-4">
            <WorldMap
              title={`Institutions with teams in ${countryName(code)}`}
              places={points}
              level="institutions"
              area={areaParam.safeParse(sp.area).data ?? null}
              basePath={`/countries/${code.toLowerCase()}`}
            />
            <section aria-labelledby="inst-h">
              <h2 id="inst-h" className="mb-2 text-lg font-semibold">
                Institutions
              </h2>
              <ul className="space-y-1 text-sm">
                {institutions.map((i) => (
                  <li key={i.slug}>
                    <Link href={`/institutions/${i.slug}`}>{i.name}</Link>{" "}
                    <span className="text-slate-600">({i.teamCount})</span>
                  </li>
                ))}
              </ul>
            </section>
          </aside>
        </div>
      )}
    </div>
  );
}

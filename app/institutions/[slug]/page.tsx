import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/json-ld";
import { label } from "@/components/labels";
import { Pagination } from "@/components/pagination";
import { TeamCard } from "@/components/team-card";
import { WorldMap } from "@/components/world-map";
import { publicContext } from "@/lib/dal/context";
import { getInstitution } from "@/lib/dal/institutions/public";
import { listTeams } from "@/lib/dal/teams/public";
import { appUrl } from "@/lib/env";
import { institutionJsonLd } from "@/lib/json-ld";
import { INSTITUTION_KINDS, labelOf } from "@/lib/reference/engagement";
import { pageParam, slugParam } from "@/lib/validation/browse";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function load(slug: string) {
  const parsed = slugParam.safeParse(slug);
  return parsed.success ? getInstitution(publicContext(), parsed.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const inst = load((await params).slug);
  if (!inst) return { title: "Institution not found" };
  return {
    title: inst.name,
    description: `${inst.publishedTeamCount} research team${inst.publishedTeamCount === 1 ? "" : "s"} at ${inst.name}, ${label.country(inst.countryCode)}, listed for firms on Expertise Atlas.`,
  };
}

export default async function InstitutionPage({ params, searchParams }: Props) {
  const inst = load((await params).slug);
  if (!inst) notFound();
  const sp = await searchParams;
  const page = pageParam.safeParse(sp.page).data ?? 1;
  const result = listTeams(publicContext(), { institutionId: inst.id }, page);
  return (
    <div className="space-y-6">
      <JsonLd data={institutionJsonLd(appUrl(), { ...inst, teams: result.items })} />
      <header>
        <p className="text-sm text-slate-600">
          {labelOf(INSTITUTION_KINDS, inst.kind)} · {inst.city ? `${inst.city}, ` : ""}
          <Link href={`/countries/${inst.countryCode.toLowerCase()}`}>{label.country(inst.countryCode)}</Link>
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">{inst.name}</h1>
        {(inst.acronyms.length > 0 || inst.aliases.length > 0) && (
          <p className="mt-1 text-slate-600">
            Also known as {[...inst.acronyms, ...inst.aliases].slice(0, 6).join(", ")}
          </p>
        )}
        <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm">
          {inst.website && (
            <li>
              <a href={inst.website} rel="noopener nofollow">
                Website
              </a>
            </li>
          )}
          {inst.rorId && (
            <li>
              <a href={inst.rorId} rel="noopener">
                ROR record {inst.rorId.replace("https://ror.org/", "")}
              </a>
            </li>
          )}
          <li>{inst.verified ? "Verified on Expertise Atlas" : "Not yet verified by a curator"}</li>
        </ul>
      </header>

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="teams-h">
          <h2 id="teams-h" className="mb-3 text-xl font-semibold">
            Teams listed ({result.total})
          </h2>
          {result.total === 0 ? (
            <p className="rounded-lg border border-slate-200 bg-white p-5 text-slate-700">
              No teams from this institution are listed yet. University staff can register and add their teams.
            </p>
          ) : (
            <div className="grid gap-4">
              {result.items.map((t) => (
                <TeamCard key={t.slug} team={t} />
              ))}
            </div>
          )}
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            basePath={`/institutions/${inst.slug}`}
            params={sp}
          />
        </section>
        {inst.lat !== null && inst.lng !== null && (
          <aside>
            <WorldMap
              title={`Location of ${inst.name}`}
              places={[
                {
                  slug: inst.slug,
                  name: inst.name,
                  countryCode: inst.countryCode,
                  lat: inst.lat,
                  lng: inst.lng,
                  teams: result.total,
                },
              ]}
              level="institutions"
            />
          </aside>
        )}
      </div>
    </div>
  );
}

import { isSignedIn } from "@/lib/policy/viewer-kinds";
import type { Metadata } from "next";
import Link from "next/link";
import { AvailabilityBadge } from "@/components/availability-badge";
import { ResponseFigures } from "@/components/introductions/response-figures";
import { label } from "@/components/labels";
import { requestContext } from "@/lib/dal/request-context";
import { compareTeams, type ComparedTeam } from "@/lib/dal/teams/shortlists";
import { LIMITS } from "@/lib/introductions/vocabulary";
import { canKeepShortlist } from "@/lib/policy";
import { compareQuerySchema } from "@/lib/validation/introduction";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare teams" };

const list = (xs: string[], f: (x: string) => string) => (xs.length ? xs.map(f).join(", ") : "Not stated");

type Row = [string, (t: ComparedTeam) => React.ReactNode];

const ROWS: Row[] = [
  ["Institution", (t) => `${t.profile.institution.name}, ${label.country(t.profile.institution.countryCode)}`],
  ["Availability", (t) => <AvailabilityBadge value={t.profile.availability} />],
  ["What they do", (t) => t.profile.summary],
  ["Kinds of knowledge", (t) => list(t.profile.knowledgeTypes, label.knowledgeType)],
  [
    "Ways to work, indicative cost",
    (t) =>
      t.profile.engagementModes.length ? (
        <ul className="space-y-1">
          {t.profile.engagementModes.map((m) => (
            <li key={m.mode}>
              {label.mode(m.mode)}: {label.costBandIn(m.costBand, t.profile.currency)},{" "}
              {label.duration(m.duration).toLowerCase()}
            </li>
          ))}
        </ul>
      ) : (
        "Not stated"
      ),
  ],
  ["Languages", (t) => list(t.profile.languages, label.language)],
  ["Sectors served", (t) => list(t.profile.sectors, label.sector)],
  ["Fields", (t) => list(t.profile.fields, label.field)],
  ["Facilities", (t) => list(t.profile.facilities, (f) => f)],
  [
    "Work with firms",
    (t) => `${t.profile.caseStudies.length} case stud${t.profile.caseStudies.length === 1 ? "y" : "ies"}`,
  ],
  ["Responsiveness", (t) => <ResponseFigures stats={t.stats} compact />],
];

const NOTE_ROW: Row = [
  "Your note",
  (t) => (t.note ? <span className="whitespace-pre-line">{t.note}</span> : <span className="text-slate-500">—</span>),
];

/** The compare address without one team: the selection lives in the URL. */
function without(slugs: string[], slug: string): string {
  const rest = slugs.filter((s) => s !== slug);
  return rest.length ? `/compare?${rest.map((s) => `teams=${encodeURIComponent(s)}`).join("&")}` : "/compare";
}

function Actions({ t, slugs, signedIn }: { t: ComparedTeam; slugs: string[]; signedIn: boolean }) {
  const slug = t.profile.slug;
  const add = `/shortlist?add=${encodeURIComponent(slug)}`;
  return (
    <ul className="space-y-1">
      <li>
        <Link href={`/introductions/new?team=${slug}`}>
          Request an introduction<span className="sr-only"> to {t.profile.name}</span>
        </Link>
      </li>
      <li>
        {t.note !== null ? (
          <span>
            On your <Link href="/shortlist">shortlist</Link>
          </span>
        ) : (
          <Link href={signedIn ? add : `/sign-in?next=${encodeURIComponent(add)}`}>
            Add to shortlist<span className="sr-only"> {t.profile.name}</span>
            {!signedIn && " (sign in)"}
          </Link>
        )}
      </li>
      <li>
        <Link href={without(slugs, slug)}>
          Remove from comparison<span className="sr-only"> {t.profile.name}</span>
        </Link>
      </li>
    </ul>
  );
}

export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = (await searchParams).teams;
  const parsed = compareQuerySchema.safeParse({ teams: Array.isArray(raw) ? raw.join(",") : (raw ?? "") });
  const ctx = await requestContext();
  const teams = parsed.success ? compareTeams(ctx, parsed.data.teams) : [];
  const slugs = teams.map((t) => t.profile.slug);
  const keeper = canKeepShortlist(ctx.viewer);
  const rows = keeper ? [...ROWS, NOTE_ROW] : ROWS;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Compare teams</h1>
        <p className="mt-2 text-slate-700">
          Up to {LIMITS.compareMax} teams side by side. Tick them on the <Link href="/search">search results</Link>
          {keeper ? (
            <>
              {" "}
              or on your <Link href="/shortlist">shortlist</Link>
            </>
          ) : null}
          ; this page&apos;s address keeps your choice, so you can bookmark or share it.
        </p>
      </header>
      {!parsed.success && (
        <p role="alert" className="rounded-md border border-rose-300 bg-rose-50 px-4 py-3 text-rose-900">
          {parsed.error.issues[0]?.message ?? "Those teams cannot be compared."}.{" "}
          <Link href="/search">Back to the search</Link>
        </p>
      )}
      {parsed.success && teams.length < 2 && (
        <p className="rounded-lg border border-slate-200 bg-white p-5 text-slate-700">
          Choose at least two published teams to compare: tick “Compare” on the{" "}
          <Link href="/search">search results</Link>.
        </p>
      )}
      {teams.length > 0 && (
        <>
          {/* Wide screens: a table, one column per team. */}
          <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block">
            <table className="w-full table-fixed text-left text-sm">
              <caption className="sr-only">The chosen teams side by side</caption>
              <thead>
                <tr className="bg-slate-50">
                  <td className="w-40 px-3 py-2" />
                  {teams.map((t) => (
                    <th key={t.profile.slug} scope="col" className="px-3 py-2 align-top font-semibold break-words">
                      <Link href={`/teams/${t.profile.slug}`}>{t.profile.name}</Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(([name, cell]) => (
                  <tr key={name} className="border-t border-slate-100 align-top">
                    <th scope="row" className="px-3 py-2 font-medium text-slate-700">
                      {name}
                    </th>
                    {teams.map((t) => (
                      <td key={t.profile.slug} className="px-3 py-2 [overflow-wrap:anywhere]">
                        {cell(t)}
                      </td>
                    ))}
                  </tr>
                ))}
                <tr className="border-t border-slate-100 align-top">
                  <td className="px-3 py-2" />
                  {teams.map((t) => (
                    <td key={t.profile.slug} className="px-3 py-2 text-sm">
                      <Actions t={t} slugs={slugs} signedIn={isSignedIn(ctx.viewer)} />
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
          {/* Phones: the same, one team after another. */}
          <ol className="space-y-4 md:hidden" aria-label="The chosen teams">
            {teams.map((t) => (
              <li key={t.profile.slug}>
                <section
                  aria-label={t.profile.name}
                  className="rounded-lg border border-slate-200 bg-white p-4 text-sm [overflow-wrap:anywhere]"
                >
                  <h2 className="text-base font-semibold">
                    <Link href={`/teams/${t.profile.slug}`}>{t.profile.name}</Link>
                  </h2>
                  <dl className="mt-2 space-y-2">
                    {rows.map(([name, cell]) => (
                      <div key={name}>
                        <dt className="font-medium text-slate-600">{name}</dt>
                        <dd>{cell(t)}</dd>
                      </div>
                    ))}
                  </dl>
                  <div className="mt-3">
                    <Actions t={t} slugs={slugs} signedIn={isSignedIn(ctx.viewer)} />
                  </div>
                </section>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

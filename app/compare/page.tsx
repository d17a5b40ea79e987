import type { Metadata } from "next";
import Link from "next/link";
import { AvailabilityBadge } from "@/components/availability-badge";
import { ResponseFigures } from "@/components/introductions/response-figures";
import { label } from "@/components/labels";
import { requestContext } from "@/lib/dal/context";
import { compareTeams, type ComparedTeam } from "@/lib/dal/shortlists";
import { LIMITS } from "@/lib/introductions/vocabulary";
import { compareQuerySchema } from "@/lib/validation/introduction";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare teams" };

const list = (xs: string[], f: (x: string) => string) => (xs.length ? xs.map(f).join(", ") : "Not stated");

const ROWS: [string, (t: ComparedTeam) => React.ReactNode][] = [
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
              {label.mode(m.mode)}: {label.costBand(m.costBand)}, {label.duration(m.duration).toLowerCase()}
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
  [
    "Your note",
    (t) => (t.note ? <span className="whitespace-pre-line">{t.note}</span> : <span className="text-slate-500">—</span>),
  ],
];

export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = (await searchParams).teams;
  const parsed = compareQuerySchema.safeParse({ teams: Array.isArray(raw) ? raw.join(",") : (raw ?? "") });
  const ctx = await requestContext();
  const teams = parsed.success ? compareTeams(ctx, parsed.data.teams) : [];
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Compare teams</h1>
        <p className="mt-2 text-slate-700">
          Up to {LIMITS.compareMax} teams side by side. Choose them on your <Link href="/shortlist">shortlist</Link>.
        </p>
      </header>
      {!parsed.success && (
        <p role="alert" className="rounded-md border border-rose-300 bg-rose-50 px-4 py-3 text-rose-900">
          {parsed.error.issues[0]?.message ?? "Those teams cannot be compared."}
        </p>
      )}
      {parsed.success && teams.length < 2 && (
        <p className="rounded-lg border border-slate-200 bg-white p-5 text-slate-700">
          Choose at least two published teams to compare.
        </p>
      )}
      {teams.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[40rem] table-fixed text-left text-sm">
            <caption className="sr-only">The chosen teams side by side</caption>
            <thead>
              <tr className="bg-slate-50">
                <td className="w-40 px-3 py-2" />
                {teams.map((t) => (
                  <th key={t.profile.slug} scope="col" className="px-3 py-2 align-top font-semibold">
                    <Link href={`/teams/${t.profile.slug}`}>{t.profile.name}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ROWS.map(([name, cell]) => (
                <tr key={name} className="border-t border-slate-100 align-top">
                  <th scope="row" className="px-3 py-2 font-medium text-slate-700">
                    {name}
                  </th>
                  {teams.map((t) => (
                    <td key={t.profile.slug} className="px-3 py-2 break-words">
                      {cell(t)}
                    </td>
                  ))}
                </tr>
              ))}
              <tr className="border-t border-slate-100">
                <td className="px-3 py-2" />
                {teams.map((t) => (
                  <td key={t.profile.slug} className="px-3 py-2">
                    <Link href={`/introductions/new?team=${t.profile.slug}`}>
                      Request an introduction<span className="sr-only"> to {t.profile.name}</span>
                    </Link>
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

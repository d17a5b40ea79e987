import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AvailabilityBadge } from "@/components/availability-badge";
import { DemoNotice } from "@/components/demo-notice";
import { flagOf, label } from "@/components/labels";
import { publicContext } from "@/lib/dal/context";
import { getTeam } from "@/lib/dal/teams";
import { slugParam } from "@/lib/validation/browse";
import { IntroductionPanel } from "./introduction-panel";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
}

function load(slug: string) {
  const parsed = slugParam.safeParse(slug);
  return parsed.success ? getTeam(publicContext(), parsed.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const team = load((await params).slug);
  if (!team) return { title: "Team not found" };
  return {
    title: `${team.name} — ${team.institution.name}`,
    description: team.summary.slice(0, 300),
  };
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="mb-3 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

const chip = "inline-block rounded-full bg-slate-100 px-2.5 py-0.5 text-sm text-slate-800";

export default async function TeamPage({ params }: Props) {
  const team = load((await params).slug);
  if (!team) notFound();
  const country = label.country(team.institution.countryCode);
  return (
    <article className="space-y-6">
      {team.isDemo && <DemoNotice />}
      <header>
        <p className="text-sm text-slate-600">
          <Link href={`/institutions/${team.institution.slug}`}>{team.institution.name}</Link>
          {" · "}
          <span aria-hidden="true">{flagOf(team.institution.countryCode)} </span>
          {team.institution.city ? `${team.institution.city}, ` : ""}
          <Link href={`/countries/${team.institution.countryCode.toLowerCase()}`}>{country}</Link>
          {team.institution.verified && <span className="ml-2 text-emerald-800">Verified institution</span>}
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">{team.name}</h1>
        <div className="mt-2 flex flex-wrap gap-2">
          <AvailabilityBadge value={team.availability} />
          {team.notConfirmedRecently && (
            <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
              Not confirmed recently
            </span>
          )}
        </div>
        <p className="mt-4 max-w-3xl text-lg text-slate-800">{team.summary}</p>
      </header>

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <Section title="What the team does">
            <div className="space-y-3 text-slate-800">
              {team.description.split(/\n{2,}/).map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </div>
            {team.keywords.length > 0 && (
              <ul aria-label="Keywords" className="mt-4 flex flex-wrap gap-2">
                {team.keywords.map((k) => (
                  <li key={k} className={chip}>
                    {k}
                  </li>
                ))}
              </ul>
            )}
          </Section>

          <Section title="Ways to work together">
            {team.engagementModes.length === 0 ? (
              <p className="text-slate-700">The team has not listed how it works with firms yet.</p>
            ) : (
              <table className="w-full text-left text-sm">
                <thead className="text-slate-600">
                  <tr>
                    <th scope="col" className="py-1 pr-3 font-medium">How</th>
                    <th scope="col" className="py-1 pr-3 font-medium">Indicative cost</th>
                    <th scope="col" className="py-1 font-medium">Typical duration</th>
                  </tr>
                </thead>
                <tbody>
                  {team.engagementModes.map((m) => (
                    <tr key={m.mode} className="border-t border-slate-100">
                      <td className="py-2 pr-3">{label.mode(m.mode)}</td>
                      <td className="py-2 pr-3">{label.costBand(m.costBand)}</td>
                      <td className="py-2">{label.duration(m.duration)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <p className="mt-3 text-xs text-slate-500">
              Costs are indicative, before any public funding (for example Innovate UK support or innovation vouchers).
            </p>
          </Section>

          {team.caseStudies.length > 0 && (
            <Section title="Work with firms and others">
              <ul className="space-y-4">
                {team.caseStudies.map((c, i) => (
                  <li key={i} className="border-l-4 border-brand-100 pl-4">
                    <p className="text-sm font-medium text-slate-600">
                      {label.partnerKind(c.partnerKind)}
                      {c.partnerCountry ? ` in ${label.country(c.partnerCountry)}` : ""}
                      {c.year ? `, ${c.year}` : ""}
                    </p>
                    <dl className="mt-1 space-y-1 text-sm">
                      <div><dt className="inline font-semibold">Challenge: </dt><dd className="inline">{c.challenge}</dd></div>
                      <div><dt className="inline font-semibold">What we did: </dt><dd className="inline">{c.whatWasDone}</dd></div>
                      <div><dt className="inline font-semibold">Outcome: </dt><dd className="inline">{c.outcome}</dd></div>
                    </dl>
                  </li>
                ))}
              </ul>
            </Section>
          )}
        </div>

        <aside className="space-y-6">
          <IntroductionPanel team={team} />
          <Section title="At a glance">
            <dl className="space-y-3 text-sm">
              <div>
                <dt className="font-medium text-slate-600">Languages spoken</dt>
                <dd>{team.languages.map(label.language).join(", ") || "Not stated"}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-600">Kinds of knowledge</dt>
                <dd>{team.knowledgeTypes.map(label.knowledgeType).join(", ") || "Not stated"}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-600">Fields</dt>
                <dd>
                  {team.fields.map((f) => (
                    <Link key={f} href={`/teams?field=${encodeURIComponent(f)}`} className="mr-2 inline-block">
                      {label.field(f)}
                    </Link>
                  ))}
                </dd>
              </div>
              <div>
                <dt className="font-medium text-slate-600">Sectors served</dt>
                <dd>{team.sectors.map(label.sector).join("; ") || "Not stated"}</dd>
              </div>
              {team.facilities.length > 0 && (
                <div>
                  <dt className="font-medium text-slate-600">Facilities</dt>
                  <dd>
                    <ul className="list-disc pl-5">
                      {team.facilities.map((f) => (
                        <li key={f}>{f}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
              )}
              {team.leadName && (
                <div>
                  <dt className="font-medium text-slate-600">Team lead</dt>
                  <dd>
                    {team.leadName}
                    {team.leadOrcid && (
                      <>
                        {" "}
                        (<a href={`https://orcid.org/${team.leadOrcid}`} rel="noopener">ORCID {team.leadOrcid}</a>)
                      </>
                    )}
                  </dd>
                </div>
              )}
              {team.website && (
                <div>
                  <dt className="font-medium text-slate-600">Website</dt>
                  <dd className="break-all">
                    <a href={team.website} rel="noopener nofollow">{team.website}</a>
                  </dd>
                </div>
              )}
              <div>
                <dt className="font-medium text-slate-600">Listing last confirmed</dt>
                <dd>
                  {(team.confirmedAt ?? team.updatedAt).toLocaleDateString("en-GB", { year: "numeric", month: "long", day: "numeric" })}
                </dd>
              </div>
            </dl>
          </Section>
          <p className="text-sm text-slate-600">
            Contact details are shared once the team accepts an introduction, so teams hear from firms that have
            described a real need.
          </p>
        </aside>
      </div>
    </article>
  );
}

// A team's profile as the public page lays it out, from a TeamProfile DTO. Pure markup: used by
// the editor's live preview (a client component) and the curators' review screen.
import type { ReactNode } from "react";
import type { TeamProfile } from "@/lib/dal/team-dto";
import { AvailabilityBadge } from "./availability-badge";
import { flagOf, label } from "./labels";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5">
      <h3 className="mb-3 text-lg font-semibold">{title}</h3>
      {children}
    </section>
  );
}

const chip = "inline-block rounded-full bg-slate-100 px-2.5 py-0.5 text-sm text-slate-800";

export function TeamProfileView({ team }: { team: TeamProfile }) {
  return (
    <article className="space-y-6">
      <header>
        <p className="text-sm text-slate-600">
          {team.institution.name}
          {" · "}
          <span aria-hidden="true">{flagOf(team.institution.countryCode)} </span>
          {team.institution.city ? `${team.institution.city}, ` : ""}
          {label.country(team.institution.countryCode)}
          {team.institution.verified && <span className="ml-2 text-emerald-800">Verified institution</span>}
        </p>
        <h2 className="mt-1 text-2xl font-bold tracking-tight">{team.name || "Team name"}</h2>
        <div className="mt-2 flex flex-wrap gap-2">
          <AvailabilityBadge value={team.availability} />
          {team.notConfirmedRecently && <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">Not confirmed recently</span>}
        </div>
        <p className="mt-4 max-w-3xl text-lg text-slate-800">{team.summary}</p>
      </header>

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <Section title="What the team does">
            <div className="space-y-3 text-slate-800">
              {team.description
                .split(/\n{2,}/)
                .filter(Boolean)
                .map((p, i) => (
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
                      <td className="py-2 pr-3">{m.costBand ? label.costBand(m.costBand) : "—"}</td>
                      <td className="py-2">{m.duration ? label.duration(m.duration) : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Section>

          {team.caseStudies.length > 0 && (
            <Section title="Work with firms and others">
              <ul className="space-y-4">
                {team.caseStudies.map((c, i) => (
                  <li key={i} className="border-l-4 border-brand-100 pl-4">
                    <p className="text-sm font-medium text-slate-600">
                      {c.partnerKind ? label.partnerKind(c.partnerKind) : "Partner"}
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
                <dd>{team.fields.map(label.field).join("; ") || "Not stated"}</dd>
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
                    {team.leadOrcid && <> (ORCID {team.leadOrcid})</>}
                  </dd>
                </div>
              )}
              {team.website && (
                <div>
                  <dt className="font-medium text-slate-600">Website</dt>
                  <dd className="break-all">{team.website}</dd>
                </div>
              )}
            </dl>
          </Section>
        </aside>
      </div>
    </article>
  );
}

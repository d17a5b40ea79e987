// A team's profile as the public page lays it out, from a TeamProfile DTO. Pure markup: used by
// the editor's live preview (a client component) and the curators' review screen.
import type { ReactNode } from "react";
import type { TeamProfile } from "@/lib/dal/team-dto";
import { AvailabilityBadge } from "./availability-badge";
import { flagOf, label } from "./labels";
import { TeamProfileMain } from "./team-profile-sections";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5">
      <h3 className="mb-3 text-lg font-semibold">{title}</h3>
      {children}
    </section>
  );
}

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
        <TeamProfileMain team={team} level={3} />

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

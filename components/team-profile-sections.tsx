// The main column of a team's profile — what it does, ways to work together, case studies —
// shared by the public page, the editor's live preview and the curators' review screen.
import type { ReactNode } from "react";
import type { TeamProfile } from "@/lib/dal/teams/types";
import { label } from "./labels";

export function ProfileSection({ title, level, children }: { title: string; level: 2 | 3; children: ReactNode }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5">
      <Heading className="mb-3 text-lg font-semibold">{title}</Heading>
      {children}
    </section>
  );
}

const chip = "inline-block rounded-full bg-slate-100 px-2.5 py-0.5 text-sm text-slate-800";

type Main = Pick<TeamProfile, "description" | "keywords" | "engagementModes" | "caseStudies" | "currency">;

/** `level` is the heading level of the section titles: 2 on the public page, 3 inside a preview. */
export function TeamProfileMain({ team, level }: { team: Main; level: 2 | 3 }) {
  return (
    <div className="space-y-6">
      <ProfileSection level={level} title="What the team does">
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
      </ProfileSection>

      <ProfileSection level={level} title="Ways to work together">
        {team.engagementModes.length === 0 ? (
          <p className="text-slate-700">The team has not listed how it works with firms yet.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">
                  How
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Indicative cost ({team.currency})
                </th>
                <th scope="col" className="py-1 font-medium">
                  Typical duration
                </th>
              </tr>
            </thead>
            <tbody>
              {team.engagementModes.map((m) => (
                <tr key={m.mode} className="border-t border-slate-100">
                  <td className="py-2 pr-3">{label.mode(m.mode)}</td>
                  <td className="py-2 pr-3">{m.costBand ? label.costBandIn(m.costBand, team.currency) : "—"}</td>
                  <td className="py-2">{m.duration ? label.duration(m.duration) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ProfileSection>

      {team.caseStudies.length > 0 && (
        <ProfileSection level={level} title="Work with firms and others">
          <ul className="space-y-4">
            {team.caseStudies.map((c, i) => (
              <li key={i} className="border-l-4 border-brand-100 pl-4">
                <p className="text-sm font-medium text-slate-600">
                  {c.partnerKind ? label.partnerKind(c.partnerKind) : "Partner"}
                  {c.partnerCountry ? ` in ${label.country(c.partnerCountry)}` : ""}
                  {c.year ? `, ${c.year}` : ""}
                </p>
                <dl className="mt-1 space-y-1 text-sm">
                  <div>
                    <dt className="inline font-semibold">Challenge: </dt>
                    <dd className="inline">{c.challenge}</dd>
                  </div>
                  <div>
                    <dt className="inline font-semibold">What we did: </dt>
                    <dd className="inline">{c.whatWasDone}</dd>
                  </div>
                  <div>
                    <dt className="inline font-semibold">Outcome: </dt>
                    <dd className="inline">{c.outcome}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        </ProfileSection>
      )}
      <p className="text-xs text-slate-500">
        Costs are indicative, before any public funding (for example Innovate UK support or innovation vouchers).
      </p>
    </div>
  );
}

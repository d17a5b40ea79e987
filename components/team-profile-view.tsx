// A team's profile as the public page lays it out, from a TeamProfile DTO. Pure markup: used by
// the editor's live preview (a client component) and the curators' review screen.
import type { TeamProfile } from "@/lib/dal/teams/types";
import { AvailabilityBadge } from "./availability-badge";
import { label } from "./labels";
import { TeamAtAGlance } from "./team-at-a-glance";
import { TeamProfileMain } from "./team-profile-sections";

export function TeamProfileView({ team }: { team: TeamProfile }) {
  return (
    <article className="min-w-0 space-y-6 [overflow-wrap:anywhere]">
      <header>
        <p className="text-sm text-slate-600">
          {team.institution.name}
          {" · "}
          {team.institution.city ? `${team.institution.city}, ` : ""}
          {label.country(team.institution.countryCode)}
          {team.institution.verified && <span className="ml-2 text-emerald-800">Verified institution</span>}
        </p>
        <h2 className="mt-1 text-2xl font-bold tracking-tight">{team.name || "Team name"}</h2>
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
        <TeamProfileMain team={team} level={3} />

        <aside className="space-y-6">
          <TeamAtAGlance team={team} level={3} />
        </aside>
      </div>
    </article>
  );
}

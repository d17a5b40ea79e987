import { TeamCard } from "@/components/team-card";
import type { SimilarTeams } from "@/lib/search/similar-teams";
import { MATCHED_FIELD_LABELS } from "./facet-labels";
import { HighlightedText } from "./highlighted-text";

/** A profile's "Teams with similar expertise", with why each one was found. */
export function SimilarTeamsSection({ similar }: { similar: SimilarTeams }) {
  return (
    <section aria-labelledby="similar-teams" className="space-y-3">
      <h2 id="similar-teams" className="text-xl font-semibold">
        Teams with similar expertise
      </h2>
      {similar.teams.length === 0 ? (
        <p className="text-slate-700">No other team in the register has expertise close enough to this one yet.</p>
      ) : (
        <>
          <p className="text-sm text-slate-600">
            Found through what this listing says most about its expertise
            {similar.basedOn.length > 0 ? `: ${similar.basedOn.slice(0, 6).join(", ")}` : ""}.
          </p>
          <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {similar.teams.map((t) => {
              const matched = [...new Set(t.matchedFields.map((f) => MATCHED_FIELD_LABELS[f] ?? f))];
              return (
                <li key={t.team.slug}>
                  <TeamCard
                    team={t.team}
                    name={<HighlightedText segments={t.name} />}
                    summary={<HighlightedText segments={t.snippet} />}
                  >
                    {t.sharedTerms.length > 0 && (
                      <p className="mt-2 text-xs text-slate-600">
                        <span className="font-medium">In common:</span> {t.sharedTerms.join(", ")}
                      </p>
                    )}
                    {matched.length > 0 && (
                      <p className="mt-1 text-xs text-slate-600">
                        <span className="font-medium">Matched in:</span> {matched.join(", ")}
                      </p>
                    )}
                  </TeamCard>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

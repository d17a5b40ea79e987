import { TeamCard } from "@/components/team-card";
import type { TeamSearchHit } from "@/lib/search/service";
import { MATCHED_FIELD_LABELS } from "./facet-labels";
import { HighlightedText } from "./highlighted-text";
import { own } from "@/lib/own";

export function SearchResultCard({ hit }: { hit: TeamSearchHit }) {
  const matched = [...new Set(hit.matchedFields.map((f) => own(MATCHED_FIELD_LABELS, f) ?? f))];
  return (
    <TeamCard
      team={hit.team}
      name={<HighlightedText segments={hit.name} />}
      summary={<HighlightedText segments={hit.snippet} />}
    >
      {matched.length > 0 && (
        <p className="mt-2 text-xs text-slate-600">
          <span className="font-medium">Matched in:</span> {matched.join(", ")}
        </p>
      )}
    </TeamCard>
  );
}

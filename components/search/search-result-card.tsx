import { TeamCard, type CompareTick } from "@/components/team-card";
import type { TeamSearchHit } from "@/lib/search/service";
import { MATCHED_FIELD_LABELS } from "./facet-labels";
import { HighlightedText } from "./highlighted-text";
import { own } from "@/lib/own";

export function SearchResultCard({ hit, compare }: { hit: TeamSearchHit; compare?: CompareTick }) {
  const matched = [...new Set(hit.matchedFields.map((f) => own(MATCHED_FIELD_LABELS, f) ?? f))];
  return (
    <TeamCard
      team={hit.team}
      name={<HighlightedText segments={hit.name} />}
      summary={<HighlightedText segments={hit.snippet} />}
      compare={compare}
    >
      {matched.length > 0 && (
        <p className="mt-2 text-xs text-slate-600">
          <span className="font-medium">Matched in:</span> {matched.join(", ")}
        </p>
      )}
    </TeamCard>
  );
}

import type { TeamSearchHit } from "@/lib/search/service";
import { CompareForm } from "@/components/compare-form";
import { SearchResultCard } from "./search-result-card";

const FORM_ID = "compare-results";

/** The hits, each with a "Compare" tick box, and the GET form that opens /compare with the ticked teams. */
export function ResultList({ hits }: { hits: TeamSearchHit[] }) {
  return (
    <>
      <ol className="space-y-4" aria-label="Results">
        {hits.map((hit) => (
          <li key={hit.team.id}>
            <SearchResultCard hit={hit} compare={{ form: FORM_ID }} />
          </li>
        ))}
      </ol>
      {hits.length > 1 && <CompareForm id={FORM_ID} />}
    </>
  );
}

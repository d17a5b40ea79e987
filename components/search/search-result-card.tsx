import Link from "next/link";
import { AvailabilityBadge } from "@/components/availability-badge";
import { DemoNotice } from "@/components/demo-notice";
import { flagOf, label } from "@/components/labels";
import type { TeamSearchHit } from "@/lib/search/service";
import { MATCHED_FIELD_LABELS } from "./facet-labels";
import { HighlightedText } from "./highlighted-text";

export function SearchResultCard({ hit }: { hit: TeamSearchHit }) {
  const { team } = hit;
  const matched = [...new Set(hit.matchedFields.map((f) => MATCHED_FIELD_LABELS[f] ?? f))];
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-base font-semibold">
          <Link href={`/teams/${team.slug}`}>
            <HighlightedText segments={hit.name} />
          </Link>
        </h3>
        <div className="flex flex-wrap gap-1">
          <AvailabilityBadge value={team.availability} />
          {team.isDemo && <DemoNotice compact />}
        </div>
      </div>
      <p className="mt-1 text-sm text-slate-600">
        <Link href={`/institutions/${team.institution.slug}`} className="text-slate-700">
          {team.institution.name}
        </Link>
        {" · "}
        <span aria-hidden="true">{flagOf(team.institution.countryCode)} </span>
        {team.institution.city ? `${team.institution.city}, ` : ""}
        {label.country(team.institution.countryCode)}
      </p>
      <p className="mt-2 text-sm text-slate-800">
        <HighlightedText segments={hit.snippet} />
      </p>
      {matched.length > 0 && (
        <p className="mt-2 text-xs text-slate-600">
          <span className="font-medium">Matched in:</span> {matched.join(", ")}
        </p>
      )}
      {team.notConfirmedRecently && <p className="mt-1 text-xs text-amber-800">Not confirmed recently</p>}
    </article>
  );
}

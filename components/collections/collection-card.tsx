import Link from "next/link";
import { DemoNotice } from "../demo-notice";

export interface CollectionCardData {
  slug: string;
  title: string;
  editorialNote: string;
  teamCount: number;
  countryCount: number;
  previewTeams: string[];
  isDemo: boolean;
}

/** A published collection in a list: title, size, the start of its note and its first teams. */
export function CollectionCard({
  collection: c,
  headingLevel = 2,
}: {
  collection: CollectionCardData;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const more = c.teamCount - c.previewTeams.length;
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Heading className="text-lg font-semibold">
          <Link href={`/collections/${c.slug}`}>{c.title}</Link>
        </Heading>
        {c.isDemo && <DemoNotice compact />}
      </div>
      <p className="mt-1 text-sm text-slate-600">
        {c.teamCount} team{c.teamCount === 1 ? "" : "s"} in {c.countryCount} countr{c.countryCount === 1 ? "y" : "ies"}
      </p>
      {c.editorialNote && <p className="mt-2 line-clamp-3 text-sm text-slate-800">{c.editorialNote}</p>}
      {c.previewTeams.length > 0 && (
        <p className="mt-3 text-sm text-slate-700">
          <span className="font-medium">Includes </span>
          {c.previewTeams.join(" · ")}
          {more > 0 ? ` and ${more} more` : ""}
        </p>
      )}
    </article>
  );
}

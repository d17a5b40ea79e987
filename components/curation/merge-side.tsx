// One listing of a merge, as the curator compares it with the other (and the result).
import { label } from "@/components/labels";
import { ListingStatus } from "@/components/listing-status";

export interface MergeListing {
  slug: string;
  status: string;
  institution: { name: string };
  input: {
    name: string;
    summary: string;
    keywords: string[];
    fields: string[];
    sectors: string[];
    languages: string[];
    availability: string;
    leadName: string | null;
    contactEmail: string;
    engagementModes: { mode: string; costBand: string; duration: string }[];
    caseStudies: { challenge: string }[];
  };
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="py-1">
      <dt className="font-medium text-slate-600">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function MergeSide({
  title,
  listing,
  headingId,
  added = [],
}: {
  title: string;
  listing: MergeListing;
  headingId: string;
  added?: string[];
}) {
  const i = listing.input;
  const isNew = new Set(added);
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        {listing.slug} · {listing.institution.name} <ListingStatus status={listing.status} />
      </p>
      <dl className="mt-3 text-sm">
        <Row term="Name">{i.name}</Row>
        <Row term="Summary">{i.summary}</Row>
        <Row term="Keywords">
          {i.keywords.map((k, n) => (
            <span key={k}>
              {n > 0 && ", "}
              {isNew.has(k) ? <strong>{k} (added)</strong> : k}
            </span>
          ))}
        </Row>
        <Row term="Fields">{i.fields.map(label.field).join("; ")}</Row>
        <Row term="Sectors">{i.sectors.map(label.sector).join("; ") || "None"}</Row>
        <Row term="Languages">{i.languages.map(label.language).join(", ")}</Row>
        <Row term="Ways of working">
          {i.engagementModes
            .map((m) => `${label.mode(m.mode)} (${label.costBand(m.costBand)}, ${label.duration(m.duration)})`)
            .join("; ") || "None"}
        </Row>
        <Row term="Availability">{label.availability(i.availability)}</Row>
        <Row term="Lead and contact">
          {i.leadName ?? "No lead named"} · {i.contactEmail}
        </Row>
        <Row term="Case studies">
          {i.caseStudies.length === 0 ? "None" : i.caseStudies.map((c) => c.challenge).join(" · ")}
        </Row>
      </dl>
    </section>
  );
}

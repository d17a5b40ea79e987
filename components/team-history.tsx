import { own } from "@/lib/own";

export interface HistoryEntry {
  id: number;
  action: string;
  actorName: string;
  createdAt: Date;
  changedFields: string[];
  note: string | null;
}

const ACTIONS: Record<string, string> = {
  "team.create": "created the listing",
  "team.update": "edited",
  "team.update_sent_to_review": "edited (sent back to review)",
  "team.submit": "submitted for review",
  "team.publish_trusted": "published (trusted institution)",
  "team.confirm": "confirmed still accurate",
  "team.archive": "archived",
  "team.restore": "restored as a draft",
  "team.review.publish": "published",
  "team.review.request_changes": "requested changes",
  "team.review.reject": "rejected",
  "team.merge.absorb": "merged a duplicate listing into this one",
  "team.merge.into": "merged this listing into another",
  "team.import.create": "created the listing by import",
  "team.import.update": "edited by import",
};

const FIELD_NAMES: Record<string, string> = {
  name: "name",
  summary: "summary",
  description: "description",
  keywords: "keywords",
  fields: "fields",
  sectors: "sectors",
  knowledgeTypes: "kinds of knowledge",
  engagementModes: "ways of working",
  facilities: "facilities",
  languages: "languages",
  availability: "availability",
  leadName: "lead",
  leadOrcid: "ORCID",
  website: "website",
  contactEmail: "contact e-mail",
  caseStudies: "case studies",
};

/** Who changed a listing, when, and which fields: from the audit log. */
export function TeamHistory({ entries }: { entries: readonly HistoryEntry[] }) {
  return (
    <section aria-labelledby="history-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="history-heading" className="text-lg font-semibold">
        History
      </h2>
      {entries.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">No recorded changes.</p>
      ) : (
        <ol className="mt-2 space-y-2 text-sm">
          {entries.map((e) => {
            const fields = e.changedFields.flatMap((f) => own(FIELD_NAMES, f) ?? []);
            return (
              <li key={e.id}>
                <time dateTime={e.createdAt.toISOString()}>
                  {e.createdAt.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })}{" "}
                  UTC
                </time>{" "}
                — <strong>{e.actorName}</strong> {own(ACTIONS, e.action) ?? e.action}
                {(e.action.startsWith("team.update") ||
                  e.action === "team.import.update" ||
                  e.action === "team.merge.absorb") &&
                  fields.length > 0 && <>: {fields.join(", ")}</>}
                {e.note && <span className="block text-slate-700">&ldquo;{e.note}&rdquo;</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

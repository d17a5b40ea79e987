import type { Metadata } from "next";
import Link from "next/link";
import { MergeSide } from "@/components/curation/merge-side";
import { SimpleForm } from "@/components/forms/simple-form";
import { label } from "@/components/labels";
import { buttonClass, inputClass, labelClass } from "@/components/forms/styles";
import { requestContext } from "@/lib/dal/request-context";
import { previewMerge, type MergePreview } from "@/lib/dal/curation/team-merge";
import { AppError } from "@/lib/errors";
import { mergeQuerySchema } from "@/lib/validation/curation";
import { mergeTeamsAction } from "../curation-actions";

export const metadata: Metadata = { title: "Merge duplicate listings" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function MergePage({ searchParams }: { searchParams: Search }) {
  const parsed = mergeQuerySchema.safeParse(await searchParams);
  const q = parsed.success ? parsed.data : { duplicate: undefined, survivor: undefined, keep: "survivor" as const };
  const ctx = await requestContext();
  let preview: MergePreview | null = null;
  let problem = parsed.success ? null : (parsed.error.issues[0]?.message ?? "Check the addresses.");
  if (q.duplicate && q.survivor) {
    try {
      preview = previewMerge(ctx, q.duplicate, q.survivor, q.keep);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      problem = err.message;
    }
  }
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-slate-600">
          <Link href="/curate/duplicates">Likely duplicates</Link> › Merge
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">Merge duplicate listings</h1>
        <p className="mt-2 max-w-3xl text-slate-700">
          The duplicate is archived and its address leads to the listing you keep. Its keywords, fields, sectors,
          languages, ways of working and case studies are added to the kept listing; shortlists, collections and
          introduction requests move with them.
        </p>
      </header>
      <form method="get" className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2">
        <div>
          <label htmlFor="merge-duplicate" className={labelClass}>
            Duplicate (archived after the merge)
          </label>
          <input
            id="merge-duplicate"
            name="duplicate"
            defaultValue={q.duplicate ?? ""}
            className={inputClass}
            placeholder="listing address, e.g. robotics-group"
          />
        </div>
        <div>
          <label htmlFor="merge-survivor" className={labelClass}>
            Listing to keep
          </label>
          <input
            id="merge-survivor"
            name="survivor"
            defaultValue={q.survivor ?? ""}
            className={inputClass}
            placeholder="listing address, e.g. robotics-lab"
          />
        </div>
        <fieldset className="md:col-span-2">
          <legend className={labelClass}>
            Take name, summary, description, availability, lead, website and contact e-mail from
          </legend>
          <label className="mr-6 text-sm">
            <input type="radio" name="keep" value="survivor" defaultChecked={q.keep === "survivor"} /> the listing to
            keep
          </label>
          <label className="text-sm">
            <input type="radio" name="keep" value="duplicate" defaultChecked={q.keep === "duplicate"} /> the duplicate
          </label>
        </fieldset>
        <div className="md:col-span-2">
          <button type="submit" className={buttonClass}>
            Preview the merge
          </button>
        </div>
      </form>
      {problem && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
          {problem}
        </div>
      )}
      {preview && <Preview p={preview} />}
    </div>
  );
}

const LIST_LABELS = [
  ["keywords", "keywords", (v: string) => v],
  ["fields", "fields", label.field],
  ["sectors", "sectors", label.sector],
  ["knowledgeTypes", "kinds of knowledge", label.knowledgeType],
  ["facilities", "facilities", (v: string) => v],
  ["languages", "languages", label.language],
] as const;

/** What the duplicate adds to the kept listing, in words: "keywords: a, b; languages: German". */
function addedSummary(p: MergePreview): string {
  const parts = LIST_LABELS.filter(([f]) => p.plan.added[f].length > 0).map(
    ([f, name, show]) => `${name}: ${p.plan.added[f].map(show).join(", ")}`,
  );
  if (p.plan.modesAdded.length > 0) parts.push(`ways of working: ${p.plan.modesAdded.map(label.mode).join(", ")}`);
  return parts.join("; ");
}

function Preview({ p }: { p: MergePreview }) {
  const m = p.moves;
  const moves = [
    `${p.plan.caseStudiesToMove.length} case ${p.plan.caseStudiesToMove.length === 1 ? "study" : "studies"} (${p.plan.caseStudiesLeft.filter((c) => c.reason === "exact copy").length} exact copies stay behind)`,
    `${m.shortlists} shortlist ${m.shortlists === 1 ? "entry" : "entries"} (a firm that kept both keeps one, with both notes)`,
    `${m.collections} collection ${m.collections === 1 ? "entry" : "entries"}`,
    `${m.requests} introduction ${m.requests === 1 ? "request" : "requests"} and ${m.suggestions} ${m.suggestions === 1 ? "suggestion" : "suggestions"} to firms`,
    ...(m.earlierMerges > 0
      ? [`${m.earlierMerges} listing(s) merged into the duplicate earlier now lead to the kept listing`]
      : []),
  ];
  const addedText = addedSummary(p);
  return (
    <div className="space-y-6">
      <div className="grid gap-4 lg:grid-cols-2">
        <MergeSide title="Duplicate: archived after the merge" headingId="side-duplicate" listing={p.duplicate} />
        <MergeSide title="Listing to keep, as it is now" headingId="side-survivor" listing={p.survivor} />
      </div>
      <section aria-labelledby="moves-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="moves-heading" className="text-lg font-semibold">
          What moves to the kept listing
        </h2>
        <ul className="mt-2 list-disc pl-5 text-sm">
          {moves.map((x) => (
            <li key={x}>{x}</li>
          ))}
          <li>
            {addedText ? `Added — ${addedText}` : "No new keywords, fields, sectors, languages or ways of working"}
          </li>
        </ul>
        {p.warnings.length > 0 && (
          <div className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm">
            <h3 className="font-semibold">Check before merging</h3>
            <ul className="list-disc pl-5">
              {p.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <MergeSide
        title="The kept listing after the merge"
        headingId="side-result"
        listing={{ ...p.survivor, input: p.plan.input }}
        added={p.plan.added.keywords}
      />
      <section aria-labelledby="confirm-heading" className="rounded-lg border border-brand-100 bg-brand-50 p-5">
        <h2 id="confirm-heading" className="mb-3 text-lg font-semibold">
          Confirm the merge
        </h2>
        <SimpleForm
          action={mergeTeamsAction}
          idPrefix="merge"
          submitLabel={`Merge “${p.duplicate.input.name}” into “${p.survivor.input.name}”`}
          fields={[
            { name: "duplicate", label: "", type: "hidden", defaultValue: p.duplicate.slug },
            { name: "survivor", label: "", type: "hidden", defaultValue: p.survivor.slug },
            { name: "duplicateVersion", label: "", type: "hidden", defaultValue: String(p.duplicate.version) },
            { name: "survivorVersion", label: "", type: "hidden", defaultValue: String(p.survivor.version) },
            { name: "keep", label: "", type: "hidden", defaultValue: p.keep },
            {
              name: "reason",
              label: "Reason for the merge",
              type: "textarea",
              maxLength: 1000,
              rows: 3,
              hint: "Recorded in both listings' history and e-mailed to both teams' owners.",
            },
          ]}
        />
      </section>
    </div>
  );
}

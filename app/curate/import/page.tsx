import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass, hintClass, inputClass, labelClass } from "@/components/forms/styles";
import { IMPORT_LIMITS, REQUIRED_COLUMNS } from "@/lib/curation/listing-csv-import";
import { requestContext } from "@/lib/dal/request-context";
import { listImportRuns } from "@/lib/dal/curation/import-runs";

export const metadata: Metadata = { title: "Import listings" };
export const dynamic = "force-dynamic";

const STATUS_CHOICES = [
  { value: "draft", label: "Drafts", hint: "owners or curators finish and submit them" },
  { value: "pending", label: "Waiting for review", hint: "they join the review queue" },
  { value: "published", label: "Published", hint: "live in search at once; only for checked data" },
];

export default async function ImportPage() {
  const ctx = await requestContext();
  const runs = listImportRuns(ctx);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Import listings</h1>
        <p className="mt-2 max-w-3xl text-slate-700">
          Upload a CSV in the format of the <Link href="/curate/export">export</Link>: export, edit in a spreadsheet,
          import. A row whose slug exists updates that listing (it keeps its status); a row with a blank or new slug
          creates a listing at the institution named by its slug or ROR id. Every row is checked like the listing editor
          checks it. First comes a dry run that writes nothing and shows what would happen to each row; then you commit.
        </p>
      </header>
      <form
        action="/curate/import/upload"
        method="post"
        encType="multipart/form-data"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
      >
        <div>
          <label htmlFor="import-file" className={labelClass}>
            CSV file
          </label>
          <p id="import-file-hint" className={hintClass}>
            UTF-8, at most {IMPORT_LIMITS.bytes / 1024 / 1024} MB and {IMPORT_LIMITS.rows.toLocaleString("en-GB")}{" "}
            listings. Required columns: {REQUIRED_COLUMNS.join(", ")} and institution or institution_ror; a column left
            out keeps each listing&apos;s current value.
          </p>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            aria-describedby="import-file-hint"
            className={inputClass}
          />
        </div>
        <fieldset>
          <legend className={labelClass}>New listings become</legend>
          {STATUS_CHOICES.map((c) => (
            <label key={c.value} className="mt-1 flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="targetStatus"
                value={c.value}
                defaultChecked={c.value === "draft"}
                className="mt-1"
              />
              <span>
                <strong>{c.label}</strong>: {c.hint}
              </span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className={buttonClass}>
          Check the file (dry run)
        </button>
      </form>
      <section aria-labelledby="runs-heading">
        <h2 id="runs-heading" className="text-xl font-semibold">
          Recent imports
        </h2>
        {runs.length === 0 ? (
          <p className="mt-2 text-slate-700">None yet.</p>
        ) : (
          <ul className="mt-2 space-y-2 text-sm">
            {runs.map((r) => (
              <li key={r.id}>
                <Link href={`/curate/import/${r.id}`}>
                  {r.dryRun ? "Dry run" : "Import"} {r.id}: {r.fileName}
                </Link>{" "}
                — {r.status}
                {r.status === "done" &&
                  `, ${r.counts.created} new, ${r.counts.updated} updated, ${r.counts.unchanged} unchanged, ${r.counts.errors} with errors`}
                , {r.createdAt.toLocaleString("en-GB")}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

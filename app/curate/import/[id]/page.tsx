import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportProgress } from "@/components/curation/import-progress";
import { ImportReport } from "@/components/curation/import-report";
import { ActionButton } from "@/components/forms/action-button";
import { requestContext } from "@/lib/dal/request-context";
import { getImportRun } from "@/lib/dal/curation/import-runs";
import { AppError } from "@/lib/errors";
import { runIdParam } from "@/lib/validation/curation";
import { commitImportAction } from "../../curation-actions";

export const metadata: Metadata = { title: "Import report" };
export const dynamic = "force-dynamic";

const TARGET = { draft: "drafts", pending: "waiting for review", published: "published" } as const;

export default async function ImportRunPage({ params }: { params: Promise<{ id: string }> }) {
  const id = runIdParam.safeParse((await params).id);
  if (!id.success) notFound();
  const ctx = await requestContext();
  let run;
  try {
    run = getImportRun(ctx, id.data);
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  }
  const working = run.status === "queued" || run.status === "running";
  const c = run.counts;
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-slate-600">
          <Link href="/curate/import">Import listings</Link> › {run.dryRun ? "Dry run" : "Import"} {run.id}
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">
          {run.dryRun ? "Dry run" : "Import"}: {run.fileName}
        </h1>
        <p className="mt-2 text-sm text-slate-700">
          New listings become {TARGET[run.targetStatus]}.{" "}
          {run.dryRun ? (
            "A dry run writes nothing."
          ) : run.dryRunId ? (
            <>
              Carries out <Link href={`/curate/import/${run.dryRunId}`}>dry run {run.dryRunId}</Link>.
            </>
          ) : null}
        </p>
      </header>
      {working && (
        <section aria-labelledby="progress-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="progress-heading" className="mb-2 text-lg font-semibold">
            {run.dryRun ? "Checking the file" : "Importing"}
          </h2>
          <ImportProgress
            statusUrl={`/curate/import/${run.id}/status`}
            initial={run}
            verb={run.dryRun ? "Checked" : "Imported"}
          />
          <noscript>
            <p className="text-sm">
              <a href={`/curate/import/${run.id}`}>Refresh</a> to see how far it has got.
            </p>
          </noscript>
        </section>
      )}
      {run.status === "failed" && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
          <p className="font-semibold">
            {run.totalRows === 0 ? "This file cannot be imported." : "The import did not finish."}
          </p>
          <p>{run.message}</p>
          <p className="mt-1">
            <Link href="/curate/import">Upload a file</Link>
          </p>
        </div>
      )}
      {run.status === "stalled" && (
        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm">
          This run stopped (the server restarted while it was working). Rows already imported were kept: upload the file
          again for a new dry run to see what is left.
        </div>
      )}
      {run.status === "done" && (
        <>
          <section aria-labelledby="summary-heading" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="summary-heading" className="text-lg font-semibold">
              {run.dryRun ? "What the import would do" : "What the import did"}
            </h2>
            <p role="status" className="mt-1">
              {run.totalRows} rows: {c.created} {run.dryRun ? "to create" : "created"}, {c.updated}{" "}
              {run.dryRun ? "to update" : "updated"}, {c.unchanged} unchanged, {c.errors} with errors
              {run.dryRun ? "" : " (not imported)"}.
            </p>
            {run.dryRun && (
              <CommitStep
                runId={run.id}
                commitRunId={run.commitRunId}
                toWrite={c.created + c.updated}
                errors={c.errors}
              />
            )}
          </section>
          <ImportReport rows={run.report} dryRun={run.dryRun} />
        </>
      )}
    </div>
  );
}

function CommitStep({
  runId,
  commitRunId,
  toWrite,
  errors,
}: {
  runId: number;
  commitRunId: number | null;
  toWrite: number;
  errors: number;
}) {
  if (commitRunId)
    return (
      <p className="mt-3 text-sm">
        Committed: see <Link href={`/curate/import/${commitRunId}`}>import {commitRunId}</Link>.
      </p>
    );
  if (toWrite === 0) return <p className="mt-3 text-sm">Nothing to import.</p>;
  return (
    <div className="mt-3 space-y-2 text-sm">
      <p>
        {errors > 0 ? `Rows with errors are skipped; fix them and import them in another file. ` : ""}Committing writes
        each row on its own, so one row that fails cannot undo the others.
      </p>
      <ActionButton
        action={commitImportAction}
        hidden={{ runId: String(runId) }}
        label={`Import ${toWrite} ${toWrite === 1 ? "listing" : "listings"}`}
      />
    </div>
  );
}

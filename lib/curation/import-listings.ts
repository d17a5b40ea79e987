import "server-only";
// Works through an uploaded listings file in batches, for the web page (recording progress in
// import_runs, which the page polls) and for `npm run import:teams` (a progress bar).
import type { ImportRowResult } from "@/db/schema";
import type { DalContext } from "@/lib/dal/context";
import { finishImportRun, readImportRunFile, recordImportProgress } from "@/lib/dal/curation/import-runs";
import { importListingRow, type ImportOptions, type SeenSlugs } from "@/lib/dal/curation/team-import";
import { syncSearchIndex } from "@/lib/search/service";
import { parseListingCsv, type CsvRow } from "./listing-csv-import";

export interface ImportProgress {
  done: number;
  total: number;
  report: readonly ImportRowResult[];
}

export const BATCH_SIZE = 25;

/** Every row, in order; after each batch, reports progress and lets the process serve others. */
export async function importListingRows(
  ctx: DalContext,
  rows: readonly CsvRow[],
  opts: ImportOptions,
  onBatch?: (p: ImportProgress) => void,
  batchSize = BATCH_SIZE,
): Promise<ImportRowResult[]> {
  const seen: SeenSlugs = new Map();
  const report: ImportRowResult[] = [];
  for (let i = 0; i < rows.length; i += batchSize) {
    for (const row of rows.slice(i, i + batchSize)) report.push(importListingRow(ctx, row, opts, seen));
    onBatch?.({ done: report.length, total: rows.length, report });
    await new Promise((resolve) => setImmediate(resolve));
  }
  return report;
}

export function summarise(report: readonly ImportRowResult[]) {
  const n = (o: ImportRowResult["outcome"]) => report.filter((r) => r.outcome === o).length;
  return { created: n("created"), updated: n("updated"), unchanged: n("unchanged"), errors: n("error") };
}

/** Processes a recorded run to the end. Never throws: a failure is written to the run. */
export async function runImportJob(ctx: DalContext, runId: number): Promise<void> {
  let report: ImportRowResult[] = [];
  try {
    const file = readImportRunFile(ctx, runId);
    const parsed = parseListingCsv(new TextEncoder().encode(file.csv));
    if (!parsed.ok) return finishImportRun(ctx, runId, [], parsed.message);
    const opts = { dryRun: file.dryRun, targetStatus: file.targetStatus };
    report = await importListingRows(ctx, parsed.rows, opts, (p) => {
      recordImportProgress(ctx, runId, p.done, p.report);
      report = [...p.report];
      // Imported listings reach this process's search at once; others follow the outbox.
      if (!file.dryRun) syncSearchIndex();
    });
    finishImportRun(ctx, runId, report);
  } catch (err) {
    console.error(`import run ${runId} failed`, err);
    try {
      finishImportRun(
        ctx,
        runId,
        report,
        "The import stopped because of an error on our side. Rows already imported were kept; upload the file again for a dry run to see what is left.",
      );
    } catch (again) {
      console.error(`import run ${runId}: could not record the failure`, again);
    }
  }
}

/** Starts a run in the background of this process; the page follows it through import_runs. */
export function startImportJob(ctx: DalContext, runId: number): void {
  setImmediate(() => void runImportJob(ctx, runId));
}

import "server-only";
import { and, desc, eq, lt, ne } from "drizzle-orm";
import { importRuns, type ImportRowResult, type ImportRun, type ImportTargetStatus } from "@/db/schema";
import { conflict, notFound } from "@/lib/errors";
import { canImport } from "@/lib/policy";
import type { DalContext } from "../context";

// The record of each listing import (a dry run, or the commit of one), which the curator's page
// polls for progress. The per-row report is written once, at the end; progress is counters only,
// so a large file does not rewrite a growing report after every batch.

/** A run that has not moved for this long was stopped (the process ended); it is shown as such. */
export const STALLED_AFTER_MS = 2 * 60 * 1000;

export interface ImportRunView {
  id: number;
  fileName: string;
  dryRun: boolean;
  targetStatus: ImportTargetStatus;
  status: ImportRun["status"] | "stalled";
  totalRows: number;
  processedRows: number;
  counts: { created: number; updated: number; unchanged: number; errors: number };
  report: ImportRowResult[];
  message: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  /** For a dry run: the commit that followed it, if any. */
  commitRunId: number | null;
  /** For a commit: the dry run it carried out. */
  dryRunId: number | null;
}

function requireImporter(ctx: DalContext): void {
  if (!canImport(ctx.viewer)) throw notFound();
}

function view(ctx: DalContext, r: ImportRun, withReport: boolean): ImportRunView {
  const stalled =
    (r.status === "running" || r.status === "queued") && Date.now() - r.updatedAt.getTime() > STALLED_AFTER_MS;
  const commit = r.dryRun
    ? ctx.db
        .select({ id: importRuns.id })
        .from(importRuns)
        .where(and(eq(importRuns.dryRunId, r.id), ne(importRuns.status, "failed")))
        .orderBy(desc(importRuns.id))
        .get()
    : undefined;
  return {
    id: r.id,
    fileName: r.fileName,
    dryRun: r.dryRun,
    targetStatus: r.targetStatus,
    status: stalled ? "stalled" : r.status,
    totalRows: r.totalRows,
    processedRows: r.processedRows,
    counts: { created: r.createdCount, updated: r.updatedCount, unchanged: r.unchangedCount, errors: r.errorCount },
    report: withReport ? r.report : [],
    message: r.message,
    createdAt: r.createdAt,
    finishedAt: r.finishedAt,
    commitRunId: commit?.id ?? null,
    dryRunId: r.dryRunId,
  };
}

export interface NewImportRun {
  fileName: string;
  csv: string;
  totalRows: number;
  targetStatus: ImportTargetStatus;
  /** Set when the file was refused as a whole: the run is recorded as failed with this message. */
  failure?: string;
}

/** Records an uploaded file as a dry run (queued), or as a failed run saying what is wrong with it. */
export function createImportRun(ctx: DalContext, run: NewImportRun): number {
  requireImporter(ctx);
  return ctx.db
    .insert(importRuns)
    .values({
      createdBy: ctx.viewer.kind === "user" ? ctx.viewer.id : null,
      fileName: run.fileName.slice(0, 200) || "upload.csv",
      dryRun: true,
      targetStatus: run.targetStatus,
      status: run.failure ? "failed" : "queued",
      csv: run.failure ? "" : run.csv,
      totalRows: run.totalRows,
      message: run.failure ?? null,
      finishedAt: run.failure ? new Date() : null,
    })
    .returning({ id: importRuns.id })
    .get().id;
}

/** Starts the commit of a finished dry run: the same file, the same choice of status. Once only. */
export function createCommitRun(ctx: DalContext, dryRunId: number): number {
  requireImporter(ctx);
  return ctx.db.transaction((tx) => {
    const dry = tx.select().from(importRuns).where(eq(importRuns.id, dryRunId)).get();
    if (!dry || !dry.dryRun) throw notFound("There is no such dry run.");
    if (dry.status !== "done") throw conflict("This dry run has not finished; wait for its report first.");
    if (dry.csv === "")
      throw conflict("This dry run is too old to commit (its file is no longer kept). Upload the file again.");
    const earlier = tx
      .select({ id: importRuns.id })
      .from(importRuns)
      .where(and(eq(importRuns.dryRunId, dryRunId), ne(importRuns.status, "failed")))
      .get();
    if (earlier)
      throw conflict(
        `This file was already imported (run ${earlier.id}). To import it again, upload it again for a new dry run.`,
      );
    if (dry.createdCount + dry.updatedCount === 0)
      throw conflict("The dry run found nothing to create or update, so there is nothing to import.");
    return tx
      .insert(importRuns)
      .values({
        createdBy: ctx.viewer.kind === "user" ? ctx.viewer.id : null,
        fileName: dry.fileName,
        dryRun: false,
        targetStatus: dry.targetStatus,
        csv: dry.csv,
        totalRows: dry.totalRows,
        dryRunId,
      })
      .returning({ id: importRuns.id })
      .get().id;
  });
}

export function getImportRun(ctx: DalContext, id: number): ImportRunView {
  requireImporter(ctx);
  const r = ctx.db.select().from(importRuns).where(eq(importRuns.id, id)).get();
  if (!r) throw notFound();
  return view(ctx, r, true);
}

/** The uploaded text, for the process that works through it. */
export function readImportRunFile(
  ctx: DalContext,
  id: number,
): { csv: string; dryRun: boolean; targetStatus: ImportTargetStatus } {
  requireImporter(ctx);
  const r = ctx.db.select().from(importRuns).where(eq(importRuns.id, id)).get();
  if (!r) throw notFound();
  return { csv: r.csv, dryRun: r.dryRun, targetStatus: r.targetStatus };
}

export function listImportRuns(ctx: DalContext, limit = 20): ImportRunView[] {
  requireImporter(ctx);
  return ctx.db
    .select()
    .from(importRuns)
    .orderBy(desc(importRuns.id))
    .limit(limit)
    .all()
    .map((r) => view(ctx, r, false));
}

export function recordImportProgress(
  ctx: DalContext,
  id: number,
  processedRows: number,
  report: readonly ImportRowResult[],
): void {
  requireImporter(ctx);
  const n = (o: ImportRowResult["outcome"]) => report.filter((r) => r.outcome === o).length;
  ctx.db
    .update(importRuns)
    .set({
      status: "running",
      processedRows,
      createdCount: n("created"),
      updatedCount: n("updated"),
      unchangedCount: n("unchanged"),
      errorCount: n("error"),
      updatedAt: new Date(),
    })
    .where(eq(importRuns.id, id))
    .run();
}

export function finishImportRun(ctx: DalContext, id: number, report: ImportRowResult[], failure?: string): void {
  recordImportProgress(ctx, id, report.length, report);
  ctx.db
    .update(importRuns)
    .set({
      status: failure ? "failed" : "done",
      report,
      message: failure ?? null,
      finishedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(eq(importRuns.id, id))
    .run();
}

/** Uploaded files hold contact e-mails: kept this long after a run ends, for its commit, then dropped. */
export const IMPORT_FILE_RETENTION_MS = 7 * 24 * 3600 * 1000;

/** Forgets the files of runs that ended over a week ago (their reports stay). Run by `npm run jobs`. */
export function forgetOldImportFiles(ctx: DalContext, now = new Date()): number {
  requireImporter(ctx);
  return ctx.db
    .update(importRuns)
    .set({ csv: "" })
    .where(and(lt(importRuns.finishedAt, new Date(now.getTime() - IMPORT_FILE_RETENTION_MS)), ne(importRuns.csv, "")))
    .run().changes;
}

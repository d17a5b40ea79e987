// Bulk listing imports: one row per run (a dry run, or the commit that follows it), holding the
// uploaded file, progress and the per-row report, so the curator's page can poll how far a long
// import has got and the commit can reuse exactly the file the dry run checked.
import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, updatedAt } from "./common";
import { users } from "./users";

import {
  IMPORT_RUN_STATUSES,
  IMPORT_TARGET_STATUSES,
  type ImportRunStatus,
  type ImportTargetStatus,
} from "../../lib/reference/statuses";

export { IMPORT_RUN_STATUSES, IMPORT_TARGET_STATUSES, type ImportRunStatus, type ImportTargetStatus };

/** One row of the report: what happened (or would happen) to a CSV row. */
export interface ImportRowResult {
  row: number;
  slug: string | null;
  name: string;
  outcome: "created" | "updated" | "unchanged" | "error";
  problems: { column: string; message: string }[];
}

export const importRuns = sqliteTable(
  "import_runs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    fileName: text("file_name").notNull(),
    dryRun: integer("dry_run", { mode: "boolean" }).notNull(),
    /** What new listings become. */
    targetStatus: text("target_status", { enum: IMPORT_TARGET_STATUSES }).notNull(),
    status: text("status", { enum: IMPORT_RUN_STATUSES }).notNull().default("queued"),
    csv: text("csv").notNull(),
    totalRows: integer("total_rows").notNull().default(0),
    processedRows: integer("processed_rows").notNull().default(0),
    createdCount: integer("created_count").notNull().default(0),
    updatedCount: integer("updated_count").notNull().default(0),
    unchangedCount: integer("unchanged_count").notNull().default(0),
    errorCount: integer("error_count").notNull().default(0),
    report: text("report", { mode: "json" })
      .$type<ImportRowResult[]>()
      .notNull()
      .default(sql`'[]'`),
    /** Why the whole run failed (a file problem, or the process stopped). */
    message: text("message"),
    /** For a commit: the dry run it carries out. */
    dryRunId: integer("dry_run_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("import_runs_created_idx").on(t.createdAt),
    check("import_runs_status_check", sql`${t.status} in ('queued', 'running', 'done', 'failed')`),
    check("import_runs_target_status_check", sql`${t.targetStatus} in ('draft', 'pending', 'published')`),
  ],
);

export type ImportRun = typeof importRuns.$inferSelect;

// npm run import:teams -- <file.csv> [--dry-run] [--status=draft|pending|published]
import cliProgress from "cli-progress";
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { IMPORT_TARGET_STATUSES, type ImportTargetStatus } from "@/db/schema";
import { importListingRows, summarise } from "@/lib/curation/import-listings";
import { parseListingCsv } from "@/lib/curation/listing-csv-import";
import { migratedSystemContext, runScript } from "./lib";

const USAGE = `Usage: npm run import:teams -- <file.csv> [--dry-run] [--status=draft|pending|published]

Imports team listings from a CSV in the export's format (curate → Export listings). Rows with a
slug that exists update that listing; other rows create listings with --status (default draft).
--dry-run checks every row and reports what would happen, writing nothing.
Exit codes: 0 done, 1 the file cannot be used, 2 wrong arguments, 3 done but some rows had errors.`;

await runScript(async () => {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  const dryRun = args.includes("--dry-run");
  const statusArg = args.find((a) => a.startsWith("--status="))?.slice("--status=".length) ?? "draft";
  const unknown = args.filter((a) => a.startsWith("--") && a !== "--dry-run" && !a.startsWith("--status="));
  if (
    !file ||
    args.includes("--help") ||
    unknown.length > 0 ||
    !(IMPORT_TARGET_STATUSES as readonly string[]).includes(statusArg)
  ) {
    console.log(USAGE);
    if (!args.includes("--help")) process.exitCode = 2;
    return;
  }
  if (!existsSync(file)) throw new Error(`No such file: ${file}`);
  const parsed = parseListingCsv(readFileSync(file));
  if (!parsed.ok) throw new Error(`${basename(file)}: ${parsed.message}`);
  const ctx = migratedSystemContext();
  const bar = new cliProgress.SingleBar(
    {
      format: `${dryRun ? "Checking" : "Importing"} listings |{bar}| {percentage}% | {value}/{total} rows | {eta_formatted} left`,
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 2000,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(parsed.rows.length, 0);
  let report;
  try {
    report = await importListingRows(ctx, parsed.rows, { dryRun, targetStatus: statusArg as ImportTargetStatus }, (p) =>
      bar.update(p.done),
    );
  } finally {
    bar.stop();
  }
  const s = summarise(report);
  console.log(
    `${dryRun ? "Dry run (nothing written)" : "Imported"}: ${report.length} rows in ${((Date.now() - started) / 1000).toFixed(1)} s — ` +
      `${s.created} ${dryRun ? "to create" : "created"}, ${s.updated} ${dryRun ? "to update" : "updated"}, ${s.unchanged} unchanged, ${s.errors} with errors.`,
  );
  for (const r of report.filter((x) => x.outcome === "error")) {
    for (const p of r.problems) console.log(`  row ${r.row}${r.slug ? ` (${r.slug})` : ""}, ${p.column}: ${p.message}`);
  }
  if (s.errors > 0) process.exitCode = 3;
});

// npm run import:ror -- <ror-data-dump.json>
import cliProgress from "cli-progress";
import { existsSync } from "node:fs";
import { importRorFile } from "@/lib/ror/import-file";
import { migratedSystemContext, runScript } from "./lib";

await runScript(async () => {
  const file = process.argv[2];
  if (!file || file === "--help") {
    console.log(
      "Usage: npm run import:ror -- <file.json>\n\nLoads a ROR v2 data dump (JSON array; unzip the release first).",
    );
    if (!file) process.exitCode = 2;
    return;
  }
  if (!existsSync(file)) throw new Error(`No such file: ${file}`);
  const ctx = migratedSystemContext();
  const bar = new cliProgress.SingleBar(
    {
      format: "Importing ROR |{bar}| {percentage}% | {records} records | {eta_formatted} left",
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 2000,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(100, 0, { records: 0 });
  const started = Date.now();
  try {
    const s = await importRorFile(ctx, file, {
      onProgress: (p) =>
        bar.update(p.bytesTotal ? Math.floor((p.bytesRead / p.bytesTotal) * 100) : 0, { records: p.records }),
    });
    bar.stop();
    console.log(
      `Read ${s.read} records in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
        `${s.inserted} inserted, ${s.updated} updated, ${s.unchanged} unchanged, ${s.skipped} skipped.`,
    );
    for (const [reason, n] of Object.entries(s.skippedReasons)) console.log(`  skipped ${n} × ${reason}`);
    for (const example of s.skippedExamples.slice(0, 5)) console.log(`    e.g. ${example}`);
  } finally {
    bar.stop();
  }
});

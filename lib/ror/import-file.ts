// Streams a ROR v2 data-dump JSON file (a top-level array of organisation records) into the
// institutions table, in batches, without loading the file into memory.
import { createReadStream, statSync } from "node:fs";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import StreamArray from "stream-json/streamers/StreamArray.js";
import { createInstitutionUpserter } from "@/lib/dal/institutions/writes";
import type { DalContext } from "@/lib/dal/context";
import type { InstitutionInput } from "@/lib/validation/institution";
import { mapRorRecord } from "./map-record";

export interface RorImportSummary {
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** Reason → count, e.g. "missing country" → 3. */
  skippedReasons: Record<string, number>;
  /** Up to 20 examples of skipped records, "index (id): reason". */
  skippedExamples: string[];
}

export interface RorImportProgress {
  bytesRead: number;
  bytesTotal: number;
  records: number;
}

export async function importRorFile(
  ctx: DalContext,
  path: string,
  options: { batchSize?: number; onProgress?: (p: RorImportProgress) => void } = {},
): Promise<RorImportSummary> {
  const batchSize = options.batchSize ?? 1000;
  const bytesTotal = statSync(path).size; // throws ENOENT with the path: reported by the caller
  const upsert = createInstitutionUpserter(ctx);
  const summary: RorImportSummary = {
    read: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    skippedReasons: {},
    skippedExamples: [],
  };
  let batch: InstitutionInput[] = [];
  let bytesRead = 0;

  const flush = () => {
    if (batch.length === 0) return;
    const t = upsert(batch);
    summary.inserted += t.inserted;
    summary.updated += t.updated;
    summary.unchanged += t.unchanged;
    batch = [];
  };

  const source = createReadStream(path);
  source.on("data", (chunk) => {
    bytesRead += chunk.length;
  });

  const sink = new Transform({
    objectMode: true,
    transform(item: { key: number; value: unknown }, _enc, done) {
      summary.read++;
      const mapped = mapRorRecord(item.value);
      if (mapped.ok) {
        batch.push(mapped.value);
        if (batch.length >= batchSize) flush();
      } else {
        summary.skipped++;
        summary.skippedReasons[mapped.reason] = (summary.skippedReasons[mapped.reason] ?? 0) + 1;
        if (summary.skippedExamples.length < 20) {
          const id = (item.value as { id?: unknown } | null)?.id;
          summary.skippedExamples.push(`#${item.key}${typeof id === "string" ? ` (${id})` : ""}: ${mapped.reason}`);
        }
      }
      if (summary.read % 500 === 0) options.onProgress?.({ bytesRead, bytesTotal, records: summary.read });
      done();
    },
  });

  try {
    await pipeline(source, StreamArray.withParser(), sink);
  } catch (err) {
    flush(); // keep every complete batch read before the file went bad
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(
      `The file is not a valid ROR JSON array (${reason}). ${summary.read} records were read before the error; their changes were kept.`,
    );
  }
  flush();
  options.onProgress?.({ bytesRead: bytesTotal, bytesTotal, records: summary.read });
  return summary;
}

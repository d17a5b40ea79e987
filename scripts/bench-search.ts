// npm run bench:search -- --teams 100000 [--queries 600] [--seed 1] [--json] [--no-fts5] [--fts5-queries N] [--keep]
//
// Generates a deterministic synthetic corpus, builds the project's search index, and prints build
// time, index heap, snapshot size and load time, search and suggest latency over a fixed query
// mix, and the same mix on SQLite FTS5 as the baseline. Figures, never assertions.
// Needs --expose-gc (and, for large corpora, a bigger heap): it re-runs itself with both if missing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { fts5QueryCount, parseArgs, USAGE, UsageError, type BenchOptions } from "./bench/args";
import { createCorpusGenerator, generateCorpus, type CorpusGenerator } from "./bench/corpus";
import { generateInstitutions, institutionCountFor } from "./bench/institutions";
import { log, measureBuiltEngine, measureFts5, measureSnapshotLoad, progress, type Workload } from "./bench/measure";
import { buildPastedMix, buildQueryMix, buildSuggestMix } from "./bench/queries";
import { formatReport, jsonSummary, type BenchReport } from "./bench/report";
import { formatSimilar, similarJson } from "./bench/similar";
import { gcAvailable, MB, sizeOnDisk, timed } from "./bench/stats";
import { loadVocabulary } from "./bench/vocabulary";

/** Re-runs this script with --expose-gc, react-server conditions and a heap sized for the corpus. */
function reexecIfNeeded(opts: BenchOptions): boolean {
  if (process.env.BENCH_SEARCH_CHILD) return false;
  const wantHeapMB = Math.min(
    Math.floor((os.totalmem() / MB) * 0.8),
    Math.max(4096, 2048 + Math.ceil(opts.teams * 0.016)),
  );
  const heapMB = v8.getHeapStatistics().heap_size_limit / MB;
  const hasConditions = process.execArgv.some((a) => a.includes("react-server"));
  if (gcAvailable && hasConditions && heapMB >= wantHeapMB * 0.95) return false;
  const flags = [
    ...process.execArgv,
    ...(gcAvailable ? [] : ["--expose-gc"]),
    ...(hasConditions ? [] : ["--conditions=react-server"]),
    ...(heapMB >= wantHeapMB * 0.95 ? [] : [`--max-old-space-size=${wantHeapMB}`]),
  ];
  const r = spawnSync(process.execPath, [...flags, process.argv[1] as string, ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, BENCH_SEARCH_CHILD: "1" },
  });
  process.exitCode = r.status ?? 1;
  return true;
}

/** The corpus and query mixes; the timing wrapper stays local so the documents can be released. */
function generateWorkload(opts: BenchOptions, gen: CorpusGenerator): { workload: Workload; generateMs: number } {
  const generated = timed(() => generateCorpus(gen, opts.teams, progress("generating teams", opts.teams)));
  const workload: Workload = {
    opts,
    docs: generated.value,
    mix: buildQueryMix(gen, opts.queries, opts.seed),
    warmMix: buildQueryMix(gen, Math.min(300, opts.queries), opts.seed + 7919),
    suggestMix: buildSuggestMix(gen, Math.max(300, Math.floor(opts.queries / 2)), opts.seed),
    suggestWarm: buildSuggestMix(gen, 200, opts.seed + 7919),
    pastedMix: buildPastedMix(gen, 100, opts.seed),
  };
  return { workload, generateMs: generated.ms };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) return void console.log(USAGE);
  const opts = parseArgs(argv);
  if (reexecIfNeeded(opts)) return;
  if (!gcAvailable) log("warning: global.gc unavailable, heap figures include garbage (run node with --expose-gc)");

  const vocabulary = loadVocabulary();
  const { source: institutionSource, institutions } = generateInstitutions(opts.seed, institutionCountFor(opts.teams));
  const gen = createCorpusGenerator(opts.seed, vocabulary, institutions);
  const countries = new Set(institutions.map((i) => i.countryCode)).size;
  log(
    `${vocabulary.topics.length} ${vocabulary.source} topics, ${institutions.length} ${institutionSource} institutions in ${countries} countries`,
  );
  const corpus = generateWorkload(opts, gen);
  const w = corpus.workload;

  const tmp = mkdtempSync(path.join(os.tmpdir(), "bench-search-"));
  const snapshotDir = path.join(tmp, "snapshot");
  try {
    const m = await measureBuiltEngine(w, snapshotDir);
    const snapshotMB = sizeOnDisk(snapshotDir) / MB;
    const fts5 = opts.fts5
      ? measureFts5(w, path.join(tmp, "fts5.sqlite"), fts5QueryCount(opts, w.mix.length), m.ours.ms)
      : null;
    // A restarting server loads the snapshot without a corpus in memory; neither should we
    // (at 1M teams the documents would otherwise dominate garbage collection during the load).
    w.docs = [];
    const check = w.mix.slice(0, 100);
    const { profileLines: loadProfile, ...load } = await measureSnapshotLoad(
      snapshotDir,
      check,
      m.ours.outcomes,
      opts.profile,
      opts.teams <= 200_000 ? 3 : 1,
    );
    const report: BenchReport = {
      teams: opts.teams,
      queries: w.mix.length,
      seed: opts.seed,
      corpus: {
        vocabulary: vocabulary.source,
        topics: vocabulary.topics.length,
        institutionSource,
        institutions: institutions.length,
        countries,
        generateMs: corpus.generateMs,
      },
      buildMs: m.buildMs,
      heap: m.heap,
      snapshot: { mb: snapshotMB, writeMs: m.writeMs, ...load },
      search: m.ours.all,
      searchByKind: m.ours.byKind,
      suggest: m.suggest,
      pasted: m.pasted,
      slowest: m.ours.slowest,
      fts5,
    };
    console.log(formatReport(report));
    console.log(formatSimilar(m.similar));
    for (const lines of [m.profileLines, loadProfile]) if (lines.length > 0) console.log(`\n${lines.join("\n")}`);
    if (opts.keep) log(`kept temporary files in ${tmp}`);
    if (opts.json) console.log(JSON.stringify({ ...JSON.parse(jsonSummary(report)), similar: similarJson(m.similar) }));
  } finally {
    if (!opts.keep) rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  const usage = err instanceof UsageError;
  console.error(usage ? err.message : err instanceof Error ? (err.stack ?? err.message) : `Error: ${String(err)}`);
  process.exitCode = 1;
});

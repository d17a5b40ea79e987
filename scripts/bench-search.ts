// npm run bench:search -- --teams 100000 [--queries 600] [--seed 1] [--json] [--no-fts5] [--keep]
//
// Generates a deterministic synthetic corpus, builds the project's search index, and prints build
// time, index heap, snapshot size and load time, search and suggest latency over a fixed query
// mix, and the same mix on SQLite FTS5 as the baseline. Figures, never assertions.
// Needs --expose-gc (and, for large corpora, a bigger heap): it re-runs itself with both if missing.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { parseArgs, USAGE, type BenchOptions } from "./bench/args";
import { createCorpusGenerator, generateCorpus } from "./bench/corpus";
import { loadEngineApi, type BenchEngine } from "./bench/engine-adapter";
import { Fts5Baseline } from "./bench/fts5";
import { generateInstitutions, institutionCountFor } from "./bench/institutions";
import { buildQueryMix, buildSuggestMix } from "./bench/queries";
import { formatReport, jsonSummary, type BenchReport } from "./bench/report";
import { runMix, runSuggest } from "./bench/runner";
import { gcAvailable, heapNow, MB, sizeOnDisk, timed, timedAsync } from "./bench/stats";
import { loadVocabulary } from "./bench/vocabulary";

const log = (msg: string): void => void process.stderr.write(`[bench] ${msg}\n`);

function progress(label: string, total: number): (done: number) => void {
  let next = 0;
  const started = Date.now();
  return (done) => {
    if (done < next && done < total) return;
    next = done + total / 10;
    log(`${label}: ${done.toLocaleString("en")}/${total.toLocaleString("en")} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  };
}

/** Re-runs this script with --expose-gc, react-server conditions and a heap sized for the corpus. */
function reexecIfNeeded(opts: BenchOptions): boolean {
  if (process.env.BENCH_SEARCH_CHILD) return false;
  const wantHeapMB = Math.min(Math.floor((os.totalmem() / MB) * 0.8), Math.max(4096, 2048 + Math.ceil(opts.teams * 0.016)));
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

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) return void console.log(USAGE);
  const opts = parseArgs(argv);
  if (reexecIfNeeded(opts)) return;
  if (!gcAvailable) log("warning: global.gc unavailable, heap figures include garbage (run node with --expose-gc)");

  const api = await loadEngineApi();
  const vocabulary = loadVocabulary();
  const { source: institutionSource, institutions } = generateInstitutions(opts.seed, institutionCountFor(opts.teams));
  const gen = createCorpusGenerator(opts.seed, vocabulary, institutions);
  const countries = new Set(institutions.map((i) => i.countryCode)).size;
  log(`${vocabulary.topics.length} ${vocabulary.source} topics, ${institutions.length} ${institutionSource} institutions in ${countries} countries`);
  const generated = timed(() => generateCorpus(gen, opts.teams, progress("generating teams", opts.teams)));
  const docs = generated.value;

  const mix = buildQueryMix(gen, opts.queries, opts.seed);
  const warmMix = buildQueryMix(gen, Math.min(300, opts.queries), opts.seed + 7919);
  const suggestMix = buildSuggestMix(gen, Math.max(300, Math.floor(opts.queries / 2)), opts.seed);
  const suggestWarm = buildSuggestMix(gen, 200, opts.seed + 7919);

  const tmp = mkdtempSync(path.join(os.tmpdir(), "bench-search-"));
  const snapshotFile = path.join(tmp, "snapshot", "index");
  mkdirSync(path.dirname(snapshotFile));
  try {
    // Build and measure the index.
    const before = heapNow();
    log("building the index…");
    const built = await timedAsync(() => api.build(docs));
    let engine: BenchEngine | null = built.value;
    const after = heapNow();
    log(`built in ${(built.ms / 1000).toFixed(1)} s; timing ${mix.length} searches and ${suggestMix.length} suggestions…`);

    const searchOnce = (e: BenchEngine) => (p: Parameters<BenchEngine["search"]>[0]) => {
      const r = e.search(p);
      return { total: r.total, ids: r.hits.map((h) => h.id) };
    };
    const ours = runMix(searchOnce(engine), warmMix, mix, progress("engine queries", mix.length));
    const e0 = engine;
    const suggest = runSuggest((q) => e0.suggest(q), suggestWarm, suggestMix);

    log("writing the snapshot…");
    const written = await timedAsync(() => api.writeSnapshot(e0, snapshotFile, opts.teams));
    const snapshotBytes = sizeOnDisk(path.dirname(snapshotFile));
    engine = null; // let the built index go before loading the snapshot
    const beforeLoad = heapNow();
    const loaded = await timedAsync(() => api.loadSnapshot(snapshotFile));
    if (!loaded.value) throw new Error("loadSnapshot returned null for the snapshot just written");
    const loadedHeap = heapNow();
    const check = mix.slice(0, 100);
    const again = check.map((q) => searchOnce(loaded.value!.engine)(q.params));
    const mismatches = again.filter((r, i) => r.total !== ours.outcomes[i]!.total || r.ids.join() !== ours.outcomes[i]!.ids.join()).length;
    log(`snapshot loaded in ${loaded.ms.toFixed(0)} ms (position ${loaded.value.position})`);

    const report: BenchReport = {
      teams: opts.teams,
      queries: mix.length,
      seed: opts.seed,
      corpus: { vocabulary: vocabulary.source, topics: vocabulary.topics.length, institutionSource, institutions: institutions.length, countries, generateMs: generated.ms },
      buildMs: built.ms,
      heap: {
        indexMB: (after.heapUsed + after.external - before.heapUsed - before.external) / MB,
        jsMB: (after.heapUsed - before.heapUsed) / MB,
        externalMB: (after.external - before.external) / MB,
        processMB: (after.heapUsed + after.external) / MB,
      },
      snapshot: {
        mb: snapshotBytes / MB,
        writeMs: written.ms,
        loadMs: loaded.ms,
        loadedHeapMB: (loadedHeap.heapUsed + loadedHeap.external - beforeLoad.heapUsed - beforeLoad.external) / MB,
        checked: check.length,
        mismatches,
      },
      search: ours.all,
      searchByKind: ours.byKind,
      suggest,
      slowest: ours.slowest,
      fts5: null,
    };
    loaded.value = null;

    if (opts.fts5) {
      const combine = opts.fts5Combine === "auto" ? "k of n words" : `${opts.fts5Combine.toUpperCase()} of words`;
      const fts = new Fts5Baseline(path.join(tmp, "fts5.sqlite"), opts.fts5Combine);
      const load = timed(() => fts.load(docs, progress("FTS5 load", docs.length)));
      log(`FTS5 loaded in ${(load.ms / 1000).toFixed(1)} s; timing ${mix.length} searches…`);
      // SQLite has no JIT to warm, only its page cache: a short warm-up is enough.
      const base = runMix((p) => fts.search(p), warmMix.slice(0, 50), mix, progress("FTS5 queries", mix.length));
      fts.close();
      report.fts5 = { combine, loadMs: load.ms, dbMB: sizeOnDisk(path.join(tmp, "fts5.sqlite")) / MB, search: base.all, byKind: base.byKind };
    }

    console.log(formatReport(report));
    if (opts.keep) log(`kept temporary files in ${tmp}`);
    if (opts.json) console.log(jsonSummary(report));
  } finally {
    if (!opts.keep) rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`Error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exitCode = 1;
});

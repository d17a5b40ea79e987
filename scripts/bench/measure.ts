// The phases of the search benchmark: the built engine, the snapshot load, the FTS5 baseline.
import os from "node:os";
import path from "node:path";
import type { SearchDocument, SearchParams } from "@/lib/search/types";
import type { BenchOptions } from "./args";
import { engineApi as api, type BenchEngine } from "./engine-adapter";
import { Fts5Baseline } from "./fts5";
import { CpuProfiler } from "./profile";
import type { BenchReport } from "./report";
import { runMix, runSuggest } from "./runner";
import { measureSimilar } from "./similar";
import { heapNow, MB, percentiles, sizeOnDisk, timed, timedAsync } from "./stats";
import type { BenchQuery } from "./types";

export const log = (msg: string): void => void process.stderr.write(`[bench] ${msg}\n`);

export function progress(label: string, total: number): (done: number) => void {
  let next = 0;
  const started = Date.now();
  return (done) => {
    if (done < next && done < total) return;
    next = done + total / 10;
    log(
      `${label}: ${done.toLocaleString("en")}/${total.toLocaleString("en")} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  };
}

export interface Workload {
  opts: BenchOptions;
  docs: SearchDocument[];
  mix: BenchQuery[];
  warmMix: BenchQuery[];
  suggestMix: string[];
  suggestWarm: string[];
  /** Pasted problems (1,000–5,000 characters), timed on their own. */
  pastedMix: BenchQuery[];
}

export type Outcome = { total: number; ids: number[] };
const searchWith =
  (e: BenchEngine) =>
  (p: SearchParams): Outcome => {
    const r = e.search(p);
    return { total: r.total, ids: r.hits.map((h) => h.id) };
  };

/** Build, heap, timed searches and suggestions, optional profile, snapshot write. The engine
 * lives only inside this function, so it can be collected before the snapshot is loaded. */
export async function measureBuiltEngine(w: Workload, snapshotDir: string) {
  const { opts, mix } = w;
  const before = heapNow();
  log("building the index…");
  const built = await timedAsync(() => api.build(w.docs));
  const engine = built.value;
  const after = heapNow();
  log(
    `built in ${(built.ms / 1000).toFixed(1)} s; timing ${mix.length} searches and ${w.suggestMix.length} suggestions…`,
  );
  const ours = runMix(searchWith(engine), w.warmMix, mix, progress("engine queries", mix.length));
  const suggest = runSuggest((q) => engine.suggest(q), w.suggestWarm, w.suggestMix);
  const pasted = runMix(searchWith(engine), w.pastedMix.slice(0, 10), w.pastedMix).all;
  const similar = measureSimilar(engine, w.docs, Math.max(300, Math.floor(mix.length / 2)));

  const profileLines: string[] = [];
  if (opts.profile) {
    // Separate passes, so that profiling does not distort the timed figures above.
    const passes: [string, () => void][] = [
      ["search", () => mix.forEach((q) => engine.search(q.params))],
      ["suggest", () => w.suggestMix.forEach((q) => engine.suggest(q))],
    ];
    for (const [name, pass] of passes) {
      const profiler = new CpuProfiler();
      await profiler.start();
      for (let i = 0; i < 3; i++) pass();
      const file = path.join(os.tmpdir(), `bench-search-${opts.teams}-${name}.cpuprofile`);
      profileLines.push(
        `CPU profile of 3 × the ${name} mix (${file}), top self time:`,
        ...(await profiler.stop(file)),
        "",
      );
    }
  }

  log("writing the snapshot…");
  const written = await timedAsync(() => api.writeSnapshot(engine, snapshotDir, opts.teams));
  const heap = {
    indexMB: (after.heapUsed + after.external - before.heapUsed - before.external) / MB,
    jsMB: (after.heapUsed - before.heapUsed) / MB,
    externalMB: (after.external - before.external) / MB,
    processMB: (after.heapUsed + after.external) / MB,
  };
  return { buildMs: built.ms, heap, ours, suggest, pasted, similar, profileLines, writeMs: written.ms };
}

function countMismatches(e: BenchEngine, check: readonly BenchQuery[], expected: readonly Outcome[]): number {
  const search = searchWith(e);
  const differing = check.filter((q, i) => {
    const r = search(q.params);
    return r.total !== expected[i]!.total || r.ids.join() !== expected[i]!.ids.join();
  });
  for (const q of differing.slice(0, 3)) log(`loaded engine answers differently: ${JSON.stringify(q.params)}`);
  return differing.length;
}

/** Loads the snapshot (timed, heap measured) and checks it answers like the built engine. */
export async function measureSnapshotLoad(
  snapshotDir: string,
  check: readonly BenchQuery[],
  expected: readonly Outcome[],
  profile: boolean,
  repeats: number,
) {
  // Loads are repeated (and the median reported) where that is cheap: on a shared machine one
  // load can easily be twice as slow as the next.
  const runs: number[] = [];
  let loadedHeapMB = 0;
  let mismatches = 0;
  for (let i = 0; i < repeats; i++) {
    const before = heapNow();
    const loaded = await timedAsync(() => api.loadSnapshot(snapshotDir));
    if (!loaded.value) throw new Error("loadSnapshot returned null for the snapshot just written");
    runs.push(loaded.ms);
    if (i === 0) {
      const after = heapNow();
      loadedHeapMB = (after.heapUsed + after.external - before.heapUsed - before.external) / MB;
      mismatches = countMismatches(loaded.value.engine, check, expected);
    }
    log(`snapshot loaded in ${loaded.ms.toFixed(0)} ms (position ${loaded.value.position})`);
    loaded.value = null;
  }
  const profileLines: string[] = [];
  if (profile) {
    const profiler = new CpuProfiler();
    await profiler.start();
    await api.loadSnapshot(snapshotDir);
    const file = path.join(os.tmpdir(), `bench-search-load.cpuprofile`);
    profileLines.push(`CPU profile of another snapshot load (${file}), top self time:`, ...(await profiler.stop(file)));
  }
  return {
    profileLines,
    loadMs: percentiles(runs).p50,
    loadRuns: runs,
    loadedHeapMB,
    checked: check.length,
    mismatches,
  };
}

/**
 * The FTS5 baseline over the first `count` queries of the mix; `engineMs` are the engine's times
 * for the whole mix, in order, so the ratio compares the two on the same queries.
 */
export function measureFts5(
  w: Workload,
  file: string,
  count: number,
  engineMs: readonly number[],
): NonNullable<BenchReport["fts5"]> {
  const fts = new Fts5Baseline(file, w.opts.fts5Combine);
  try {
    const load = timed(() => fts.load(w.docs, progress("FTS5 load", w.docs.length)));
    const mix = w.mix.slice(0, count);
    log(`FTS5 loaded in ${(load.ms / 1000).toFixed(1)} s; timing ${mix.length} searches…`);
    // SQLite has no JIT to warm, only its page cache: a short warm-up is enough.
    const warm = w.warmMix.slice(0, Math.min(50, Math.max(5, Math.floor(count / 6))));
    const base = runMix((p) => fts.search(p), warm, mix, progress("FTS5 queries", mix.length));
    const bare = runMix((p) => fts.search(p, false), [], mix, progress("FTS5 queries without facets", mix.length));
    const c = w.opts.fts5Combine;
    return {
      combine: c === "auto" ? "k of n words" : `${c.toUpperCase()} of words`,
      loadMs: load.ms,
      dbMB: sizeOnDisk(file) / MB,
      search: base.all,
      byKind: base.byKind,
      withoutFacets: bare.all,
      ...(count < w.mix.length ? { subset: { of: w.mix.length, engine: percentiles(engineMs.slice(0, count)) } } : {}),
    };
  } finally {
    fts.close();
  }
}

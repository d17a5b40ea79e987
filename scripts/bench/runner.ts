// Timing a search function over the query mix: warm up on a different mix (so a result cache,
// if the engine has one, cannot serve the timed queries), then time every query once.
import type { SearchParams } from "@/lib/search/types";
import type { KindStats, SlowQuery } from "./report";
import { msSince, percentiles, type Percentiles } from "./stats";
import type { BenchQuery, QueryKind } from "./types";

export interface RunResult {
  all: Percentiles;
  byKind: KindStats[];
  slowest: SlowQuery[];
  /** Per query: total hits and the ids of the page, in mix order. */
  outcomes: { total: number; ids: number[] }[];
  /** Per query: its time (ms), in mix order. */
  ms: number[];
}

const KINDS: readonly QueryKind[] = ["one-word", "multi-word", "prefix", "typo", "sentence", "browse"];

export function runMix(
  search: (p: SearchParams) => { total: number; ids: number[] },
  warmup: readonly BenchQuery[],
  timedMix: readonly BenchQuery[],
  onProgress?: (done: number) => void,
): RunResult {
  for (const q of warmup) search(q.params);
  const ms: number[] = [];
  const outcomes: RunResult["outcomes"] = [];
  for (const q of timedMix) {
    const t = process.hrtime.bigint();
    const out = search(q.params);
    ms.push(msSince(t));
    outcomes.push(out);
    onProgress?.(ms.length);
  }
  const group = (label: KindStats["kind"], keep: (q: BenchQuery) => boolean): KindStats | null => {
    const idx = timedMix.map((q, i) => (keep(q) ? i : -1)).filter((i) => i >= 0);
    if (idx.length === 0) return null;
    const totals = idx.map((i) => outcomes[i]!.total);
    return {
      kind: label,
      latency: percentiles(idx.map((i) => ms[i]!)),
      meanTotal: totals.reduce((a, b) => a + b, 0) / totals.length,
    };
  };
  const byKind = [
    ...KINDS.map((k) => group(k, (q) => q.kind === k)),
    group("unfiltered", (q) => !q.filtered),
    group("filtered", (q) => q.filtered),
  ].filter((k): k is KindStats => k !== null);
  const slowest = ms
    .map((m, i) => ({ ms: m, kind: timedMix[i]!.kind, params: timedMix[i]!.params, total: outcomes[i]!.total }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 10);
  return { all: percentiles(ms), byKind, slowest, outcomes, ms };
}

export function runSuggest(
  suggest: (q: string) => unknown,
  warmup: readonly string[],
  timedMix: readonly string[],
): Percentiles {
  for (const q of warmup) suggest(q);
  const ms: number[] = [];
  for (const q of timedMix) {
    const t = process.hrtime.bigint();
    suggest(q);
    ms.push(msSince(t));
  }
  return percentiles(ms);
}

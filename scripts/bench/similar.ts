// The "similar teams" query class: a profile's "Teams with similar expertise", computed from the
// index for a sample of teams (telling terms + the engine's search), timed per profile.
import type { SearchEngine } from "@/lib/search/engine";
import { findSimilar, SIMILAR } from "@/lib/search/similar";
import type { SearchDocument } from "@/lib/search/types";
import { msSince, percentiles, type Percentiles } from "./stats";

export interface SimilarStats {
  latency: Percentiles;
  /** Mean number of similar teams found (at most SIMILAR.maxResults). */
  meanFound: number;
}

/** Times `count` profiles spread evenly over the corpus, after warming up on others. */
export function measureSimilar(engine: SearchEngine, docs: readonly SearchDocument[], count: number): SimilarStats {
  if (docs.length === 0) return { latency: percentiles([]), meanFound: 0 };
  const step = Math.max(1, Math.floor(docs.length / count));
  const pick = (offset: number) =>
    Array.from({ length: Math.min(count, docs.length) }, (_, i) => docs[(i * step + offset) % docs.length]!);
  for (const d of pick(Math.floor(step / 2)).slice(0, 100)) findSimilar(engine, d);
  const ms: number[] = [];
  let found = 0;
  for (const d of pick(0)) {
    const t = process.hrtime.bigint();
    found += findSimilar(engine, d, SIMILAR.maxResults).hits.length;
    ms.push(msSince(t));
  }
  return { latency: percentiles(ms), meanFound: found / ms.length };
}

export function formatSimilar(s: SimilarStats): string {
  const f = (x: number) => x.toFixed(2);
  return `similar teams (${s.latency.n} profiles): p50 ${f(s.latency.p50)} ms, p95 ${f(s.latency.p95)} ms, p99 ${f(s.latency.p99)} ms; ${s.meanFound.toFixed(1)} found on average`;
}

/** For the --json line: rounded like the other figures. */
export function similarJson(s: SimilarStats): Record<string, number> {
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { p50: r(s.latency.p50), p95: r(s.latency.p95), p99: r(s.latency.p99), meanFound: r(s.meanFound) };
}

// Re-ranks a search's top candidates by term proximity (proximity.ts): each gets its proximity
// score added to its text score, which the coordination factor and the register's signals then
// multiply as before. Only documents matching two concepts or more can gain.
import type { EngineState } from "./engine-state";
import { FIELD_BREAK } from "./forward-lists";
import { FIELD_GAP, NO_CONCEPT, accumulateProximity, proximityScore, proximityWeight } from "./proximity";
import { RANKING } from "./ranking";
import { topK, type Compare } from "./top-k";

/** Adds proximity to scores[p] for the best RANKING.proximity.depth positions p of the result set. */
export function rescoreByProximity(
  e: EngineState,
  conceptCount: number,
  docs: Int32Array,
  scores: Float64Array,
  count: number,
  cmp: Compare,
): void {
  if (conceptCount < 2 || count === 0) return;
  const s = e.scratch;
  const N = Math.max(1, e.size);
  const w = Float64Array.from({ length: conceptCount }, (_, c) => proximityWeight(N, s.conceptCounts[c] ?? 0));
  const tiers = [e.tier1, e.tier2].filter((index) => index.forward !== null);
  // Per tier: index term id + 1 (as forward lists hold it) → the concept it stands for.
  const conceptOf = tiers.map((index) => {
    const m = new Map<number, number>();
    for (const x of s.expansions) if (x.view.index === index && !m.has(x.id + 1)) m.set(x.id + 1, x.concept);
    return m;
  });
  let avgLength = 0;
  for (const index of tiers)
    index.forwardFields.forEach((on, f) => on && (avgLength += index.fieldTotal[f]! / Math.max(1, index.docCount)));
  const { k, b } = RANKING.bm25;
  const acc = new Float64Array(conceptCount);
  const top = topK(count, RANKING.proximity.depth, cmp, scores);
  for (const pos of top) {
    const doc = docs[pos]!;
    const text = s.score[doc]!;
    if (s.matched[doc]! < 2 || !(text > 0)) continue;
    acc.fill(0);
    let length = 0;
    tiers.forEach((index, t) => {
      const forward = index.forward!;
      if (forward.maxEntries(doc) > s.forward.length) s.forward = new Int32Array(forward.maxEntries(doc) * 2);
      const seq = s.forward;
      const n = forward.decode(doc, seq);
      const map = conceptOf[t]!;
      for (let i = 0; i < n; i++) {
        const v = seq[i]!;
        seq[i] = v === FIELD_BREAK ? FIELD_GAP : (map.get(v) ?? NO_CONCEPT);
      }
      accumulateProximity(seq, n, w, acc);
      index.forwardFields.forEach((on, f) => on && (length += index.fieldLen[f]![doc]!));
    });
    const prox = proximityScore(acc, w, conceptCount, length, avgLength, k, b);
    if (prox > 0) scores[pos] = scores[pos]! * (1 + prox / text);
  }
}

// Re-ranks a search's top candidates by term proximity (proximity.ts): each gets its proximity
// score added to its text score, which the coordination factor and the register's signals then
// multiply as before. Only documents matching two concepts or more can gain, and a score only
// grows, so the candidates stay the best `depth` results: their new order is the result's head.
import type { EngineState } from "./engine-state";
import { FIELD_BREAK } from "./forward-lists";
import type { InvertedIndex } from "./inverted-index";
import { FIELD_GAP, NO_CONCEPT, accumulateProximity, proximityScore, proximityWeight } from "./proximity";
import { RANKING } from "./ranking";
import type { Scratch } from "./scratch";
import { topK, type Compare } from "./top-k";

/** Per index term id: the query concept it stands for in this search, else NO_CONCEPT. */
function conceptTable(s: Scratch, index: InvertedIndex): Int32Array {
  let table = s.termConcept.get(index);
  if (!table || table.length < index.termCount) {
    table = new Int32Array(Math.max(1024, Math.ceil(index.termCount * 1.25))).fill(NO_CONCEPT);
    s.termConcept.set(index, table);
  }
  for (const x of s.expansions) if (x.view.index === index && table[x.id] === NO_CONCEPT) table[x.id] = x.concept;
  return table;
}

function clearTable(s: Scratch, index: InvertedIndex, table: Int32Array): void {
  for (const x of s.expansions) if (x.view.index === index) table[x.id] = NO_CONCEPT;
}

/**
 * Adds proximity to scores[p] for the best RANKING.proximity.depth positions p of the result
 * set (by `cmp`) and returns them in their new order; null when the query has fewer than two concepts.
 */
export function rescoreByProximity(
  e: EngineState,
  conceptCount: number,
  docs: Int32Array,
  scores: Float64Array,
  count: number,
  cmp: Compare,
): Int32Array | null {
  if (conceptCount < 2 || count === 0) return null;
  const s = e.scratch;
  const N = Math.max(1, e.size);
  const w = Float64Array.from({ length: conceptCount }, (_, c) => proximityWeight(N, s.conceptCounts[c] ?? 0));
  const tiers = [e.tier1, e.tier2].filter((index) => index.forward !== null);
  const tables = tiers.map((index) => conceptTable(s, index));
  let avgLength = 0;
  for (const index of tiers)
    index.forwardFields.forEach((on, f) => on && (avgLength += index.fieldTotal[f]! / Math.max(1, index.docCount)));
  const { k, b } = RANKING.bm25;
  const acc = new Float64Array(conceptCount);
  const top = Int32Array.from(topK(count, RANKING.proximity.depth, cmp, scores));
  try {
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
        const table = tables[t]!;
        for (let i = 0; i < n; i++) {
          const v = seq[i]!;
          seq[i] = v === FIELD_BREAK ? FIELD_GAP : table[v - 1]!;
        }
        accumulateProximity(seq, n, w, acc);
        index.forwardFields.forEach((on, f) => on && (length += index.fieldLen[f]![doc]!));
      });
      const prox = proximityScore(acc, w, conceptCount, length, avgLength, k, b);
      if (prox > 0) scores[pos] = scores[pos]! * (1 + prox / text);
    }
  } finally {
    tiers.forEach((index, t) => clearTable(s, index, tables[t]!));
  }
  return top.sort(cmp);
}

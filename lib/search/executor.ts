// The scoring loop: BM25F over all indexed fields (both index tiers). For each index term a query
// word stands for, its postings are walked once to sum the field-weighted, per-field
// length-normalised term frequency of every document containing it (tf~), which also gives the
// term's exact document frequency; then each document gets idf · tf~·(k1+1)/(tf~+k1). Scores go
// into typed arrays indexed by short document id, and "stamps" (the run number that last wrote a
// slot) replace clearing them, so a search allocates nothing per matching document.
import { expandTerm, type WeightedTerm } from "./expand";
import type { QueryConcept } from "./query";
import type { TypoCandidate } from "./typos";
import { RANKING } from "./ranking";
import type { IndexView, Scratch, Slot } from "./scratch";

export { Scratch, type Expansion, type IndexView } from "./scratch";

/** One index term (as a string) with its id in each tier that has postings for it. */
interface TermGroup {
  term: string;
  weight: number;
  fuzzy: boolean;
  parts: { view: IndexView; id: number }[];
}

/** Sums tf~ of one index term over its postings in one tier into `slot` (score = tf~). */
function accumulateTf(view: IndexView, slot: Slot, run: number, id: number): void {
  const { index, alive } = view;
  const arr = index.postings[id]!;
  const n = index.used[id]!;
  const { b } = RANKING.bm25;
  const F = index.fieldCount;
  const lens = index.fieldLen;
  // Per field: weight / average length, so the norm is w / (1 − b + b·len/avg) without a division per field.
  const w = view.fieldBoost;
  const inv = new Float64Array(F);
  for (let f = 0; f < F; f++) inv[f] = 1 / index.avgFieldLength(f);
  const { stamp, score, fields, list } = slot;
  const base = view.fieldBase;
  let count = slot.count;
  for (let i = 0; i < n; i += 2) {
    const doc = arr[i]!;
    if (alive[doc] !== 1) continue;
    const meta = arr[i + 1]!;
    const f = meta >>> 16;
    const wf = w[f]!;
    if (wf === 0) continue;
    const tf = meta & 0xffff;
    const v = (wf * tf) / (1 - b + b * lens[f]![doc]! * inv[f]!);
    const bit = 1 << (base + f);
    if (stamp[doc] !== run) {
      stamp[doc] = run;
      score[doc] = v;
      fields[doc] = bit;
      list[count++] = doc;
    } else {
      score[doc] = score[doc]! + v;
      fields[doc] = fields[doc]! | bit;
    }
  }
  slot.count = count;
}

/** Writes max(existing, v) into `to` for `doc` (alternatives and expansions of one word do not add up). */
function upsertMax(to: Slot, run: number, doc: number, v: number, fields: number, exact: number): void {
  if (to.stamp[doc] !== run) {
    to.stamp[doc] = run;
    to.score[doc] = v;
    to.fields[doc] = fields;
    to.hits[doc] = exact;
    to.list[to.count++] = doc;
  } else {
    if (v > to.score[doc]!) to.score[doc] = v;
    to.fields[doc] = to.fields[doc]! | fields;
    to.hits[doc] = to.hits[doc]! | exact;
  }
}

/** Scores one index term (all tiers) and merges it into `to` with max; `hits` bit 1 marks a non-typo match. */
function scoreTerm(s: Scratch, g: TermGroup, to: Slot, toRun: number, N: number, weight: number): void {
  const t = s.term;
  const run = ++s.run;
  t.count = 0;
  for (const p of g.parts) accumulateTf(p.view, t, run, p.id);
  if (t.count === 0) return;
  const { k } = RANKING.bm25;
  const df = t.count;
  const idf = Math.log(1 + (N - df + 0.5) / (df + 0.5));
  const scale = weight * g.weight * idf * (k + 1);
  const exact = g.fuzzy ? 0 : 1;
  for (let i = 0; i < t.count; i++) {
    const doc = t.list[i]!;
    const tf = t.score[doc]!;
    upsertMax(to, toRun, doc, (scale * tf) / (tf + k), t.fields[doc]!, exact);
  }
}

function expandCached(
  s: Scratch,
  view: IndexView,
  term: string,
  concept: QueryConcept | null,
  typos: readonly TypoCandidate[],
): WeightedTerm[] {
  const key = `${view.fieldBase}\u0000${term}\u0000${concept ? `${concept.text}\u0000${concept.prefix}\u0000${concept.fuzzy}` : ""}`;
  let hit = s.expandCache.get(key);
  if (!hit) {
    hit = expandTerm(view.index, term, concept, concept ? typos : []);
    s.expandCache.set(key, hit);
  }
  return hit;
}

/** The index terms one analysed query word stands for, grouped across tiers. */
function termGroups(
  s: Scratch,
  views: readonly IndexView[],
  term: string,
  concept: QueryConcept | null,
  typos: readonly TypoCandidate[],
): TermGroup[] {
  const groups = new Map<string, TermGroup>();
  for (const view of views) {
    for (const e of expandCached(s, view, term, concept, typos)) {
      s.expansions.push({ view, term: e.term, id: e.id });
      let g = groups.get(e.term);
      if (!g) groups.set(e.term, (g = { term: e.term, weight: e.weight, fuzzy: e.kind === "fuzzy", parts: [] }));
      g.parts.push({ view, id: e.id });
    }
  }
  return [...groups.values()];
}

/**
 * Scores every document matching at least one concept. Afterwards s.docs[0..s.count) are the
 * candidates and s.score / s.mask / s.fields / s.exact hold, per short id, the summed text score,
 * the bitmask of matched concepts, the bitmask of matched (global) fields and whether some
 * concept matched other than through typo tolerance. A concept scores as its best alternative;
 * a multi-word alternative ("machine learning") needs all its words and scores as their sum.
 * `typos[i]` are the misspelling candidates of concepts[i] (see typos.ts).
 */
export function scoreConcepts(
  views: readonly IndexView[],
  concepts: readonly QueryConcept[],
  typos: readonly (readonly TypoCandidate[])[],
  s: Scratch,
): void {
  const qRun = ++s.run;
  const N = Math.max(1, views[0]?.index.docCount ?? 1);
  let count = 0;
  s.expansions = [];
  s.conceptCounts = new Array<number>(concepts.length).fill(0);
  /** Adds one concept's documents (score, fields, typo flag) into the query's arrays. */
  const merge = (slot: Slot, ci: number, score: (doc: number) => number, exact: (doc: number) => number) => {
    // The match bitmask holds the first 32 concepts (coordination and quoted words need no more).
    const bit = ci < 32 ? (1 << ci) >>> 0 : 0;
    s.conceptCounts[ci] = slot.count;
    for (let i = 0; i < slot.count; i++) {
      const doc = slot.list[i]!;
      if (s.qStamp[doc] !== qRun) {
        s.qStamp[doc] = qRun;
        s.score[doc] = 0;
        s.mask[doc] = 0;
        s.fields[doc] = 0;
        s.exact[doc] = 0;
        s.docs[count++] = doc;
      }
      s.score[doc] = s.score[doc]! + score(doc);
      s.mask[doc] = s.mask[doc]! | bit;
      s.fields[doc] = s.fields[doc]! | slot.fields[doc]!;
      s.exact[doc] = s.exact[doc]! | exact(doc);
    }
  };
  concepts.forEach((concept, ci) => {
    // The common case, one word standing for one index term: straight from its postings.
    const only = concept.alternatives.length === 1 ? concept.alternatives[0]! : null;
    if (only && only.terms.length === 1) {
      const groups = termGroups(s, views, only.terms[0]!, concept, typos[ci] ?? []);
      if (groups.length === 1) {
        const g = groups[0]!;
        const T = s.term;
        const run = ++s.run;
        T.count = 0;
        for (const p of g.parts) accumulateTf(p.view, T, run, p.id);
        const { k } = RANKING.bm25;
        const idf = Math.log(1 + (N - T.count + 0.5) / (T.count + 0.5));
        const scale = only.weight * g.weight * idf * (k + 1);
        const exact = g.fuzzy ? 0 : 1;
        merge(
          T,
          ci,
          (doc) => (scale * T.score[doc]!) / (T.score[doc]! + k),
          () => exact,
        );
        return;
      }
      if (groups.length === 0) {
        s.conceptCounts[ci] = 0;
        return;
      }
    }
    const C = s.concept;
    const cRun = ++s.run;
    C.count = 0;
    concept.alternatives.forEach((alt, ai) => {
      const n = alt.terms.length;
      if (n === 1) {
        for (const g of termGroups(s, views, alt.terms[0]!, ai === 0 ? concept : null, typos[ci] ?? []))
          scoreTerm(s, g, C, cRun, N, alt.weight);
        return;
      }
      // A phrase: per word the best of its index terms, summed over words, kept where all occur.
      const P = s.alt;
      const pRun = ++s.run;
      P.count = 0;
      for (const word of alt.terms) {
        const W = s.field;
        const wRun = ++s.run;
        W.count = 0;
        for (const g of termGroups(s, views, word, null, [])) scoreTerm(s, g, W, wRun, N, alt.weight);
        for (let i = 0; i < W.count; i++) {
          const doc = W.list[i]!;
          if (P.stamp[doc] !== pRun) {
            P.stamp[doc] = pRun;
            P.score[doc] = W.score[doc]!;
            P.fields[doc] = W.fields[doc]!;
            P.hits[doc] = 1;
            P.list[P.count++] = doc;
          } else {
            P.score[doc] = P.score[doc]! + W.score[doc]!;
            P.fields[doc] = P.fields[doc]! | W.fields[doc]!;
            P.hits[doc] = P.hits[doc]! + 1;
          }
        }
      }
      for (let i = 0; i < P.count; i++) {
        const doc = P.list[i]!;
        if (P.hits[doc] === n) upsertMax(C, cRun, doc, P.score[doc]!, P.fields[doc]!, 1);
      }
    });
    merge(
      C,
      ci,
      (doc) => C.score[doc]!,
      (doc) => C.hits[doc]!,
    );
  });
  s.count = count;
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// The scoring loop: walks the postings of the query's terms and accumulates BM25+ scores into
// typed arrays indexed by short document id, instead of building a result object per matching
// document. "Stamps" (the run number that last wrote a slot) replace clearing the arrays.
import { expandTerm, type WeightedTerm } from "./expand";
import type { QueryConcept } from "./query";
import type { TypoCandidate } from "./typos";
import { RANKING } from "./ranking";
import type { IndexView, Scratch, Slot } from "./scratch";

export { Scratch, type Expansion, type IndexView } from "./scratch";

/** Adds one term's postings (optionally only one local field) into `slot` for run `run`. */
function accumulate(
  view: IndexView,
  s: Scratch,
  slot: Slot,
  run: number,
  tRun: number,
  exp: WeightedTerm,
  onlyField: number,
): void {
  const { index, alive } = view;
  const arr = index.postings[exp.id]!;
  const n = index.used[exp.id]!;
  if (n === 0) return;
  const { k, b, d } = RANKING.bm25;
  const F = index.fieldCount;
  const N = Math.max(1, index.docCount);
  const weight = new Float64Array(F);
  const avg = new Float64Array(F);
  for (let f = 0; f < F; f++) {
    const df = index.df[exp.id * F + f]!;
    if (df === 0 || (onlyField >= 0 && f !== onlyField)) continue;
    weight[f] = exp.weight * view.fieldBoost[f]! * Math.log(1 + (N - df + 0.5) / (df + 0.5));
    avg[f] = index.avgFieldLength(f);
  }
  const lens = index.fieldLen;
  const { stamp, score, hits, fields, list } = slot;
  const tStamp = s.tStamp;
  const base = view.fieldBase;
  let count = slot.count;
  for (let i = 0; i < n; i += 2) {
    const doc = arr[i]!;
    if (alive[doc] !== 1) continue;
    const meta = arr[i + 1]!;
    const f = meta >>> 16;
    const w = weight[f]!;
    if (w === 0) continue;
    const tf = meta & 0xffff;
    const v = w * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * lens[f]![doc]!) / avg[f]!)));
    const bit = 1 << (base + f);
    if (stamp[doc] !== run) {
      stamp[doc] = run;
      score[doc] = v;
      hits[doc] = 0;
      fields[doc] = bit;
      list[count++] = doc;
    } else {
      score[doc] = score[doc]! + v;
      fields[doc] = fields[doc]! | bit;
    }
    if (tStamp[doc] !== tRun) {
      tStamp[doc] = tRun;
      hits[doc] = hits[doc]! + 1;
    }
  }
  slot.count = count;
}

/** Moves documents of `from` that matched `need` terms into `to` (summing, or keeping the max). */
function promote(from: Slot, to: Slot, run: number, need: number, weight: number, max: boolean): void {
  for (let i = 0; i < from.count; i++) {
    const doc = from.list[i]!;
    if (from.hits[doc] !== need) continue;
    const v = from.score[doc]! * weight;
    if (to.stamp[doc] !== run) {
      to.stamp[doc] = run;
      to.score[doc] = v;
      to.hits[doc] = 1;
      to.fields[doc] = from.fields[doc]!;
      to.list[to.count++] = doc;
    } else {
      to.score[doc] = max ? Math.max(to.score[doc]!, v) : to.score[doc]! + v;
      to.fields[doc] = to.fields[doc]! | from.fields[doc]!;
    }
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

/**
 * Scores every document matching at least one concept in the given index tiers. Afterwards
 * s.docs[0..s.count) are the candidates and s.score / s.mask / s.fields hold, per short id, the
 * summed text score, the bitmask of matched concepts and the bitmask of matched (global) fields.
 * A multi-word alternative ("artificial intelligence") must have all its words in one field.
 * `typos[i]` are the misspelling candidates of concepts[i] (see typos.ts).
 */
export function scoreConcepts(
  views: readonly IndexView[],
  concepts: readonly QueryConcept[],
  typos: readonly (readonly TypoCandidate[])[],
  s: Scratch,
): void {
  const qRun = ++s.run;
  let count = 0;
  s.expansions = [];
  concepts.forEach((concept, ci) => {
    const cRun = ++s.run;
    s.concept.count = 0;
    // One single-word alternative (the common case) scores straight into the concept slot.
    const direct = concept.alternatives.length === 1 && concept.alternatives[0]!.terms.length === 1;
    concept.alternatives.forEach((alt, ai) => {
      const aRun = direct ? cRun : ++s.run;
      const slot = direct ? s.concept : s.alt;
      if (!direct) s.alt.count = 0;
      const n = alt.terms.length;
      const singleRun = ++s.run;
      for (const view of views) {
        const expanded = alt.terms.map((t) =>
          expandCached(s, view, t, ai === 0 && n === 1 ? concept : null, typos[ci] ?? []),
        );
        for (const list of expanded) for (const e of list) s.expansions.push({ view, term: e.term, id: e.id });
        if (n === 1) {
          for (const exp of expanded[0]!) accumulate(view, s, slot, aRun, singleRun, exp, -1);
          continue;
        }
        if (expanded.some((list) => list.length === 0)) continue;
        const F = view.index.fieldCount;
        for (let f = 0; f < F; f++) {
          // A phrase can only match in a field where every one of its words occurs.
          if (expanded.some((list) => !list.some((exp) => view.index.df[exp.id * F + f]! > 0))) continue;
          const fRun = ++s.run;
          s.field.count = 0;
          for (const list of expanded) {
            const tRun = ++s.run;
            for (const exp of list) accumulate(view, s, s.field, fRun, tRun, exp, f);
          }
          promote(s.field, s.alt, aRun, n, 1, false);
        }
      }
      if (!direct) promote(s.alt, s.concept, cRun, 1, alt.weight, true);
    });
    const bit = (1 << ci) >>> 0;
    const c = s.concept;
    for (let i = 0; i < c.count; i++) {
      const doc = c.list[i]!;
      if (s.qStamp[doc] !== qRun) {
        s.qStamp[doc] = qRun;
        s.score[doc] = 0;
        s.mask[doc] = 0;
        s.fields[doc] = 0;
        s.docs[count++] = doc;
      }
      s.score[doc] = s.score[doc]! + c.score[doc]!;
      s.mask[doc] = s.mask[doc]! | bit;
      s.fields[doc] = s.fields[doc]! | c.fields[doc]!;
    }
  });
  s.count = count;
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

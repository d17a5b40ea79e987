// The scoring loop: BM25F over all indexed fields (both index tiers). For each index term a query
// word stands for, its postings in every tier are merged once, in document order, into the
// field-weighted, per-field length-normalised term frequency of every document containing it
// (tf~), which also gives the term's exact document frequency; then each document gets
// idf · tf~·(k1+1)/(tf~+k1). Scores go into typed arrays indexed by short document id, and
// "stamps" (the run number that last wrote a slot) replace clearing them, so a search allocates
// nothing per matching document. The query's documents end in id order, so that filtering,
// facet counts and scoring read the per-document arrays front to back.
import { expandTerm, type WeightedTerm } from "./expand";
import type { QueryConcept } from "./query";
import type { TypoCandidate } from "./typos";
import { RANKING } from "./ranking";
import type { IndexView, Scratch, Slot, TermRun } from "./scratch";

export { Scratch, type Expansion, type IndexView } from "./scratch";

/** One index term (as a string) with its id in each tier that has postings for it. */
interface TermGroup {
  term: string;
  weight: number;
  fuzzy: boolean;
  parts: { view: IndexView; id: number }[];
}

/**
 * Merges one tier's postings of index term `id` with `from` (the same term's documents in the
 * tiers before, in id order) into `to`. Both inputs are in ascending document order and a
 * document's postings in one tier are adjacent (one per field), so this is a linear merge: no
 * per-document lookup. Per document, tf~ is summed in tier order, then posting order.
 */
function mergeTier(view: IndexView, id: number, from: TermRun, to: TermRun): void {
  const { index, alive } = view;
  const arr = index.postings[id]!;
  const n = index.used[id]!;
  const { b } = RANKING.bm25;
  const lens = index.fieldLen;
  // Per field: weight and 1 / average length, so the norm is w / (1 − b + b·len/avg) without a division per field.
  const w = view.fieldBoost;
  const inv = view.invAvgLength;
  const base = view.fieldBase;
  const { docs: fd, tf: ft, fields: ff } = from;
  const { docs: td, tf: tt, fields: tfl } = to;
  const m = from.count;
  let a = 0;
  let c = 0;
  let i = 0;
  while (i < n) {
    const doc = arr[i]!;
    while (a < m && fd[a]! < doc) {
      td[c] = fd[a]!;
      tt[c] = ft[a]!;
      tfl[c++] = ff[a++]!;
    }
    if (alive[doc] !== 1) {
      i += 2;
      continue;
    }
    let acc = 0;
    let bits = 0;
    let found = false;
    if (a < m && fd[a] === doc) {
      acc = ft[a]!;
      bits = ff[a++]!;
      found = true;
    }
    for (; i < n && arr[i] === doc; i += 2) {
      const meta = arr[i + 1]!;
      const f = meta >>> 16;
      const wf = w[f]!;
      if (wf === 0) continue;
      const tf = meta & 0xffff;
      acc += (wf * tf) / (1 - b + b * lens[f]![doc]! * inv[f]!);
      bits |= 1 << (base + f);
      found = true;
    }
    if (found) {
      td[c] = doc;
      tt[c] = acc;
      tfl[c++] = bits;
    }
  }
  while (a < m) {
    td[c] = fd[a]!;
    tt[c] = ft[a]!;
    tfl[c++] = ff[a++]!;
  }
  to.count = c;
}

/** One index term's live documents over all its tiers, in id order; its count is the term's document frequency. */
function gather(s: Scratch, g: TermGroup): TermRun {
  let from = s.spare;
  let to = s.term;
  from.count = 0;
  for (const p of g.parts) {
    mergeTier(p.view, p.id, from, to);
    [from, to] = [to, from];
  }
  return from;
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
  const t = gather(s, g);
  if (t.count === 0) return;
  const { k } = RANKING.bm25;
  const df = t.count;
  const idf = Math.log(1 + (N - df + 0.5) / (df + 0.5));
  const scale = weight * g.weight * idf * (k + 1);
  const exact = g.fuzzy ? 0 : 1;
  const { docs, tf: tfs, fields } = t;
  for (let i = 0; i < t.count; i++) {
    const tf = tfs[i]!;
    upsertMax(to, toRun, docs[i]!, (scale * tf) / (tf + k), fields[i]!, exact);
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
  ci: number,
  term: string,
  concept: QueryConcept | null,
  typos: readonly TypoCandidate[],
): TermGroup[] {
  const groups = new Map<string, TermGroup>();
  for (const view of views) {
    for (const e of expandCached(s, view, term, concept, typos)) {
      s.expansions.push({ view, term: e.term, id: e.id, concept: ci });
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
  const q: QueryRun = { run: ++s.run, count: 0, ordered: true, bits: conceptBits(concepts) };
  const N = Math.max(1, views[0]?.index.docCount ?? 1);
  s.expansions = [];
  s.conceptCounts = new Array<number>(concepts.length).fill(0);
  concepts.forEach((concept, ci) => {
    // The common case, one word standing for one index term: straight from its postings.
    const only = concept.alternatives.length === 1 ? concept.alternatives[0]! : null;
    if (only && only.terms.length === 1) {
      const groups = termGroups(s, views, ci, only.terms[0]!, concept, typos[ci] ?? []);
      if (groups.length === 1) {
        const g = groups[0]!;
        const t = gather(s, g);
        const { k } = RANKING.bm25;
        const idf = Math.log(1 + (N - t.count + 0.5) / (t.count + 0.5));
        const scale = only.weight * g.weight * idf * (k + 1);
        s.conceptCounts[ci] = t.count;
        addTermRun(s, q, t, ci, scale, g.fuzzy ? 0 : 1);
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
        for (const g of termGroups(s, views, ci, alt.terms[0]!, ai === 0 ? concept : null, typos[ci] ?? []))
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
        for (const g of termGroups(s, views, ci, word, null, [])) scoreTerm(s, g, W, wRun, N, alt.weight);
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
    s.conceptCounts[ci] = C.count;
    addSlot(s, q, C, ci);
  });
  s.count = q.count;
  s.qRun = q.run;
  if (!q.ordered) inIdOrder(s, q);
}

/** The query being accumulated: its stamp, how many documents it has, and whether they were added in id order. */
interface QueryRun {
  run: number;
  count: number;
  ordered: boolean;
  /** Per concept: its bit in the match mask (0 for none). */
  bits: readonly number[];
}

/**
 * Per concept, its bit in the 32-bit match mask, which says which concepts a document matched:
 * quoted (required) concepts get theirs first, then the others in order, until the bits run out.
 * How many concepts a document matched is counted apart (Scratch.matched), for all of them.
 */
export function conceptBits(concepts: readonly { required: boolean }[]): number[] {
  const bits = new Array<number>(concepts.length).fill(0);
  let next = 0;
  for (const pass of [true, false])
    concepts.forEach((c, i) => {
      if (c.required === pass && next < 32) bits[i] = (1 << next++) >>> 0;
    });
  return bits;
}

/** Adds one single-term concept's documents into the query's arrays, saturating tf~ as BM25 does. */
function addTermRun(s: Scratch, q: QueryRun, t: TermRun, ci: number, scale: number, exact: number): void {
  const { k } = RANKING.bm25;
  const bit = q.bits[ci]!;
  const { qStamp, score, mask, matched, fields, docs } = s;
  const hits = s.exact;
  const run = q.run;
  let count = q.count;
  let last = count > 0 ? docs[count - 1]! : -1;
  let ordered = q.ordered;
  for (let i = 0; i < t.count; i++) {
    const doc = t.docs[i]!;
    const tf = t.tf[i]!;
    const v = (scale * tf) / (tf + k);
    if (qStamp[doc] !== run) {
      qStamp[doc] = run;
      score[doc] = v;
      mask[doc] = bit;
      matched[doc] = 1;
      fields[doc] = t.fields[i]!;
      hits[doc] = exact;
      if (doc < last) ordered = false;
      docs[count++] = last = doc;
    } else {
      score[doc] = score[doc]! + v;
      mask[doc] = mask[doc]! | bit;
      matched[doc] = matched[doc]! + 1;
      fields[doc] = fields[doc]! | t.fields[i]!;
      hits[doc] = hits[doc]! | exact;
    }
  }
  q.count = count;
  q.ordered = ordered;
}

/** Adds one concept's documents, scored in slot `C`, into the query's arrays. */
function addSlot(s: Scratch, q: QueryRun, C: Slot, ci: number): void {
  const bit = q.bits[ci]!;
  const { qStamp, score, mask, matched, fields, docs } = s;
  const hits = s.exact;
  const run = q.run;
  let count = q.count;
  let last = count > 0 ? docs[count - 1]! : -1;
  let ordered = q.ordered;
  for (let i = 0; i < C.count; i++) {
    const doc = C.list[i]!;
    if (qStamp[doc] !== run) {
      qStamp[doc] = run;
      score[doc] = C.score[doc]!;
      mask[doc] = bit;
      matched[doc] = 1;
      fields[doc] = C.fields[doc]!;
      hits[doc] = C.hits[doc]!;
      if (doc < last) ordered = false;
      docs[count++] = last = doc;
    } else {
      score[doc] = score[doc]! + C.score[doc]!;
      mask[doc] = mask[doc]! | bit;
      matched[doc] = matched[doc]! + 1;
      fields[doc] = fields[doc]! | C.fields[doc]!;
      hits[doc] = hits[doc]! | C.hits[doc]!;
    }
  }
  q.count = count;
  q.ordered = ordered;
}

/**
 * Puts the query's documents in id order, so that what follows (filters, facet counts, scores)
 * reads the per-document arrays front to back: a scan of the stamps when they are many, a sort
 * when they are few.
 */
function inIdOrder(s: Scratch, q: QueryRun): void {
  if (q.count * 32 < s.size) {
    s.docs.subarray(0, q.count).sort();
    return;
  }
  const { qStamp, docs } = s;
  let c = 0;
  for (let doc = 0; doc < s.size; doc++) if (qStamp[doc] === q.run) docs[c++] = doc;
}

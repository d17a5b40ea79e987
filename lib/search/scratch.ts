// Reusable per-search arrays, indexed by short document id and sized to the index, so a
// search allocates nothing per matching document.
import type { WeightedTerm } from "./expand";
import type { InvertedIndex } from "./inverted-index";

/** One tier of the index as the executor sees it. */
export interface IndexView {
  index: InvertedIndex;
  /** Global field id of this index's field 0 (field bits in results are global). */
  fieldBase: number;
  /** Boost per local field. */
  fieldBoost: readonly number[];
  /** Per local field: 1 / its average length (BM25's length normalisation). */
  invAvgLength: Float64Array;
  /** 1 for a live document. */
  alive: ArrayLike<number>;
}

export interface Expansion {
  view: IndexView;
  term: string;
  id: number;
  /** The index of the query concept it stands for. */
  concept: number;
}

/** Per-document accumulators for one level (a phrase in one field, an alternative, a concept). */
export class Slot {
  stamp: Uint32Array;
  score: Float64Array;
  /** Words matched (phrases) or flags (1 = matched other than by typo tolerance). */
  hits: Uint8Array;
  fields: Uint16Array;
  list: Int32Array;
  count = 0;
  constructor(n: number) {
    this.stamp = new Uint32Array(n);
    this.score = new Float64Array(n);
    this.hits = new Uint8Array(n);
    this.fields = new Uint16Array(n);
    this.list = new Int32Array(n);
  }
}

/**
 * One index term's documents in ascending id order, each once, with its summed field-weighted,
 * length-normalised tf (tf~) and the bitmask of (global) fields it occurs in: postings of every
 * tier merged without a per-document lookup.
 */
export class TermRun {
  docs: Int32Array;
  tf: Float64Array;
  fields: Uint16Array;
  count = 0;
  constructor(n: number) {
    this.docs = new Int32Array(n);
    this.tf = new Float64Array(n);
    this.fields = new Uint16Array(n);
  }
}

export class Scratch {
  run = 0;
  size = 0;
  field = new Slot(0);
  /** The current index term's documents (`term`) and the run being merged into (`spare`). */
  term = new TermRun(0);
  spare = new TermRun(0);
  alt = new Slot(0);
  concept = new Slot(0);
  qStamp = new Uint32Array(0);
  /** Results of the last scoring run, by short id; valid for docs[0..count). */
  score = new Float64Array(0);
  /** Bits of the matched concepts that have one (quoted concepts first; see conceptBits in executor.ts). */
  mask = new Uint32Array(0);
  /** How many concepts matched, all of them (a query keeps up to 64). */
  matched = new Uint16Array(0);
  fields = new Uint16Array(0);
  /** 1 where some concept matched other than through typo tolerance. */
  exact = new Uint8Array(0);
  docs = new Int32Array(0);
  count = 0;
  /** The stamp of the last scoring run: qStamp[doc] === qRun marks its documents. */
  qRun = 0;
  /** Per concept of the last run: how many documents it matched. */
  conceptCounts: number[] = [];
  /** Every index term that contributed to the last run (for matchedTerms / highlighting). */
  expansions: Expansion[] = [];
  /** Decoded forward lists of one document (proximity). */
  forward = new Int32Array(256);
  /** Per index: term id → query concept, NO_CONCEPT outside a search (rescore.ts). */
  termConcept = new Map<InvertedIndex, Int32Array>();
  /** Term expansions of the current search, per tier (kept across its tier 1 and tier 2 runs). */
  expandCache = new Map<string, WeightedTerm[]>();

  #results = { docs: new Int32Array(0), scores: new Float64Array(0), pre: new Int32Array(0) };

  /** The result set's buffers (positions: documents, scores, and candidates before filters), sized to `capacity`. */
  results(capacity: number): { docs: Int32Array; scores: Float64Array; pre: Int32Array } {
    if (this.#results.docs.length < capacity)
      this.#results = {
        docs: new Int32Array(capacity),
        scores: new Float64Array(capacity),
        pre: new Int32Array(capacity),
      };
    return this.#results;
  }

  ensure(capacity: number): void {
    if (capacity <= this.size && this.run < 0xfff00000) return;
    const n = Math.max(capacity, Math.ceil(this.size * 1.5), 1024);
    this.size = n;
    this.run = 0;
    this.field = new Slot(n);
    this.term = new TermRun(n);
    this.spare = new TermRun(n);
    this.alt = new Slot(n);
    this.concept = new Slot(n);
    this.qStamp = new Uint32Array(n);
    this.score = new Float64Array(n);
    this.mask = new Uint32Array(n);
    this.matched = new Uint16Array(n);
    this.fields = new Uint16Array(n);
    this.exact = new Uint8Array(n);
    this.docs = new Int32Array(n);
  }
}

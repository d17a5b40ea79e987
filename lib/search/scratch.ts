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
  alive: Uint8Array;
}

export interface Expansion {
  view: IndexView;
  term: string;
  id: number;
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

export class Scratch {
  run = 0;
  size = 0;
  field = new Slot(0);
  term = new Slot(0);
  alt = new Slot(0);
  concept = new Slot(0);
  tStamp = new Uint32Array(0);
  qStamp = new Uint32Array(0);
  /** Results of the last scoring run, by short id; valid for docs[0..count). */
  score = new Float64Array(0);
  mask = new Uint32Array(0);
  fields = new Uint16Array(0);
  /** 1 where some concept matched other than through typo tolerance. */
  exact = new Uint8Array(0);
  docs = new Int32Array(0);
  count = 0;
  /** Per concept of the last run: how many documents it matched. */
  conceptCounts: number[] = [];
  /** Every index term that contributed to the last run (for matchedTerms / highlighting). */
  expansions: Expansion[] = [];
  /** Term expansions of the current search, per tier (kept across its tier 1 and tier 2 runs). */
  expandCache = new Map<string, WeightedTerm[]>();

  ensure(capacity: number): void {
    if (capacity <= this.size && this.run < 0xfff00000) return;
    const n = Math.max(capacity, Math.ceil(this.size * 1.5), 1024);
    this.size = n;
    this.run = 0;
    this.field = new Slot(n);
    this.term = new Slot(n);
    this.alt = new Slot(n);
    this.concept = new Slot(n);
    this.tStamp = new Uint32Array(n);
    this.qStamp = new Uint32Array(n);
    this.score = new Float64Array(n);
    this.mask = new Uint32Array(n);
    this.fields = new Uint16Array(n);
    this.exact = new Uint8Array(n);
    this.docs = new Int32Array(n);
  }
}

// Per-document facet values as integer ids, so filtering and counting a result set of 100,000
// teams is a loop over typed arrays: no objects per query or per document.
// Counting is disjunctive: a team that fails only facet F's selection still counts towards F's
// values, so each facet shows what choosing another of its values would give.
import { countMembers, tally, type FacetData, type PreparedFilters } from "./facet-tally";

export type { PreparedFilters } from "./facet-tally";
import { IdLists } from "./id-lists";
import { FACET_NAMES, type FacetName } from "./types";

export type FacetValues = readonly (readonly string[])[]; // indexed like FACET_NAMES

const F = FACET_NAMES.length;

export interface FacetState {
  /** [facet index, value] by value id. */
  values: [number, string][];
  /** Per document: how many value ids it has in `pool`, consecutively. */
  len: Uint16Array;
  pool: Int32Array;
}

export interface FacetCount {
  value: string;
  count: number;
}

export class FacetStore {
  private ids = new Map<string, number>();
  private valueFacet = new Uint8Array(256);
  private valueNames: string[] = [];
  private lists = new IdLists();
  /** Counts over every live document, kept up to date: the facets of an unfiltered listing. */
  private totals = new Int32Array(256);
  /** Per document and facet: where that facet's values start in the document's list (lists are in facet order). */
  private offsets = new Uint8Array(1024 * F);

  private valueId(facet: number, value: string): number {
    const key = `${facet}\u0000${value}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.valueNames.length;
      this.ids.set(key, id);
      this.valueNames.push(value);
      if (id >= this.valueFacet.length) {
        const next = new Uint8Array(this.valueFacet.length * 2);
        next.set(this.valueFacet);
        this.valueFacet = next;
      }
      this.valueFacet[id] = facet;
      if (id >= this.totals.length) {
        const next = new Int32Array(this.totals.length * 2);
        next.set(this.totals);
        this.totals = next;
      }
    }
    return id;
  }

  set(doc: number, values: FacetValues): void {
    const ids: number[] = [];
    this.ensureOffsets(doc + 1);
    values.forEach((list, facet) => {
      this.offsets[doc * F + facet] = Math.min(255, ids.length);
      for (const v of new Set(list)) if (ids.length < 255) ids.push(this.valueId(facet, v));
    });
    for (const id of this.lists.get(doc)) this.totals[id]!--;
    this.lists.set(doc, ids);
    for (const id of ids) this.totals[id]!++;
  }

  clear(doc: number): void {
    for (const id of this.lists.get(doc)) this.totals[id]!--;
    this.lists.clear(doc);
  }

  /** Counts over every live document (a copy). */
  totalCounts(): Int32Array {
    return this.totals.slice(0, this.valueNames.length);
  }

  /** The document's values per facet. */
  valuesOf(doc: number): string[][] {
    const out: string[][] = FACET_NAMES.map(() => []);
    for (const v of this.lists.get(doc)) out[this.valueFacet[v]!]!.push(this.valueNames[v]!);
    return out;
  }

  remap(alive: Uint8Array, remap: Int32Array, count: number, size: number): void {
    this.lists.remap(alive, remap, count, size);
    const offsets = new Uint8Array(size * F);
    for (let doc = 0; doc < count; doc++) {
      if (alive[doc] === 1) offsets.set(this.offsets.subarray(doc * F, doc * F + F), remap[doc]! * F);
    }
    this.offsets = offsets;
  }

  private ensureOffsets(docs: number): void {
    if (docs * F <= this.offsets.length) return;
    const next = new Uint8Array(Math.max(docs, Math.ceil((this.offsets.length / F) * 1.5)) * F);
    next.set(this.offsets);
    this.offsets = next;
  }

  exportState(n: number): FacetState {
    return { values: this.valueNames.map((v, i) => [this.valueFacet[i]!, v]), ...this.lists.exportState(n) };
  }

  importState(s: FacetState): void {
    this.ids.clear();
    this.valueNames = [];
    this.valueFacet = new Uint8Array(Math.max(256, s.values.length));
    s.values.forEach(([facet, value], i) => {
      if (!(facet < FACET_NAMES.length) || typeof value !== "string") throw new Error("unknown facet in snapshot");
      this.ids.set(`${facet}\u0000${value}`, i);
      this.valueNames.push(value);
      this.valueFacet[i] = facet;
    });
    this.lists.importState(s.len, s.pool, this.valueNames.length);
    this.totals = new Int32Array(Math.max(256, this.valueNames.length));
    for (let i = 0; i < this.lists.poolLen; i++) this.totals[this.lists.pool[i]!]!++;
    const n = s.len.length;
    this.offsets = new Uint8Array(Math.max(1024, n) * F);
    for (let doc = 0; doc < n; doc++) {
      const list = this.lists.get(doc);
      let facet = 0;
      let last = 0;
      for (let i = 0; i <= list.length; i++) {
        const f = i < list.length ? this.valueFacet[list[i]!]! : F;
        if (f < last) throw new Error("facet values out of order in snapshot");
        last = f;
        while (facet <= f && facet < F) this.offsets[doc * F + facet++] = i;
      }
    }
  }

  prepare(filters: Partial<Record<FacetName, readonly string[]>>): PreparedFilters {
    const selBits = new Uint16Array(this.valueNames.length);
    let active = 0;
    const selected = {} as Record<FacetName, string[]>;
    FACET_NAMES.forEach((name, facet) => {
      const values = [...new Set(filters[name] ?? [])];
      selected[name] = values;
      if (values.length === 0) return;
      active |= 1 << facet;
      for (const v of values) {
        const id = this.ids.get(`${facet}\u0000${v}`);
        if (id !== undefined) selBits[id] = 1 << facet;
      }
    });
    return { selBits, active, selected };
  }

  /**
   * Filters and counts in one pass over `list[0..n)` (or over ids 0..n-1 that are alive, when
   * list is null). Passing documents go to `out`; documents failing exactly one facet count
   * towards that facet's values and `without`. Returns how many passed.
   */
  tally(
    list: Int32Array | null,
    n: number,
    alive: ArrayLike<number>,
    p: PreparedFilters,
    counts: Int32Array,
    without: Int32Array,
    out: Int32Array,
  ): number {
    return tally(this.data(), list, n, alive, p, counts, without, out);
  }

  /**
   * Counts the values of a result set when nothing is selected: `list[0..n)` are exactly the
   * live documents among ids 0..capacity-1 with stamp[doc] === run, and `live` is how many live
   * documents there are.
   */
  countMembers(
    list: Int32Array,
    n: number,
    live: number,
    capacity: number,
    alive: ArrayLike<number>,
    stamp: Uint32Array,
    run: number,
    counts: Int32Array,
  ): void {
    countMembers(this.data(), list, n, live, capacity, alive, stamp, run, counts);
  }

  private data(): FacetData {
    const { start, len, pool } = this.lists;
    return { start, len, pool, offsets: this.offsets, facetOf: this.valueFacet, totals: this.totals };
  }

  newCounts(): Int32Array {
    return new Int32Array(this.valueNames.length);
  }

  /** Counts → per-facet lists, largest first; selected values are always listed. */
  toFacets(counts: Int32Array, p: PreparedFilters): Record<FacetName, FacetCount[]> {
    const out = {} as Record<FacetName, FacetCount[]>;
    for (const name of FACET_NAMES) out[name] = [];
    for (let v = 0; v < counts.length; v++) {
      if (counts[v]! > 0)
        out[FACET_NAMES[this.valueFacet[v]!]!].push({ value: this.valueNames[v]!, count: counts[v]! });
    }
    for (const name of FACET_NAMES) {
      const list = out[name];
      for (const value of p.selected[name]) if (!list.some((c) => c.value === value)) list.push({ value, count: 0 });
      list.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    }
    return out;
  }
}

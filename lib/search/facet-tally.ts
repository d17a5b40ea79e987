// The hot loop of a search: filter the candidates by the selected facets and count facet values
// over the result set, disjunctively (a document failing only facet F counts towards F's values).
import { FACET_NAMES, type FacetName } from "./types";

const F = FACET_NAMES.length;

export interface PreparedFilters {
  /** Per value id: the facet bit when that value is selected, else 0. */
  selBits: Uint16Array;
  /** Bits of the facets that have a selection. */
  active: number;
  selected: Record<FacetName, string[]>;
}

/** FacetStore's arrays, as the loops read them. */
export interface FacetData {
  start: Int32Array;
  len: Uint16Array;
  pool: Int32Array;
  /** Per document × facet: where that facet's values start within the document's list. */
  offsets: Uint8Array;
  facetOf: Uint8Array;
  /** Counts over every live document. */
  totals: Int32Array;
}

/**
 * Filters and counts in one pass over `list[0..n)` (or over ids 0..n-1 that are alive, when
 * list is null). Passing documents go to `out`; documents failing exactly one facet count
 * towards that facet's values and `without`. Returns how many passed.
 */
export function tally(
  d: FacetData,
  list: Int32Array | null,
  n: number,
  alive: ArrayLike<number>,
  p: PreparedFilters,
  counts: Int32Array,
  without: Int32Array,
  out: Int32Array,
): number {
  const { start, len, pool, offsets } = d;
  const { selBits, active } = p;
  const facets: number[] = [];
  for (let f = 0; f < F; f++) if (active & (1 << f)) facets.push(f);
  if (list === null && facets.length === 1) {
    // Subtracting pays when most documents pass (estimated from the totals).
    let estimate = 0;
    for (let v = 0; v < selBits.length; v++) if (selBits[v] !== 0) estimate += d.totals[v]!;
    if (estimate * 2 > n) return tallyOneFacet(d, n, alive, p, facets[0]!, counts, without, out);
  }
  if (list !== null && facets.length === 0) {
    // Nothing selected: every candidate passes and counts all its values.
    for (let i = 0; i < n; i++) {
      const doc = list[i]!;
      const s = start[doc]!;
      const e = s + len[doc]!;
      for (let j = s; j < e; j++) counts[pool[j]!]!++;
      out[i] = doc;
    }
    return n;
  }
  let passed = 0;
  for (let i = 0; i < n; i++) {
    const doc = list === null ? i : list[i]!;
    if (list === null && alive[doc] !== 1) continue;
    const s = start[doc]!;
    const e = s + len[doc]!;
    const o = doc * F;
    let fail = 0;
    for (const f of facets) {
      const to = f === F - 1 ? e : s + offsets[o + f + 1]!;
      let hit = 0;
      for (let j = s + offsets[o + f]!; j < to; j++) hit |= selBits[pool[j]!]!;
      if (hit === 0) {
        fail |= 1 << f;
        if (fail !== 1 << f) break;
      }
    }
    if (fail === 0) {
      for (let j = s; j < e; j++) counts[pool[j]!]!++;
      out[passed++] = doc;
    } else if ((fail & (fail - 1)) === 0) {
      const f = 31 - Math.clz32(fail);
      without[f]!++;
      const to = f === F - 1 ? e : s + offsets[o + f + 1]!;
      for (let j = s + offsets[o + f]!; j < to; j++) counts[pool[j]!]!++;
    }
  }
  return passed;
}

/**
 * All documents, one filtered facet: count by subtraction. The filtered facet's counts are the
 * totals (disjunctive: its own selection is ignored); the other facets' counts are the totals
 * minus the documents that fail. Only the failing documents' values are visited.
 */
function tallyOneFacet(
  d: FacetData,
  n: number,
  alive: ArrayLike<number>,
  p: PreparedFilters,
  f: number,
  counts: Int32Array,
  without: Int32Array,
  out: Int32Array,
): number {
  const { start, len, pool, offsets, facetOf, totals } = d;
  const { selBits } = p;
  const minus = new Int32Array(counts.length);
  let passed = 0;
  let failed = 0;
  for (let doc = 0; doc < n; doc++) {
    if (alive[doc] !== 1) continue;
    const s = start[doc]!;
    const e = s + len[doc]!;
    const o = doc * F;
    const to = f === F - 1 ? e : s + offsets[o + f + 1]!;
    let hit = 0;
    for (let j = s + offsets[o + f]!; j < to; j++) hit |= selBits[pool[j]!]!;
    if (hit !== 0) {
      out[passed++] = doc;
      continue;
    }
    failed++;
    for (let j = s; j < e; j++) minus[pool[j]!]!++;
  }
  for (let v = 0; v < counts.length; v++) counts[v] = facetOf[v] === f ? totals[v]! : totals[v]! - minus[v]!;
  without[f] = failed;
  return passed;
}

/**
 * Facet counts of a result set with nothing selected, where `list[0..n)` are the live documents
 * with stamp[doc] === run. When they are most of the register, the counts are the running
 * totals minus the values of the live documents left out, which are then the fewer to visit.
 */
export function countMembers(
  d: FacetData,
  list: Int32Array,
  n: number,
  live: number,
  capacity: number,
  alive: ArrayLike<number>,
  stamp: Uint32Array,
  run: number,
  counts: Int32Array,
): void {
  const { start, len, pool, totals } = d;
  if (2 * n <= live + (capacity >> 3)) {
    for (let i = 0; i < n; i++) {
      const s = start[list[i]!]!;
      const e = s + len[list[i]!]!;
      for (let j = s; j < e; j++) counts[pool[j]!]!++;
    }
    return;
  }
  for (let v = 0; v < counts.length; v++) counts[v] = totals[v]!;
  for (let doc = 0; doc < capacity; doc++) {
    if (alive[doc] !== 1 || stamp[doc] === run) continue;
    const s = start[doc]!;
    const e = s + len[doc]!;
    for (let j = s; j < e; j++) counts[pool[j]!]!--;
  }
}

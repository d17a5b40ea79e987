// A compact inverted index. MiniSearch's radix tree (SearchableMap) is the term dictionary, so
// prefix and typo lookups are MiniSearch's; postings live in one Int32Array per term as pairs
// (short document id, field << 16 | term frequency), in ascending document order. That is
// 8 bytes a posting where MiniSearch's own Map-of-Maps costs ~66 (measured: 73.5 MB for 10k
// synthetic teams), which is what keeps 100k teams within the heap budget and makes snapshots
// plain binary arrays.
import SearchableMap from "minisearch/SearchableMap";
import { ForwardLists } from "./forward-lists";

const EMPTY = new Int32Array(0);

export class InvertedIndex {
  readonly fieldCount: number;
  /** Radix tree over the terms, for prefix and typo lookups. */
  readonly dict = new SearchableMap<number>();
  /** Exact lookups: a hash map is far faster than walking the tree. */
  readonly ids = new Map<string, number>();
  terms: string[] = [];
  postings: Int32Array[] = [];
  /** Ints used in postings[termId] (2 per posting). */
  used = new Int32Array(1024);
  /** Documents containing term t in field f (dead ones too, until compaction): df[t * fieldCount + f]. */
  df = new Int32Array(1024);
  /** Per field: token count per short id. */
  fieldLen: Uint16Array[];
  fieldTotal: Float64Array;
  docCount = 0;
  /** Per document, the term ids of the fields marked in `forwardFields`, in text order (for proximity). */
  readonly forward: ForwardLists | null;
  /** Per local field: whether it has forward lists. */
  readonly forwardFields: readonly boolean[];
  private counts = new Map<string, number>();

  constructor(fieldCount: number, forwardFields: readonly boolean[] = []) {
    this.fieldCount = fieldCount;
    this.forwardFields = Array.from({ length: fieldCount }, (_, f) => forwardFields[f] === true);
    this.forward = this.forwardFields.some(Boolean) ? new ForwardLists() : null;
    this.fieldLen = Array.from({ length: fieldCount }, () => new Uint16Array(1024));
    this.fieldTotal = new Float64Array(fieldCount);
  }

  get termCount(): number {
    return this.terms.length;
  }

  avgFieldLength(field: number): number {
    return this.docCount > 0 ? this.fieldTotal[field]! / this.docCount || 1 : 1;
  }

  private termId(term: string): number {
    let id = this.ids.get(term);
    if (id !== undefined) return id;
    id = this.terms.length;
    this.terms.push(term);
    this.postings.push(EMPTY);
    if (id >= this.used.length) this.used = grow(this.used, id + 1);
    if ((id + 1) * this.fieldCount > this.df.length) this.df = grow(this.df, (id + 1) * this.fieldCount);
    this.dict.set(term, id);
    this.ids.set(term, id);
    return id;
  }

  ensureDocCapacity(n: number): void {
    if (n <= this.fieldLen[0]!.length) return;
    this.fieldLen = this.fieldLen.map((a) => grow(a, n));
  }

  /** Indexes a document's analysed terms, one list per field. `doc` must exceed every id added. */
  add(doc: number, fieldTerms: readonly (readonly string[])[]): void {
    this.ensureDocCapacity(doc + 1);
    const forward: number[][] = [];
    for (let f = 0; f < this.fieldCount; f++) {
      const terms = fieldTerms[f] ?? [];
      if (this.forward && this.forwardFields[f]) forward.push(terms.map((t) => this.termId(t)));
      this.fieldLen[f]![doc] = Math.min(65535, terms.length);
      this.fieldTotal[f]! += terms.length;
      const counts = this.counts;
      counts.clear();
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const [t, c] of counts) {
        const id = this.termId(t);
        this.append(id, doc, (f << 16) | Math.min(c, 65535));
        this.df[id * this.fieldCount + f]!++;
      }
    }
    this.forward?.append(doc, forward);
    this.docCount++;
  }

  private append(id: number, doc: number, meta: number): void {
    let arr = this.postings[id]!;
    const n = this.used[id]!;
    if (n + 2 > arr.length) {
      const next = new Int32Array(arr.length < 64 ? Math.max(4, arr.length * 2) : Math.ceil(arr.length * 0.75) * 2);
      next.set(arr.subarray(0, n));
      this.postings[id] = arr = next;
    }
    arr[n] = doc;
    arr[n + 1] = meta;
    this.used[id] = n + 2;
  }

  /** Gives back the spare room of the postings arrays (after a bulk build). */
  trim(): void {
    for (let id = 0; id < this.terms.length; id++) {
      const arr = this.postings[id]!;
      if (arr.length > this.used[id]!) this.postings[id] = arr.slice(0, this.used[id]!);
    }
  }

  /** Forgets a document's lengths; its postings stay until compact() (the caller marks it dead). */
  remove(doc: number): void {
    for (let f = 0; f < this.fieldCount; f++) this.fieldTotal[f]! -= this.fieldLen[f]![doc] ?? 0;
    this.docCount--;
  }

  /** Whether term `id` occurs in `doc` in one of the fields whose bit is set in `fieldBits`. */
  has(id: number, doc: number, fieldBits = 0xffff): boolean {
    const arr = this.postings[id]!;
    let lo = 0;
    let hi = (this.used[id]! >> 1) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = arr[mid * 2]!;
      if (d < doc) lo = mid + 1;
      else if (d > doc) hi = mid - 1;
      else {
        // A document's postings for one term are adjacent (one per field): scan both ways.
        for (let i = mid; i >= 0 && arr[i * 2] === doc; i--)
          if (fieldBits & (1 << (arr[i * 2 + 1]! >>> 16))) return true;
        for (let i = mid + 1; i * 2 < this.used[id]! && arr[i * 2] === doc; i++)
          if (fieldBits & (1 << (arr[i * 2 + 1]! >>> 16))) return true;
        return false;
      }
    }
    return false;
  }

  /**
   * Drops postings of dead documents and renumbers the rest through `remap` (old → new id,
   * order-preserving); terms left without postings leave the dictionary.
   */
  compact(alive: Uint8Array, remap: Int32Array, newCount: number): void {
    const F = this.fieldCount;
    this.df.fill(0);
    for (let id = 0; id < this.terms.length; id++) {
      const arr = this.postings[id]!;
      const n = this.used[id]!;
      let w = 0;
      for (let i = 0; i < n; i += 2) {
        const doc = arr[i]!;
        if (alive[doc] !== 1) continue;
        arr[w] = remap[doc]!;
        arr[w + 1] = arr[i + 1]!;
        this.df[id * F + (arr[i + 1]! >>> 16)]!++;
        w += 2;
      }
      this.used[id] = w;
      if (w === 0) {
        if (n > 0) {
          this.dict.delete(this.terms[id]!);
          this.ids.delete(this.terms[id]!);
        }
        this.postings[id] = EMPTY;
      } else if (w * 2 < arr.length) this.postings[id] = arr.slice(0, w);
    }
    this.forward?.compact(alive, remap, newCount);
    this.fieldLen = this.fieldLen.map((lens) => {
      const next = new Uint16Array(Math.max(1024, newCount));
      for (let doc = 0; doc < alive.length && doc < lens.length; doc++)
        if (alive[doc] === 1) next[remap[doc]!] = lens[doc]!;
      return next;
    });
  }

  /**
   * Loads a snapshot's arrays: terms[i] has used[i] ints of `postings`, consecutively. Postings
   * become views into the one buffer (a term's first append copies it out). Throws when the
   * arrays do not fit together.
   */
  restoreFrom(
    terms: string[],
    used: Int32Array,
    postings: Int32Array,
    lengths: Uint16Array,
    docs: number,
    docCount: number,
    fieldTotal: number[],
  ): void {
    const F = this.fieldCount;
    this.terms = terms;
    this.postings = new Array<Int32Array>(terms.length);
    this.used = new Int32Array(Math.max(1024, terms.length));
    this.df = new Int32Array(Math.max(1024, terms.length * F));
    let at = 0;
    for (let id = 0; id < terms.length; id++) {
      const n = used[id]!;
      if (n <= 0 || n % 2 !== 0 || at + n > postings.length || this.ids.has(terms[id]!))
        throw new Error(`bad postings for term ${id}`);
      const arr = postings.subarray(at, at + n);
      let last = -1;
      for (let i = 0; i < n; i += 2) {
        const doc = arr[i]!;
        const f = arr[i + 1]! >>> 16;
        if (doc < last || doc >= docs || f >= F) throw new Error(`bad posting in term ${id}`);
        last = doc;
        this.df[id * F + f]!++;
      }
      this.postings[id] = arr;
      this.used[id] = n;
      this.ids.set(terms[id]!, id);
      this.dict.set(terms[id]!, id);
      at += n;
    }
    if (at !== postings.length) throw new Error("postings left over");
    this.fieldLen = Array.from({ length: F }, (_, f) => {
      const lens = new Uint16Array(Math.max(1024, docs));
      lens.set(lengths.subarray(f * docs, (f + 1) * docs));
      return lens;
    });
    this.docCount = docCount;
    this.fieldTotal = Float64Array.from(fieldTotal);
  }
}

export function grow<T extends Int32Array | Uint16Array | Uint8Array | Float64Array | Uint32Array>(
  a: T,
  min: number,
): T {
  const next = new (a.constructor as new (n: number) => T)(Math.max(min, Math.ceil(a.length * 1.5)));
  next.set(a);
  return next;
}

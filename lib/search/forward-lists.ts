// Per document, the term ids of its text fields in the order they are written (a forward index),
// for term-proximity scoring (proximity.ts). One byte pool for every document: each entry is
// (term id + 1) as a LEB128 varint, 0 marks the end of a field, so that no window spans two fields.
// Frequent terms are met first and get small ids, so an entry takes ~2 bytes (a term id in an
// Int32Array would take 4). Documents are appended in id order; dead ones stay until compact().

export const FIELD_BREAK = 0;

export class ForwardLists {
  pool: Uint8Array = new Uint8Array(1 << 16);
  used = 0;
  /** Byte range of a document's entries: [start[doc], end[doc]). */
  start = new Int32Array(1024);
  end = new Int32Array(1024);

  private put(v: number): void {
    if (this.used + 5 > this.pool.length) {
      const next = new Uint8Array(Math.max(this.used + 5, Math.ceil(this.pool.length * 1.5)));
      next.set(this.pool.subarray(0, this.used));
      this.pool = next;
    }
    while (v >= 0x80) {
      this.pool[this.used++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.pool[this.used++] = v;
  }

  private ensureDocs(n: number): void {
    if (n <= this.start.length) return;
    const size = Math.max(n, Math.ceil(this.start.length * 1.5));
    const grow = (a: Int32Array) => {
      const next = new Int32Array(size);
      next.set(a);
      return next;
    };
    this.start = grow(this.start);
    this.end = grow(this.end);
  }

  /** Appends `doc`'s fields (each a list of term ids in text order); `doc` must exceed every id appended. */
  append(doc: number, fields: readonly (readonly number[])[]): void {
    this.ensureDocs(doc + 1);
    this.start[doc] = this.used;
    for (const ids of fields) {
      if (ids.length === 0) continue;
      for (const id of ids) this.put(id + 1);
      this.put(FIELD_BREAK);
    }
    this.end[doc] = this.used;
  }

  /**
   * Decodes `doc`'s entries into `out` (term id + 1, or FIELD_BREAK) and returns how many there
   * are; `out` must have room for end − start entries (one byte at least each).
   */
  decode(doc: number, out: Int32Array): number {
    const pool = this.pool;
    let at = this.start[doc] ?? 0;
    const stop = this.end[doc] ?? 0;
    let n = 0;
    while (at < stop) {
      let v = 0;
      let shift = 0;
      let b: number;
      // Term ids stay far below 2^28 (4 bytes), so bit operations are exact.
      do {
        b = pool[at++]!;
        v |= (b & 0x7f) << shift;
        shift += 7;
      } while (b & 0x80);
      out[n++] = v;
    }
    return n;
  }

  /** The largest number of entries a document can have (for sizing decode's output). */
  maxEntries(doc: number): number {
    return (this.end[doc] ?? 0) - (this.start[doc] ?? 0);
  }

  /** Keeps live documents only, renumbered through `remap` (order-preserving). */
  compact(alive: Uint8Array, remap: Int32Array, newCount: number): void {
    const start = new Int32Array(Math.max(1024, newCount));
    const end = new Int32Array(Math.max(1024, newCount));
    let w = 0;
    for (let doc = 0; doc < alive.length && doc < this.start.length; doc++) {
      if (alive[doc] !== 1) continue;
      const a = this.start[doc]!;
      const b = this.end[doc]!;
      const to = remap[doc]!;
      this.pool.copyWithin(w, a, b);
      start[to] = w;
      w += b - a;
      end[to] = w;
    }
    this.used = w;
    this.start = start;
    this.end = end;
    if (this.pool.length > Math.max(1 << 16, w * 2)) this.pool = this.pool.slice(0, Math.max(1 << 16, w));
  }

  /**
   * Documents 0..docs−1 as one byte array and docs+1 offsets, with term ids renumbered through
   * `termRemap` (old → new; null keeps them), for a snapshot.
   */
  capture(docs: number, termRemap: Int32Array | null): { bytes: Uint8Array; offsets: Int32Array } {
    const offsets = new Int32Array(docs + 1);
    // Renumbering only lowers ids (terms are dropped, the order kept), so no entry grows.
    let total = 0;
    for (let doc = 0; doc < docs; doc++) total += this.maxEntries(doc);
    const out = new ForwardLists();
    out.pool = new Uint8Array(Math.max(5, total + 5));
    let buf = new Int32Array(256);
    for (let doc = 0; doc < docs; doc++) {
      offsets[doc] = out.used;
      const a = this.start[doc] ?? 0;
      const b = this.end[doc] ?? 0;
      if (!termRemap) {
        out.pool.set(this.pool.subarray(a, b), out.used);
        out.used += b - a;
        continue;
      }
      if (b - a > buf.length) buf = new Int32Array((b - a) * 2);
      const n = this.decode(doc, buf);
      for (let i = 0; i < n; i++) {
        const v = buf[i]!;
        out.put(v === FIELD_BREAK ? FIELD_BREAK : termRemap[v - 1]! + 1);
      }
    }
    offsets[docs] = out.used;
    return { bytes: out.pool.slice(0, out.used), offsets };
  }

  /**
   * Loads a snapshot's arrays (the pool is used as is). Throws when they do not fit together or
   * an entry names a term id ≥ termCount.
   */
  restore(bytes: Uint8Array, offsets: Int32Array, docs: number, termCount: number): void {
    if (offsets.length !== docs + 1 || offsets[0] !== 0 || offsets[docs] !== bytes.length)
      throw new Error("forward lists: offsets differ");
    this.pool = bytes;
    this.used = bytes.length;
    this.start = new Int32Array(Math.max(1024, docs));
    this.end = new Int32Array(Math.max(1024, docs));
    for (let doc = 0; doc < docs; doc++) {
      const a = offsets[doc]!;
      const b = offsets[doc + 1]!;
      if (b < a) throw new Error("forward lists: offsets out of order");
      // A document ends where an entry does (its last byte has no continuation bit).
      if (b > a && (bytes[b - 1]! & 0x80) !== 0) throw new Error(`forward lists: document ${doc} is cut`);
      this.start[doc] = a;
      this.end[doc] = b;
    }
    // One pass over every entry: each names a term the index has.
    let v = 0;
    let shift = 0;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i]!;
      v += (byte & 0x7f) * 2 ** shift;
      if (byte & 0x80) {
        shift += 7;
        if (shift > 28) throw new Error("forward lists: bad entry");
        continue;
      }
      if (v > termCount) throw new Error("forward lists: bad term");
      v = 0;
      shift = 0;
    }
  }
}

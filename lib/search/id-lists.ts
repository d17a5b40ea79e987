// A short list of integers per document (facet value ids, keyword phrase ids), all kept in one
// shared Int32Array pool: no array object per document, and a snapshot is two binary arrays.

export class IdLists {
  start = new Int32Array(1024);
  len = new Uint16Array(1024);
  pool = new Int32Array(1 << 16);
  poolLen = 0;
  private garbage = 0;

  set(doc: number, ids: readonly number[]): void {
    this.clear(doc);
    if (doc >= this.start.length) {
      const size = Math.max(doc + 1, Math.ceil(this.start.length * 1.5));
      const start = new Int32Array(size);
      start.set(this.start);
      const len = new Uint16Array(size);
      len.set(this.len);
      this.start = start;
      this.len = len;
    }
    if (this.poolLen + ids.length > this.pool.length) this.repack(ids.length);
    this.start[doc] = this.poolLen;
    this.len[doc] = ids.length;
    this.pool.set(ids, this.poolLen);
    this.poolLen += ids.length;
  }

  clear(doc: number): void {
    if (doc >= this.len.length || this.len[doc] === 0) return;
    this.garbage += this.len[doc]!;
    this.len[doc] = 0;
  }

  get(doc: number): Int32Array {
    const s = this.start[doc] ?? 0;
    return this.pool.subarray(s, s + (this.len[doc] ?? 0));
  }

  /** Rewrites the pool without the lists of cleared documents. */
  private repack(extra: number): void {
    const next = new Int32Array(Math.max(1 << 16, (this.poolLen - this.garbage + extra) * 2));
    let at = 0;
    for (let doc = 0; doc < this.len.length; doc++) {
      const n = this.len[doc]!;
      if (n === 0) continue;
      next.set(this.pool.subarray(this.start[doc]!, this.start[doc]! + n), at);
      this.start[doc] = at;
      at += n;
    }
    this.pool = next;
    this.poolLen = at;
    this.garbage = 0;
  }

  /** Renumbers documents (old → remap[old] for live ones) and drops the garbage. */
  remap(alive: Uint8Array, remap: Int32Array, count: number, size: number): void {
    const start = new Int32Array(size);
    const len = new Uint16Array(size);
    const pool = new Int32Array(Math.max(1 << 16, Math.ceil((this.poolLen - this.garbage) * 1.5)));
    let at = 0;
    for (let doc = 0; doc < count && doc < this.len.length; doc++) {
      const n = this.len[doc]!;
      if (alive[doc] !== 1 || n === 0) continue;
      pool.set(this.pool.subarray(this.start[doc]!, this.start[doc]! + n), at);
      start[remap[doc]!] = at;
      len[remap[doc]!] = n;
      at += n;
    }
    this.start = start;
    this.len = len;
    this.pool = pool;
    this.poolLen = at;
    this.garbage = 0;
  }

  /** Lists of documents 0..n-1, packed. */
  exportState(n: number): { len: Uint16Array; pool: Int32Array } {
    const len = this.len.slice(0, n);
    let total = 0;
    for (let doc = 0; doc < n; doc++) total += len[doc]!;
    const pool = new Int32Array(total);
    let at = 0;
    for (let doc = 0; doc < n; doc++) {
      pool.set(this.pool.subarray(this.start[doc]!, this.start[doc]! + len[doc]!), at);
      at += len[doc]!;
    }
    return { len, pool };
  }

  /** Loads packed lists; every id must be below `idLimit`. */
  importState(len: Uint16Array, pool: Int32Array, idLimit: number): void {
    const n = len.length;
    this.start = new Int32Array(Math.max(1024, n));
    this.len = new Uint16Array(Math.max(1024, n));
    this.len.set(len);
    let at = 0;
    for (let doc = 0; doc < n; doc++) {
      this.start[doc] = at;
      at += len[doc]!;
    }
    if (at !== pool.length) throw new Error("lists do not fit the pool");
    for (let i = 0; i < pool.length; i++)
      if (!(pool[i]! >= 0 && pool[i]! < idLimit)) throw new Error("id out of range");
    this.pool = new Int32Array(Math.max(1 << 16, Math.ceil(at * 1.25)));
    this.pool.set(pool);
    this.poolLen = at;
    this.garbage = 0;
  }
}

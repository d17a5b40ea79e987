// The engine's per-document data besides postings and facets, one typed array per column indexed
// by short id: who the document is, whether it is live, its ranking signals and the strings
// typeahead shows. Only this class writes them; everyone else reads through the getters.
import type { DocMeta } from "./doc-meta";
import { IdLists } from "./id-lists";
import { grow } from "./inverted-index";
import { signalBoost } from "./ranking";
import { SnapshotError } from "./snapshot-io";

/** The columns of documents 0..n-1 as a snapshot stores them. */
export interface ColumnsCapture {
  ids: Int32Array;
  /** availability, smeCaseStudies, verified: three bytes per document. */
  flags: Uint8Array;
  /** confirmedAt, updatedAt: two per document. */
  dates: Float64Array;
  /** [slug, name] per document. */
  strings: [string, string][];
  /** Keyword phrase ids (the suggester's) per document. */
  keywords: { len: Uint16Array; pool: Int32Array };
}

export class DocColumns {
  #now: () => number;
  /** Short ids handed out so far (live and dead). */
  #nextId = 0;
  #dead = 0;
  #idToShort = new Map<number, number>();
  #alive = new Uint8Array(1024);
  #docIds = new Int32Array(1024);
  #availability = new Uint8Array(1024);
  #smeCaseStudies = new Uint8Array(1024);
  #verified = new Uint8Array(1024);
  #confirmedAt = new Float64Array(1024);
  #updatedAt = new Float64Array(1024);
  #slugs: (string | undefined)[] = [];
  #names: (string | undefined)[] = [];
  /** Ranking-signal multiplier per document, recomputed hourly (it decays with listing age). */
  #boosts = new Float32Array(1024);
  #boostsAt = -Infinity;
  /** Per document: its keywords as the suggester's phrase ids. */
  #keywordIds = new IdLists();

  constructor(now: () => number) {
    this.#now = now;
  }

  /** Live documents. */
  get size(): number {
    return this.#idToShort.size;
  }
  /** Short ids handed out (live and dead): per-document loops run over 0..capacity-1. */
  get capacity(): number {
    return this.#nextId;
  }
  get dead(): number {
    return this.#dead;
  }
  /** 1 for a live short id. */
  get alive(): ArrayLike<number> {
    return this.#alive;
  }
  get docIds(): ArrayLike<number> {
    return this.#docIds;
  }
  get updatedAt(): ArrayLike<number> {
    return this.#updatedAt;
  }
  shortId(id: number): number | undefined {
    return this.#idToShort.get(id);
  }
  slug(doc: number): string | undefined {
    return this.#slugs[doc];
  }
  name(doc: number): string | undefined {
    return this.#names[doc];
  }
  /** The document's keywords as the suggester's phrase ids. */
  keywordIds(doc: number): ArrayLike<number> {
    return this.#keywordIds.get(doc);
  }

  /** Per-document ranking multipliers, fresh to the hour. */
  boosts(): ArrayLike<number> {
    const now = this.#now();
    if (now - this.#boostsAt > 3_600_000 || this.#boosts.length < this.#alive.length) {
      if (this.#boosts.length < this.#alive.length) this.#boosts = new Float32Array(this.#alive.length);
      for (let doc = 0; doc < this.#nextId; doc++)
        if (this.#alive[doc] === 1) this.#boosts[doc] = this.boostOf(doc, now);
      this.#boostsAt = now;
    }
    return this.#boosts;
  }

  private boostOf(doc: number, now: number): number {
    const verified = this.#verified[doc] === 1;
    return signalBoost(this.#availability[doc]!, this.#smeCaseStudies[doc]!, verified, this.#confirmedAt[doc]!, now);
  }

  /** Sets the document at the next short id and returns that id; the caller has indexed its text there. */
  append(m: DocMeta, keywordIds: readonly number[]): number {
    const doc = this.#nextId++;
    this.ensureCapacity(doc + 1);
    this.#idToShort.set(m.id, doc);
    this.#alive[doc] = 1;
    this.#docIds[doc] = m.id;
    this.#availability[doc] = m.availability;
    this.#smeCaseStudies[doc] = Math.min(255, m.smeCaseStudies);
    this.#verified[doc] = m.verified ? 1 : 0;
    this.#confirmedAt[doc] = m.confirmedAt;
    this.#updatedAt[doc] = m.updatedAt;
    if (doc < this.#boosts.length && this.#boostsAt > -Infinity) this.#boosts[doc] = this.boostOf(doc, this.#boostsAt);
    this.#slugs[doc] = m.slug;
    this.#names[doc] = m.name;
    this.#keywordIds.set(doc, keywordIds);
    return doc;
  }

  /** Marks the document dead and returns its short id (undefined when absent). */
  discard(id: number): number | undefined {
    const doc = this.#idToShort.get(id);
    if (doc === undefined) return undefined;
    this.#idToShort.delete(id);
    this.#alive[doc] = 0;
    this.#keywordIds.clear(doc);
    this.#slugs[doc] = this.#names[doc] = undefined;
    this.#dead++;
    return doc;
  }

  ensureCapacity(n: number): void {
    if (n <= this.#alive.length) return;
    this.#alive = grow(this.#alive, n);
    this.#docIds = grow(this.#docIds, n);
    this.#availability = grow(this.#availability, n);
    this.#smeCaseStudies = grow(this.#smeCaseStudies, n);
    this.#verified = grow(this.#verified, n);
    this.#confirmedAt = grow(this.#confirmedAt, n);
    this.#updatedAt = grow(this.#updatedAt, n);
  }

  /**
   * Drops dead documents and renumbers the live ones densely (old → remap[old], order kept);
   * returns the map, for the indexes and facets to follow. Arrays get `size` slots.
   */
  compact(): { remap: Int32Array; live: number; size: number; alive: Uint8Array } {
    const n = this.#nextId;
    const alive = this.#alive;
    const remap = new Int32Array(n);
    let live = 0;
    for (let doc = 0; doc < n; doc++) remap[doc] = alive[doc] === 1 ? live++ : -1;
    const size = Math.max(1024, Math.ceil(live * 1.25));
    const typed = <T extends Uint8Array | Int32Array | Float64Array>(a: T): T => {
      const next = new (a.constructor as new (len: number) => T)(size);
      for (let doc = 0; doc < n; doc++) if (alive[doc] === 1) next[remap[doc]!] = a[doc]!;
      return next;
    };
    const list = <T>(a: readonly T[]): T[] => {
      const next: T[] = [];
      for (let doc = 0; doc < n; doc++) if (alive[doc] === 1) next[remap[doc]!] = a[doc]!;
      return next;
    };
    this.#docIds = typed(this.#docIds);
    this.#availability = typed(this.#availability);
    this.#smeCaseStudies = typed(this.#smeCaseStudies);
    this.#verified = typed(this.#verified);
    this.#confirmedAt = typed(this.#confirmedAt);
    this.#updatedAt = typed(this.#updatedAt);
    this.#slugs = list(this.#slugs);
    this.#names = list(this.#names);
    this.#keywordIds.remap(alive, remap, n, size);
    this.#alive = new Uint8Array(size);
    this.#alive.fill(1, 0, live);
    this.#idToShort = new Map();
    for (let doc = 0; doc < live; doc++) this.#idToShort.set(this.#docIds[doc]!, doc);
    this.#nextId = live;
    this.#dead = 0;
    this.#boostsAt = -Infinity;
    return { remap, live, size, alive };
  }

  /** Documents 0..n-1 of a compacted table (no dead slots). */
  capture(n: number): ColumnsCapture {
    const flags = new Uint8Array(n * 3);
    const dates = new Float64Array(n * 2);
    const strings: [string, string][] = new Array(n);
    for (let doc = 0; doc < n; doc++) {
      if (this.#alive[doc] !== 1) throw new Error("capture needs a compacted engine");
      flags[doc * 3] = this.#availability[doc]!;
      flags[doc * 3 + 1] = this.#smeCaseStudies[doc]!;
      flags[doc * 3 + 2] = this.#verified[doc]!;
      dates[doc * 2] = this.#confirmedAt[doc]!;
      dates[doc * 2 + 1] = this.#updatedAt[doc]!;
      strings[doc] = [this.#slugs[doc]!, this.#names[doc]!];
    }
    return { ids: this.#docIds.slice(0, n), flags, dates, strings, keywords: this.#keywordIds.exportState(n) };
  }

  /**
   * Loads a capture into an empty table; `phrases` is how many phrases the suggester has (keyword
   * ids must be below it). Throws SnapshotError when the parts do not fit together.
   */
  restore(c: ColumnsCapture, phrases: number): void {
    const n = c.ids.length;
    if (c.flags.length !== n * 3 || c.dates.length !== n * 2 || c.strings.length !== n)
      throw new SnapshotError("document arrays differ in length");
    this.ensureCapacity(n);
    this.#docIds.set(c.ids);
    this.#alive.fill(1, 0, n);
    this.#idToShort = new Map();
    for (let doc = 0; doc < n; doc++) {
      if (this.#idToShort.has(c.ids[doc]!)) throw new SnapshotError(`duplicate document id ${c.ids[doc]}`);
      this.#idToShort.set(c.ids[doc]!, doc);
      this.#availability[doc] = c.flags[doc * 3]!;
      this.#smeCaseStudies[doc] = c.flags[doc * 3 + 1]!;
      this.#verified[doc] = c.flags[doc * 3 + 2]!;
      this.#confirmedAt[doc] = c.dates[doc * 2]!;
      this.#updatedAt[doc] = c.dates[doc * 2 + 1]!;
      const [slug, name] = c.strings[doc]!;
      if (typeof slug !== "string" || typeof name !== "string") throw new SnapshotError(`bad document ${doc}`);
      this.#slugs[doc] = slug;
      this.#names[doc] = name;
    }
    this.#nextId = n;
    this.#dead = 0;
    this.#boostsAt = -Infinity;
    if (c.keywords.len.length !== n) throw new SnapshotError("keyword lists differ in length");
    this.#keywordIds.importState(c.keywords.len, c.keywords.pool, phrases);
  }
}

// The search engine: a two-tier inverted index (MiniSearch's radix tree as term dictionary,
// typed-array postings) plus compact per-document arrays for facets, ranking signals and
// suggestions.
//
// Public API (used by the app, the index manager and scripts/bench-search.ts):
//   buildSearchEngine(docs: SearchDocument[], options?): SearchEngine
//   engine.search(params: SearchParams): SearchResult      never throws; bad params are clamped
//   engine.suggest(q: string, limit = 8): Suggestion[]     terms first, then teams
//   engine.add(doc)        throws on a duplicate id (as MiniSearch's add does)
//   engine.replace(doc)    add or replace (an upsert)
//   engine.discard(id)     remove if present; returns whether it was
//   engine.size            number of documents
// Snapshots: writeSnapshot(engine, path, position) and loadSnapshot(path) in ./snapshot.ts.
// In the app, use the process-wide index in ./service.ts (searchTeams, syncSearchIndex, …).
import { compactEngine } from "./compact";
import { Scratch, type IndexView } from "./executor";
import { FacetStore } from "./facets";
import { IdLists } from "./id-lists";
import { InvertedIndex, grow } from "./inverted-index";
import { SEARCH_OPTIONS, TIER1_FIELDS, TIER2_FIELDS, extractField } from "./options";
import { RANKING, signalBoost, type SearchField } from "./ranking";
import { runSearch } from "./run-search";
import { suggestTeams } from "./suggest-teams";
import { Suggester } from "./suggester";
import { SurfaceDictionary } from "./surface-dictionary";
import { DEFAULT_SYNONYM_GROUPS } from "./synonym-data";
import { buildSynonymIndex, mergeSynonymGroups, type SynonymIndex } from "./synonyms";
import { analyze, nameWords } from "./text";
import { toDocMeta, type DocMeta } from "./doc-meta";
import type { SearchDocument, SearchParams, SearchResult, Suggestion } from "./types";

export interface EngineOptions {
  /** Curators' synonym groups, merged with the defaults. */
  synonyms?: readonly (readonly string[])[];
  /** Clock for the "recently confirmed" signal (tests pin it). */
  now?: () => number;
}

export class SearchEngine {
  readonly tier1 = new InvertedIndex(TIER1_FIELDS.length);
  readonly tier2 = new InvertedIndex(TIER2_FIELDS.length);
  /** Team names as typed words (not stemmed), for typeahead. */
  readonly names0 = new InvertedIndex(1);
  facets = new FacetStore();
  readonly suggester = new Suggester();
  /** Words of the indexed fields as written, for typo tolerance and "did you mean". */
  readonly surface = new SurfaceDictionary();
  readonly scratch = new Scratch();
  readonly now: () => number;
  synonyms!: SynonymIndex;
  /** Short ids handed out so far (live and dead); per-document arrays are indexed by short id. */
  nextId = 0;
  dead = 0;
  idToShort = new Map<number, number>();
  alive = new Uint8Array(1024);
  docIds = new Int32Array(1024);
  availability = new Uint8Array(1024);
  smeCaseStudies = new Uint8Array(1024);
  verified = new Uint8Array(1024);
  confirmedAt = new Float64Array(1024);
  updatedAt = new Float64Array(1024);
  /** Ranking-signal multiplier per document, recomputed hourly (it decays with listing age). */
  private boostCache = new Float32Array(1024);
  private boostsAt = -Infinity;
  slugs: (string | undefined)[] = [];
  names: (string | undefined)[] = [];
  /** Per document: its keywords as the suggester's phrase ids. */
  keywordIds = new IdLists();

  constructor(options: EngineOptions = {}) {
    this.now = options.now ?? Date.now;
    this.setSynonyms(options.synonyms ?? []);
  }

  get size(): number {
    return this.idToShort.size;
  }

  get capacity(): number {
    return this.nextId;
  }

  setSynonyms(curated: readonly (readonly string[])[]): void {
    this.synonyms = buildSynonymIndex(mergeSynonymGroups(DEFAULT_SYNONYM_GROUPS, curated));
    for (const g of this.synonyms.groups) for (const p of g) this.suggester.addPhrase(p.text, true);
  }

  views(withTier2: boolean): IndexView[] {
    const view = (index: InvertedIndex, fieldBase: number, fields: readonly SearchField[]): IndexView => ({
      index,
      fieldBase,
      fieldBoost: fields.map((f) => RANKING.fieldBoosts[f]),
      invAvgLength: Float64Array.from(fields, (_, f) => 1 / index.avgFieldLength(f)),
      alive: this.alive,
    });
    const t1 = view(this.tier1, 0, TIER1_FIELDS);
    return withTier2 ? [t1, view(this.tier2, TIER1_FIELDS.length, TIER2_FIELDS)] : [t1];
  }

  has(id: number): boolean {
    return this.idToShort.has(id);
  }

  add(doc: SearchDocument): void {
    if (this.idToShort.has(doc.id)) throw new Error(`Search index: duplicate ID ${doc.id}`);
    const shortId = this.nextId;
    const analyzed = (fields: readonly string[]) =>
      fields.map((f) => analyze(String(extractField(doc, f) ?? ""), this.surface));
    this.tier1.add(shortId, analyzed(TIER1_FIELDS));
    this.tier2.add(shortId, analyzed(TIER2_FIELDS));
    this.names0.add(shortId, [nameWords(doc.name)]);
    this.restore(shortId, toDocMeta(doc));
  }

  addAll(docs: readonly SearchDocument[]): void {
    for (const d of docs) this.add(d);
  }

  replace(doc: SearchDocument): void {
    this.discard(doc.id);
    this.add(doc);
  }

  discard(id: number): boolean {
    const shortId = this.idToShort.get(id);
    if (shortId === undefined) return false;
    this.idToShort.delete(id);
    this.alive[shortId] = 0;
    this.tier1.remove(shortId);
    this.tier2.remove(shortId);
    this.names0.remove(shortId);
    this.facets.clear(shortId);
    this.suggester.removeDoc(this.keywordIds.get(shortId));
    this.keywordIds.clear(shortId);
    this.slugs[shortId] = this.names[shortId] = undefined;
    this.dead++;
    const { compactDeadShare, compactMinDead } = SEARCH_OPTIONS.index;
    if (this.dead >= compactMinDead && this.dead >= this.nextId * compactDeadShare) this.compact();
    return true;
  }

  /** Purges dead documents from the postings and renumbers the live ones densely. */
  compact(): void {
    compactEngine(this);
    this.boostsAt = -Infinity;
  }

  private computeBoost(doc: number, now: number): number {
    return signalBoost(
      this.availability[doc]!,
      this.smeCaseStudies[doc]!,
      this.verified[doc] === 1,
      this.confirmedAt[doc]!,
      now,
    );
  }

  /** Per-document ranking multipliers, fresh to the hour. */
  boosts(): Float32Array {
    const now = this.now();
    if (now - this.boostsAt > 3_600_000 || this.boostCache.length < this.alive.length) {
      if (this.boostCache.length < this.alive.length) this.boostCache = new Float32Array(this.alive.length);
      for (let doc = 0; doc < this.nextId; doc++)
        if (this.alive[doc] === 1) this.boostCache[doc] = this.computeBoost(doc, now);
      this.boostsAt = now;
    }
    return this.boostCache;
  }

  /** Marks cached per-document data stale (after a snapshot restore writes the arrays directly). */
  invalidate(): void {
    this.boostsAt = -Infinity;
  }

  /** Sets a document's per-document data at the next short id. */
  private restore(shortId: number, m: DocMeta): void {
    this.ensureCapacity(shortId + 1);
    this.nextId = Math.max(this.nextId, shortId + 1);
    this.idToShort.set(m.id, shortId);
    this.alive[shortId] = 1;
    this.docIds[shortId] = m.id;
    this.availability[shortId] = m.availability;
    this.smeCaseStudies[shortId] = Math.min(255, m.smeCaseStudies);
    this.verified[shortId] = m.verified ? 1 : 0;
    this.confirmedAt[shortId] = m.confirmedAt;
    this.updatedAt[shortId] = m.updatedAt;
    if (shortId < this.boostCache.length && this.boostsAt > -Infinity)
      this.boostCache[shortId] = this.computeBoost(shortId, this.boostsAt);
    this.facets.set(shortId, m.facets);
    this.slugs[shortId] = m.slug;
    this.names[shortId] = m.name;
    this.keywordIds.set(shortId, this.suggester.addDoc(m.keywords));
  }

  ensureCapacity(n: number): void {
    if (n <= this.alive.length) return;
    this.alive = grow(this.alive, n);
    this.docIds = grow(this.docIds, n);
    this.availability = grow(this.availability, n);
    this.smeCaseStudies = grow(this.smeCaseStudies, n);
    this.verified = grow(this.verified, n);
    this.confirmedAt = grow(this.confirmedAt, n);
    this.updatedAt = grow(this.updatedAt, n);
    this.tier1.ensureDocCapacity(n);
    this.tier2.ensureDocCapacity(n);
    this.names0.ensureDocCapacity(n);
  }

  search(params: SearchParams): SearchResult {
    return runSearch(this, params);
  }

  suggest(q: string, limit = 8): Suggestion[] {
    if (typeof q !== "string") return [];
    const n = Math.max(1, Math.min(20, Math.floor(Number.isFinite(limit) ? limit : 8)));
    const terms = this.suggester.terms(q, Math.ceil(n / 2)).map((text): Suggestion => ({ kind: "term", text }));
    const teams = suggestTeams(this, q, n - terms.length).map((t): Suggestion => ({
      kind: "team",
      text: t.name,
      slug: t.slug,
    }));
    return [...terms, ...teams];
  }
}

export function buildSearchEngine(docs: readonly SearchDocument[], options?: EngineOptions): SearchEngine {
  const engine = new SearchEngine(options);
  engine.addAll(docs);
  for (const index of [engine.tier1, engine.tier2, engine.names0]) index.trim();
  engine.surface.warm();
  return engine;
}

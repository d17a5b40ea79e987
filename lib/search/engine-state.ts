// The search engine's state, owned by this file: the two text tiers and the index of name words,
// facets, per-document columns, the suggester's vocabulary, the typo dictionary and the synonym
// groups. Searching, typeahead, similar teams and snapshot writing read it through the
// `EngineState` interface; only `EngineStore`'s methods (add, discard, compact, setSynonyms)
// change it, and the engine (./engine.ts) and the snapshot loader are the only holders of a store.
import { DocColumns } from "./doc-columns";
import { toDocMeta } from "./doc-meta";
import { FacetStore } from "./facets";
import { InvertedIndex } from "./inverted-index";
import { SEARCH_OPTIONS, TIER1_FIELDS, TIER2_FIELDS, extractField } from "./options";
import { RANKING, type SearchField } from "./ranking";
import { Scratch, type IndexView } from "./scratch";
import { Suggester } from "./suggester";
import { SurfaceDictionary } from "./surface-dictionary";
import { DEFAULT_SYNONYM_GROUPS } from "./synonym-data";
import { buildSynonymIndex, mergeSynonymGroups, type SynonymIndex } from "./synonyms";
import { OWN_WORDS_FIELDS, analyzeField, listingLanguage } from "./analysis/analyze";
import { nameWords, stem } from "./text";
import type { SearchDocument } from "./types";

/** What readers may use of the per-document columns. */
export type DocsView = Pick<
  DocColumns,
  | "size"
  | "capacity"
  | "dead"
  | "alive"
  | "docIds"
  | "updatedAt"
  | "shortId"
  | "slug"
  | "name"
  | "keywordIds"
  | "capture"
>;

/** The engine's state as searching reads it. */
export interface EngineState {
  readonly tier1: InvertedIndex;
  /** The long texts (description, case studies). */
  readonly tier2: InvertedIndex;
  /** Team names as typed words (not stemmed), for typeahead. */
  readonly names0: InvertedIndex;
  readonly facets: FacetStore;
  readonly suggester: Suggester;
  /** Words of the indexed fields as written, for typo tolerance and "did you mean". */
  readonly surface: SurfaceDictionary;
  readonly synonyms: SynonymIndex;
  readonly docs: DocsView;
  /** Working memory of a search (one search at a time per engine). */
  readonly scratch: Scratch;
  /** Live documents. */
  readonly size: number;
  /** Short ids handed out (live and dead). */
  readonly capacity: number;
  /** Both text tiers (or tier 1 only) as the scoring loop reads them. */
  views(withTier2: boolean): IndexView[];
  /** Per-document ranking multipliers, fresh to the hour. */
  boosts(): ArrayLike<number>;
}

export class EngineStore implements EngineState {
  // Forward lists (for term proximity) of the fields with the listing's own words.
  readonly tier1 = new InvertedIndex(
    TIER1_FIELDS.length,
    TIER1_FIELDS.map((f) => OWN_WORDS_FIELDS.has(f)),
  );
  readonly tier2 = new InvertedIndex(
    TIER2_FIELDS.length,
    TIER2_FIELDS.map((f) => OWN_WORDS_FIELDS.has(f)),
  );
  readonly names0 = new InvertedIndex(1);
  readonly facets = new FacetStore();
  readonly suggester = new Suggester();
  readonly surface = new SurfaceDictionary();
  readonly docs: DocColumns;
  readonly scratch = new Scratch();
  #synonyms!: SynonymIndex;

  constructor(now: () => number, synonyms: readonly (readonly string[])[] = []) {
    this.docs = new DocColumns(now);
    this.setSynonyms(synonyms);
  }

  get synonyms(): SynonymIndex {
    return this.#synonyms;
  }
  get size(): number {
    return this.docs.size;
  }
  get capacity(): number {
    return this.docs.capacity;
  }

  views(withTier2: boolean): IndexView[] {
    const view = (index: InvertedIndex, fieldBase: number, fields: readonly SearchField[]): IndexView => ({
      index,
      fieldBase,
      fieldBoost: fields.map((f) => RANKING.fieldBoosts[f]),
      invAvgLength: Float64Array.from(fields, (_, f) => 1 / index.avgFieldLength(f)),
      alive: this.docs.alive,
    });
    const t1 = view(this.tier1, 0, TIER1_FIELDS);
    return withTier2 ? [t1, view(this.tier2, TIER1_FIELDS.length, TIER2_FIELDS)] : [t1];
  }

  boosts(): ArrayLike<number> {
    return this.docs.boosts();
  }

  /** Curators' synonym groups, merged with the defaults. */
  setSynonyms(curated: readonly (readonly string[])[]): void {
    this.#synonyms = buildSynonymIndex(mergeSynonymGroups(DEFAULT_SYNONYM_GROUPS, curated));
    for (const g of this.#synonyms.groups) for (const p of g) this.suggester.addPhrase(p.text, true);
  }

  /** Indexes a document at the next short id; throws on a duplicate id (as MiniSearch's add does). */
  add(doc: SearchDocument): void {
    if (this.docs.shortId(doc.id) !== undefined) throw new Error(`Search index: duplicate ID ${doc.id}`);
    const shortId = this.docs.capacity;
    // search-quality: each listing's own words are analysed in the language it is written in.
    const lang = listingLanguage(doc);
    const analyzed = (fields: readonly string[]) =>
      fields.map((f) => analyzeField(lang, f, String(extractField(doc, f) ?? ""), this.surface));
    this.tier1.add(shortId, analyzed(TIER1_FIELDS));
    this.tier2.add(shortId, analyzed(TIER2_FIELDS));
    this.names0.add(shortId, [nameWords(doc.name)]);
    const meta = toDocMeta(doc);
    this.docs.append(meta, this.suggester.addDoc(meta.keywords));
    this.facets.set(shortId, meta.facets);
  }

  /** Removes the document if present (its postings stay until compaction); returns whether it was. */
  discard(id: number): boolean {
    const shortId = this.docs.shortId(id);
    if (shortId === undefined) return false;
    this.tier1.remove(shortId);
    this.tier2.remove(shortId);
    this.names0.remove(shortId);
    this.facets.clear(shortId);
    this.suggester.removeDoc(this.docs.keywordIds(shortId));
    this.docs.discard(id);
    const { compactDeadShare, compactMinDead } = SEARCH_OPTIONS.index;
    if (this.docs.dead >= compactMinDead && this.docs.dead >= this.docs.capacity * compactDeadShare) this.compact();
    return true;
  }

  /** Purges dead documents from the postings and renumbers the live ones densely. */
  compact(): void {
    const n = this.docs.capacity;
    const { remap, size, alive } = this.docs.compact();
    for (const index of [this.tier1, this.tier2, this.names0]) index.compact(alive, remap, size);
    // Words whose stem left the index with the purged documents go too.
    this.surface.prune((word) => {
      const term = stem(word);
      return this.tier1.ids.has(term) || this.tier2.ids.has(term);
    });
    this.facets.remap(alive, remap, n, size);
  }

  /** After a bulk build: gives back spare room and prepares the typo dictionary. */
  seal(): void {
    for (const index of [this.tier1, this.tier2, this.names0]) index.trim();
    this.surface.warm();
  }
}

// The search engine: a two-tier inverted index (MiniSearch's radix tree as term dictionary,
// typed-array postings) plus compact per-document arrays for facets, ranking signals and
// suggestions. Its state lives in ./engine-state.ts; this class is the one public handle on it.
//
// Public API (used by the app, the index manager and scripts/bench-search.ts):
//   buildSearchEngine(docs: SearchDocument[], options?): SearchEngine
//   engine.search(params: SearchParams): SearchResult      never throws; bad params are clamped
//   engine.suggest(q: string, limit = 8): Suggestion[]     terms first, then teams
//   engine.add(doc)        throws on a duplicate id (as MiniSearch's add does)
//   engine.replace(doc)    add or replace (an upsert)
//   engine.discard(id)     remove if present; returns whether it was
//   engine.size            number of documents
//   engine.state           the index, read-only, for code that looks into it (similar teams, snapshots)
// Snapshots: writeSnapshot(engine, path, position) and loadSnapshot(path) in ./snapshot.ts.
// In the app, use the process-wide index in ./service.ts (searchTeams, syncSearchIndex, …).
import { EngineStore, type EngineState } from "./engine-state";
import { runSearch } from "./run-search";
import { suggestTeams } from "./suggest-teams";
import type { SynonymIndex } from "./synonyms";
import type { SearchDocument, SearchParams, SearchResult, Suggestion } from "./types";

export interface EngineOptions {
  /** Curators' synonym groups, merged with the defaults. */
  synonyms?: readonly (readonly string[])[];
  /** Clock for the "recently confirmed" signal (tests pin it). */
  now?: () => number;
}

export class SearchEngine {
  readonly #store: EngineStore;

  /** A new, empty engine; or one around a store already filled (the snapshot loader's). */
  constructor(options: EngineOptions = {}, store?: EngineStore) {
    this.#store = store ?? new EngineStore(options.now ?? Date.now, options.synonyms ?? []);
  }

  /** The index, read-only. */
  get state(): EngineState {
    return this.#store;
  }

  get size(): number {
    return this.#store.size;
  }

  get synonyms(): SynonymIndex {
    return this.#store.synonyms;
  }

  setSynonyms(curated: readonly (readonly string[])[]): void {
    this.#store.setSynonyms(curated);
  }

  has(id: number): boolean {
    return this.#store.docs.shortId(id) !== undefined;
  }

  add(doc: SearchDocument): void {
    this.#store.add(doc);
  }

  addAll(docs: readonly SearchDocument[]): void {
    for (const d of docs) this.#store.add(d);
  }

  replace(doc: SearchDocument): void {
    this.#store.discard(doc.id);
    this.#store.add(doc);
  }

  discard(id: number): boolean {
    return this.#store.discard(id);
  }

  /** Purges dead documents from the postings and renumbers the live ones densely. */
  compact(): void {
    this.#store.compact();
  }

  search(params: SearchParams): SearchResult {
    return runSearch(this.#store, params);
  }

  suggest(q: string, limit = 8): Suggestion[] {
    if (typeof q !== "string") return [];
    const n = Math.max(1, Math.min(20, Math.floor(Number.isFinite(limit) ? limit : 8)));
    const s = this.#store;
    const terms = s.suggester.terms(q, Math.ceil(n / 2)).map((text): Suggestion => ({ kind: "term", text }));
    const teams = suggestTeams(s, q, n - terms.length).map((t): Suggestion => ({
      kind: "team",
      text: t.name,
      slug: t.slug,
    }));
    return [...terms, ...teams];
  }
}

export function buildSearchEngine(docs: readonly SearchDocument[], options: EngineOptions = {}): SearchEngine {
  const store = new EngineStore(options.now ?? Date.now, options.synonyms ?? []);
  for (const d of docs) store.add(d);
  store.seal();
  return new SearchEngine(options, store);
}

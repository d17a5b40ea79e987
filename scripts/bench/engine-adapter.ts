// The benchmark's view of the project's search engine: the public functions of
// lib/search/engine.ts and lib/search/snapshot.ts, and nothing else.
import { buildSearchEngine } from "@/lib/search/engine";
import { loadSnapshot, writeSnapshot } from "@/lib/search/snapshot";
import type { SearchDocument, SearchParams, SearchResult } from "@/lib/search/types";
import { CORPUS_NOW } from "./corpus";

export interface BenchEngine {
  search(params: SearchParams): SearchResult;
  suggest(q: string, limit?: number): unknown[];
}

type Engine = ReturnType<typeof buildSearchEngine>;

export interface EngineApi {
  build(docs: SearchDocument[]): Promise<Engine>;
  writeSnapshot(engine: Engine, dir: string, position: number): Promise<void>;
  loadSnapshot(dir: string): Promise<{ engine: Engine; position: number } | null>;
}

// The corpus's fixed "now", so the recency signal (and so the order of near-ties) is the same for
// the built and the loaded engine however long the run takes between them.
const options = { now: () => CORPUS_NOW };

export const engineApi: EngineApi = {
  build: async (docs) => buildSearchEngine(docs, options),
  writeSnapshot,
  loadSnapshot: (dir) => loadSnapshot(dir, options),
};

// The benchmark's view of the project's search engine (lib/search/engine.ts, snapshot.ts).
import type { SearchDocument, SearchParams, SearchResult } from "@/lib/search/types";

export interface BenchEngine {
  search(params: SearchParams): SearchResult;
  suggest(q: string, limit?: number): unknown[];
}

export interface EngineApi {
  build(docs: SearchDocument[]): Promise<BenchEngine>;
  writeSnapshot(engine: BenchEngine, file: string, position: number): Promise<void>;
  loadSnapshot(file: string): Promise<{ engine: BenchEngine; position: number } | null>;
}

// TEMPORARY while lib/search/engine.ts is being written: resolved at run time.
export async function loadEngineApi(): Promise<EngineApi> {
  const engineSpec = "../../lib/search/engine";
  const snapshotSpec = "../../lib/search/snapshot";
  const e = (await import(engineSpec)) as Record<string, unknown>;
  const s = (await import(snapshotSpec)) as Record<string, unknown>;
  const build = e.buildSearchEngine as (docs: SearchDocument[]) => BenchEngine | Promise<BenchEngine>;
  return {
    build: async (docs) => build(docs),
    writeSnapshot: s.writeSnapshot as EngineApi["writeSnapshot"],
    loadSnapshot: s.loadSnapshot as EngineApi["loadSnapshot"],
  };
}

// The per-document part of a snapshot: numbers as binary arrays, strings as NDJSON, facets as
// their value table plus id lists. Capture is synchronous (a consistent copy); restore fills a
// new store's columns and facets, no per-document objects.
import type { ColumnsCapture } from "./doc-columns";
import type { EngineState, EngineStore } from "./engine-state";
import type { FacetState } from "./facets";
import { SnapshotError } from "./snapshot-io";

export interface DocsCapture extends ColumnsCapture {
  facets: FacetState;
}

/**
 * Documents 0..n-1 of a compacted engine (no dead slots). Restore after the suggester's
 * vocabulary, whose phrase ids the keyword lists refer to.
 */
export function captureDocs(e: EngineState, n: number): DocsCapture {
  return { ...e.docs.capture(n), facets: e.facets.exportState(n) };
}

export function restoreDocs(e: EngineStore, c: DocsCapture): void {
  if (c.facets.len.length !== c.ids.length) throw new SnapshotError("document arrays differ in length");
  e.docs.restore(c, e.suggester.phraseCount);
  e.facets.importState(c.facets);
}

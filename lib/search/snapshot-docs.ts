// The per-document part of a snapshot: numbers as binary arrays, strings as NDJSON, facets as
// their value table plus id lists. Capture is synchronous (a consistent copy); restore writes
// straight into the engine's arrays, no per-document objects.
import type { SearchEngine } from "./engine";
import type { FacetState } from "./facets";
import { SnapshotError } from "./snapshot-io";

export interface DocsCapture {
  ids: Int32Array;
  /** availability, smeCaseStudies, verified: three bytes per document. */
  flags: Uint8Array;
  /** confirmedAt, updatedAt: two per document. */
  dates: Float64Array;
  /** [slug, name] per document. */
  strings: [string, string][];
  facets: FacetState;
  /** Keyword phrase ids (the suggester's) per document. */
  keywords: { len: Uint16Array; pool: Int32Array };
}

/**
 * Documents 0..n-1 of a compacted engine (no dead slots). Restore after the suggester's
 * vocabulary, whose phrase ids the keyword lists refer to.
 */
export function captureDocs(e: SearchEngine, n: number): DocsCapture {
  const flags = new Uint8Array(n * 3);
  const dates = new Float64Array(n * 2);
  const strings: [string, string][] = new Array(n);
  for (let doc = 0; doc < n; doc++) {
    if (e.alive[doc] !== 1) throw new Error("captureDocs needs a compacted engine");
    flags[doc * 3] = e.availability[doc]!;
    flags[doc * 3 + 1] = e.smeCaseStudies[doc]!;
    flags[doc * 3 + 2] = e.verified[doc]!;
    dates[doc * 2] = e.confirmedAt[doc]!;
    dates[doc * 2 + 1] = e.updatedAt[doc]!;
    strings[doc] = [e.slugs[doc]!, e.names[doc]!];
  }
  return {
    ids: e.docIds.slice(0, n),
    flags,
    dates,
    strings,
    facets: e.facets.exportState(n),
    keywords: e.keywordIds.exportState(n),
  };
}

export function restoreDocs(e: SearchEngine, c: DocsCapture): void {
  const n = c.ids.length;
  if (c.flags.length !== n * 3 || c.dates.length !== n * 2 || c.strings.length !== n || c.facets.len.length !== n) {
    throw new SnapshotError("document arrays differ in length");
  }
  e.ensureCapacity(n);
  e.docIds.set(c.ids);
  e.alive.fill(1, 0, n);
  e.idToShort = new Map();
  for (let doc = 0; doc < n; doc++) {
    if (e.idToShort.has(c.ids[doc]!)) throw new SnapshotError(`duplicate document id ${c.ids[doc]}`);
    e.idToShort.set(c.ids[doc]!, doc);
    e.availability[doc] = c.flags[doc * 3]!;
    e.smeCaseStudies[doc] = c.flags[doc * 3 + 1]!;
    e.verified[doc] = c.flags[doc * 3 + 2]!;
    e.confirmedAt[doc] = c.dates[doc * 2]!;
    e.updatedAt[doc] = c.dates[doc * 2 + 1]!;
    const [slug, name] = c.strings[doc]!;
    if (typeof slug !== "string" || typeof name !== "string") throw new SnapshotError(`bad document ${doc}`);
    e.slugs[doc] = slug;
    e.names[doc] = name;
  }
  e.nextId = n;
  e.dead = 0;
  e.invalidate();
  e.facets.importState(c.facets);
  if (c.keywords.len.length !== n) throw new SnapshotError("keyword lists differ in length");
  e.keywordIds.importState(c.keywords.len, c.keywords.pool, e.suggester.phraseCount);
}

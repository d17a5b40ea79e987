// What the /search page tells the web server's page cache about the response it has just rendered
// (scripts/web/search-page-cache.ts), in the same process: the index position its results are at
// (a stored copy must not be older than the register version it is stored under) and how to record
// the demand of a later view served from the stored copy (the very same search_events row the
// render would write). The server names each render with a header it sets itself, after removing
// any copy a client sent; without the web server (`next dev`) nothing ever takes a note, so the
// notes are few and short-lived.
export const RENDER_ID_HEADER = "x-atlas-render-id";

export interface RenderedSearch {
  /** The search index's position (last search_changes id applied) before the search ran. */
  indexPosition: number;
  /** Adds the search_events row this search counts as; null when it is not demand (no words, no filters). */
  recordDemand: (() => void) | null;
}

const MAX_NOTES = 256;
const NOTE_TTL_MS = 60_000;

interface Note extends RenderedSearch {
  at: number;
}

// On globalThis: the page runs in Next.js's bundle, the page cache in the server's own modules.
const store = globalThis as unknown as { __atlasRenderedSearches?: Map<string, Note> };
function notes(): Map<string, Note> {
  return (store.__atlasRenderedSearches ??= new Map());
}

/** Called by the page; `renderId` is the header's value (null without the web server). */
export function handOverRenderedSearch(renderId: string | null, note: RenderedSearch, now = Date.now()): void {
  if (!renderId) return;
  const map = notes();
  for (const [id, n] of map) {
    if (map.size < MAX_NOTES && now - n.at < NOTE_TTL_MS) break;
    map.delete(id);
  }
  map.set(renderId, { ...note, at: now });
}

/** Called by the web server once the response is complete; each note is taken once. */
export function takeRenderedSearch(renderId: string): RenderedSearch | undefined {
  const map = notes();
  const note = map.get(renderId);
  map.delete(renderId);
  return note;
}

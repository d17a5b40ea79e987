// Purging dead documents: replaced and discarded teams leave their postings behind (as MiniSearch's
// discard does) until enough pile up; then every structure is rewritten with dense short ids.
import type { SearchEngine } from "./engine";
import { stem } from "./text";

function remapTyped<T extends Uint8Array | Int32Array | Float64Array>(
  a: T,
  alive: Uint8Array,
  remap: Int32Array,
  n: number,
  size: number,
): T {
  const next = new (a.constructor as new (len: number) => T)(size);
  for (let doc = 0; doc < n; doc++) if (alive[doc] === 1) next[remap[doc]!] = a[doc]!;
  return next;
}

function remapList<T>(a: readonly T[], alive: Uint8Array, remap: Int32Array, n: number): T[] {
  const next: T[] = [];
  for (let doc = 0; doc < n; doc++) if (alive[doc] === 1) next[remap[doc]!] = a[doc]!;
  return next;
}

export function compactEngine(e: SearchEngine): void {
  const n = e.nextId;
  const alive = e.alive;
  const remap = new Int32Array(n);
  let live = 0;
  for (let doc = 0; doc < n; doc++) remap[doc] = alive[doc] === 1 ? live++ : -1;
  const size = Math.max(1024, Math.ceil(live * 1.25));
  e.tier1.compact(alive, remap, size);
  e.tier2.compact(alive, remap, size);
  e.names0.compact(alive, remap, size);
  // Words whose stem left the index with the purged documents go too.
  e.surface.prune((word) => {
    const term = stem(word);
    return e.tier1.ids.has(term) || e.tier2.ids.has(term);
  });
  e.facets.remap(alive, remap, n, size);
  e.docIds = remapTyped(e.docIds, alive, remap, n, size);
  e.availability = remapTyped(e.availability, alive, remap, n, size);
  e.smeCaseStudies = remapTyped(e.smeCaseStudies, alive, remap, n, size);
  e.verified = remapTyped(e.verified, alive, remap, n, size);
  e.confirmedAt = remapTyped(e.confirmedAt, alive, remap, n, size);
  e.updatedAt = remapTyped(e.updatedAt, alive, remap, n, size);
  e.slugs = remapList(e.slugs, alive, remap, n);
  e.names = remapList(e.names, alive, remap, n);
  e.keywordIds.remap(alive, remap, n, size);
  e.alive = new Uint8Array(size);
  e.alive.fill(1, 0, live);
  e.idToShort = new Map();
  for (let doc = 0; doc < live; doc++) e.idToShort.set(e.docIds[doc]!, doc);
  e.nextId = live;
  e.dead = 0;
}

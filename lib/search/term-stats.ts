// A small read-only hook into the engine's index for code outside the engine (similar teams): how
// many teams an analysed term occurs in. Kept apart from engine.ts so that the engine's internals
// can change behind it; only this file knows where the counts live.
import type { EngineState } from "./engine-state";
import type { InvertedIndex } from "./inverted-index";

function fieldDf(index: InvertedIndex, term: string): number {
  const id = index.ids.get(term);
  if (id === undefined) return 0;
  let most = 0;
  for (let f = 0; f < index.fieldCount; f++) most = Math.max(most, index.df[id * index.fieldCount + f] ?? 0);
  return most;
}

/**
 * Teams whose indexed text contains `term` (an analysed term, as lib/search/text.ts makes them),
 * counted in the field where it is most frequent: a lower bound, exact for most terms. Teams
 * removed since the last compaction may still count.
 */
export function termDocumentFrequency(engine: EngineState, term: string): number {
  return Math.max(fieldDf(engine.tier1, term), fieldDf(engine.tier2, term));
}

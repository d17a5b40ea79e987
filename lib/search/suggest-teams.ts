// Team names for the typeahead, from the engine's index of name words (as typed, not stemmed):
// the earlier words typed must be in the name, the last may be the start of a word.
import type { EngineState } from "./engine-state";
import { SEARCH_OPTIONS } from "./options";
import { nameWords, normalizeText } from "./text";

const MAX_PREFIX_TERMS = 40;
const MAX_CANDIDATES = 100;

export function suggestTeams(e: EngineState, q: string, limit: number): { name: string; slug: string }[] {
  if (limit <= 0) return [];
  const norm = normalizeText(q.slice(0, SEARCH_OPTIONS.limits.maxSuggestLength)).replace(/\s+/g, " ");
  const words = nameWords(norm);
  const last = words.at(-1);
  if (!last) return [];
  const index = e.names0;
  const open = !/\s$/.test(norm);
  const previous = words.slice(0, -1).map((w) => index.ids.get(w));
  if (previous.some((p) => p === undefined)) return [];

  const candidates = new Set<number>();
  const collect = (id: number | undefined) => {
    if (id === undefined) return;
    const arr = index.postings[id]!;
    const n = index.used[id]!;
    for (let i = 0; i < n && candidates.size < MAX_CANDIDATES; i += 2) {
      const doc = arr[i]!;
      if (e.docs.alive[doc] === 1 && previous.every((p) => index.has(p!, doc))) candidates.add(doc);
    }
  };
  if (open) {
    let seen = 0;
    for (const [, id] of index.dict.atPrefix(last)) {
      collect(id);
      if (++seen >= MAX_PREFIX_TERMS || candidates.size >= MAX_CANDIDATES) break;
    }
  } else collect(index.ids.get(last));

  const typed = norm.trim();
  const boosts = e.boosts();
  // Cheap order first (ranking signals, shorter names); then prefer names that start with the query.
  return [...candidates]
    .sort((a, b) => boosts[b]! - boosts[a]! || e.docs.name(a)!.length - e.docs.name(b)!.length)
    .slice(0, limit * 4)
    .map((doc, i) => ({ doc, rank: (normalizeText(e.docs.name(doc)!).startsWith(typed) ? 1000 : 0) - i }))
    .sort((a, b) => b.rank - a.rank)
    .slice(0, limit)
    .map((c) => ({ name: e.docs.name(c.doc)!, slug: e.docs.slug(c.doc)! }));
}

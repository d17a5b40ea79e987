// Which index terms stand for a query term: the term itself, completions of the last word typed
// (prefix), and near spellings (typo tolerance, only for words the index barely knows; see typos.ts).
import type { InvertedIndex } from "./inverted-index";
import { SEARCH_OPTIONS } from "./options";
import type { QueryConcept } from "./query";
import { RANKING } from "./ranking";
import type { TypoCandidate } from "./typos";

export interface WeightedTerm {
  term: string;
  id: number;
  weight: number;
  kind: "exact" | "prefix" | "fuzzy";
}

const postingsOf = (index: InvertedIndex, id: number | undefined) => (id === undefined ? 0 : index.used[id]! >> 1);

/**
 * Index terms (with weights) that stand for one analysed query term: itself, completions when it
 * is the word being typed, and the stems of its likely misspellings (`typos`, found once per
 * query word in the surface dictionary and shared by both tiers).
 */
export function expandTerm(
  index: InvertedIndex,
  term: string,
  concept: QueryConcept | null,
  typos: readonly TypoCandidate[] = [],
): WeightedTerm[] {
  const m = SEARCH_OPTIONS.matching;
  const out = new Map<string, WeightedTerm>();
  const exact = index.ids.get(term);
  if (exact !== undefined && postingsOf(index, exact) > 0) out.set(term, { term, id: exact, weight: 1, kind: "exact" });
  if (!concept) return [...out.values()];
  if (concept.prefix) {
    const p = concept.prefix;
    const found: { term: string; id: number; df: number }[] = [];
    let seen = 0;
    for (const [key, id] of index.dict.atPrefix(p)) {
      if (++seen > m.maxPrefixExpansions * 8) break;
      const df = postingsOf(index, id);
      if (key !== term && df > 0) found.push({ term: key, id, df });
    }
    found.sort((a, b) => b.df - a.df);
    // Short prefixes complete to many words: keep fewer, the most used.
    for (const f of found.slice(0, Math.min(m.maxPrefixExpansions, 8 * (p.length - 1)))) {
      const weight = (RANKING.prefixWeight * p.length) / (p.length + 0.3 * (f.term.length - p.length));
      if (!out.has(f.term)) out.set(f.term, { term: f.term, id: f.id, weight, kind: "prefix" });
    }
  }
  const typed = concept.text.length;
  for (const t of typos) {
    const id = index.ids.get(t.stem);
    if (id === undefined || postingsOf(index, id) === 0) continue;
    const weight = (RANKING.fuzzyWeight * typed) / (typed + t.distance);
    const prev = out.get(t.stem);
    if (!prev || prev.weight < weight) out.set(t.stem, { term: t.stem, id, weight, kind: "fuzzy" });
  }
  return [...out.values()];
}
